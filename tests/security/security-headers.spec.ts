import { expect, test, type ConsoleMessage } from "@playwright/test";
import { signIn } from "../e2e/support/auth";

/**
 * Finding 11: no CSP, frame-ancestors, Referrer-Policy, X-Content-Type-Options or HSTS, so admin
 * buttons could be clickjacked. Now every route carries them, the public report a strict CSP
 * (no script at all), and the pages still work in Chromium under their policy.
 */
const ROUTES = [
  "/",
  "/login",
  "/records",
  "/reports",
  "/reports/2022",
  "/reports/2022/editions",
  "/admin/review",
  "/api/v1/openapi.json",
  "/api/v1/public/2022/honours",
  "/files/no-such-file/original",
  "/lang?back=/",
];

test("every route says nosniff, a referrer policy and may not be framed; no HSTS over plain http", async ({ request }) => {
  for (const path of ROUTES) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["content-security-policy"], path).toMatch(/frame-ancestors 'none'|sandbox/);
    expect(h["strict-transport-security"], path).toBeUndefined();
  }
});

test("the public report has a strict CSP: no script may run on it", async ({ request }) => {
  for (const path of ["/reports/2022", "/reports/2022?edition=1", "/reports/1999"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"];
    expect(csp, path).toContain("default-src 'none'");
    expect(csp, path).not.toMatch(/script-src/);
    expect(csp!.split(",").length, `${path}: one policy, not two`).toBe(1);
  }
  // Evidence files keep their own sandbox policy.
  expect((await request.get("/files/no-such-file/original")).status()).toBe(404);
});

test("pages work in Chromium under their policy, with no violation reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m: ConsoleMessage) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await signIn(page, "reviewer");
  for (const path of [
    "/admin",
    "/admin/review",
    "/admin/records/competition-awards",
    "/admin/dashboard",
    "/reports/2022",
    "/reports/2022/editions",
    "/records",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(400);
  }
  await page.goto("/admin/records/competition-awards");
  await expect(page.getByTestId("whoami")).toBeVisible();
  expect(violations).toEqual([]);
});
