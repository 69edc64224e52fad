import type { Page } from "@playwright/test";

/** Single sign-on through the identity platform (a real OIDC provider on loopback, see tests/support/oidc-idp.ts). */
export async function signInAtIdp(page: Page, login: string) {
  await page.goto("/login?callbackUrl=/admin");
  await page.getByRole("button", { name: "统一身份认证登录" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  // consent page of the provider's development interactions
  await page.locator('button[type="submit"]').click();
}
