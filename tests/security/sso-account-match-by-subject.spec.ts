import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../e2e/support/auth";
import { signInAtIdp } from "../e2e/support/sso";

/**
 * Finding 9: the first local user whose user name or e-mail equalled the provider's claims was
 * signed in, so a campus account named "admin" became the local admin. Accounts are linked by
 * issuer + subject now, set by a sign-in with the local password.
 */
test("a campus account named like the local admin does not become the admin", async ({ page }) => {
  await signInAtIdp(page, "admin");
  await expect(page).toHaveURL(/\/login\?sso=link/);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.uid).toBeUndefined();
  const admin = await page.goto("/admin/users");
  expect(new URL(page.url()).pathname).toBe("/login");
  expect(admin?.status()).toBeLessThan(400);
});

test("a link is made only by the password of the account it links to", async ({ page }) => {
  const campusAccount = `campus-admin-${Date.now()}`;
  await signInAtIdp(page, campusAccount);
  await page.locator('input[name="username"]').fill("admin");
  await page.locator('input[name="password"]').fill("not-the-password");
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  // Signed in as staff-a instead: the pending identity links to staff-a, never to admin.
  await page.locator('input[name="username"]').fill("staff-a");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText("机电系填报员");
});
