import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { DEMO_PASSWORD } from "../support/auth";
import { signInAtIdp } from "../support/sso";

/** Single sign-on: an identity is linked to a local account by issuer + subject (docs/security.md). */

test("an identity-platform account is linked once by a password sign-in, then signs in by itself", async ({ page }) => {
  const campusAccount = `campus-${Date.now()}`;
  await signInAtIdp(page, campusAccount);
  await expect(page.getByTestId("sso-link")).toBeVisible();
  await page.locator('input[name="username"]').fill("staff-b");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText("教社系填报员");

  await page.context().clearCookies();
  await signInAtIdp(page, campusAccount);
  await expect(page.getByTestId("whoami")).toContainText("教社系填报员");
});

test("an identity-platform account that is not linked is not signed in", async ({ page }) => {
  await signInAtIdp(page, `stranger-${Date.now()}`);
  await expect(page).toHaveURL(/\/login\?sso=link/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});
