import { expect, request } from "@playwright/test";
import { test } from "../support/axe";

async function attempt(baseURL: string, username: string, password: string): Promise<string> {
  const ctx = await request.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, username, password, json: "true" } });
  const { url } = await res.json();
  await ctx.dispose();
  return new URL(url).searchParams.get("error") ?? "OK";
}

test("failed logins are rate-limited per user name", async ({ baseURL }) => {
  const username = `probe-${Date.now()}`;
  for (let i = 0; i < 5; i++) expect(await attempt(baseURL!, username, "wrong")).toBe("INVALID_CREDENTIALS");
  expect(await attempt(baseURL!, username, "wrong")).toBe("RATE_LIMITED");
});

test("the login page shows a bilingual error and the session cookie is HttpOnly", async ({ page, context }) => {
  await page.goto("/login");
  await page.locator('input[name="username"]').fill("staff-a");
  await page.locator('input[name="password"]').fill("not-the-password");
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page.getByText("用户名或密码错误（wrong username or password）")).toBeVisible();
  await page.locator('input[name="password"]').fill("demo-2022");
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText("机电系填报员");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  expect(cookie!.expires - Date.now() / 1000).toBeLessThanOrEqual(8 * 3600 + 60);
});

test("anonymous visitors of /admin are sent to the login page", async ({ page }) => {
  await page.goto("/admin/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Freview/);
});
