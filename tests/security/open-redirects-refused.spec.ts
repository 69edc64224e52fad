import { expect, test } from "@playwright/test";
import { apiAs, DEMO_PASSWORD } from "../e2e/support/auth";

/**
 * Finding 8: /lang?back=/%5Cevil.example and /login?callbackUrl=/%5C… sent the browser to another
 * site: "/\evil.example" passes a "starts with / but not //" check, and the browser reads it as
 * //evil.example. Targets are now parsed as the browser parses them and must stay on this site.
 */
const TRICKS = [
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/%09/evil.example",
  "//evil.example",
  "https://evil.example/",
  "/%5C/evil.example",
  "%2F%2Fevil.example",
  "/%0A/evil.example",
];

test("/lang sends the browser back only to a page of this site", async ({ request, baseURL }) => {
  for (const trick of TRICKS) {
    const res = await request.get(`/lang?to=en&back=${trick}`, { maxRedirects: 0 });
    expect(res.status(), trick).toBeGreaterThanOrEqual(300);
    const target = new URL(res.headers().location!, baseURL);
    expect(target.origin, trick).toBe(new URL(baseURL!).origin);
  }
  const ok = await request.get("/lang?to=zh&back=/records%3Fyear%3D2022", { maxRedirects: 0 });
  expect(new URL(ok.headers().location!, baseURL).pathname).toBe("/records");
});

test("/login of a signed-in user redirects only within this site", async ({ baseURL }) => {
  const staff = await apiAs(baseURL!, "staff-a");
  for (const trick of TRICKS) {
    const res = await staff.get(`/login?callbackUrl=${trick}`, { maxRedirects: 0 });
    const location = res.headers().location;
    if (location) expect(new URL(location, baseURL).origin, trick).toBe(new URL(baseURL!).origin);
  }
  await staff.dispose();
});

test("signing in on /login?callbackUrl=/%5Cevil.example stays on this site", async ({ page, baseURL }) => {
  await page.route(
    (url) => url.hostname.endsWith("evil.example"),
    (route) => route.fulfill({ status: 200, body: "evil" }),
  );
  await page.goto("/login?callbackUrl=/%5Cevil.example");
  await page.locator('input[name="username"]').fill("staff-a");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});
