import { expect, test } from "@playwright/test";

/** Single sign-on through the identity platform (a real OIDC provider on loopback, see tests/support/oidc-idp.ts). */
async function signInAtIdp(page: import("@playwright/test").Page, login: string) {
  await page.goto("/login?callbackUrl=/admin");
  await page.getByRole("button", { name: "统一身份认证登录" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  // consent page of the provider's development interactions
  await page.locator('button[type="submit"]').click();
}

test("a user of the identity platform is signed in as the Nianbao user with the same user name", async ({ page }) => {
  await signInAtIdp(page, "staff-a");
  await expect(page.getByTestId("whoami")).toContainText("机电系填报员");
});

test("an identity-platform account with no matching Nianbao user is refused", async ({ page }) => {
  await signInAtIdp(page, `stranger-${Date.now()}`);
  await expect(page).toHaveURL(/error=AccessDenied/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});
