import { expect as baseExpect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signOut } from "./auth";

/**
 * A hand-off as a person meets it: they sign in and land on 待办, the bell says something is unread,
 * the notice opens where they act, and once done it is read and handled. Shared by the year's specs
 * on the demo (year-end/handoff-chain) and on a new college (year-end/new-college-year).
 */

// Patient on a busy two-core machine; the assertions are the same.
const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * Signs in through the login page and lands on 待办 (no URL typed after this: every step is reached
 * from a notice or the to-do page). `base` names another app than the test's (a new college's).
 */
export async function arrive(page: Page, username: string, options: { password?: string; base?: string } = {}) {
  const password = options.password ?? DEMO_PASSWORD;
  await signOut(page);
  await page.goto(`${options.base ?? ""}/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/todo$/, { timeout: 30_000 });
  await expect(page.getByTestId("whoami")).toBeVisible();
}

/** The notices on 通知 titled `title` (and holding `text`, e.g. the latest record's name). */
export function noticesOf(page: Page, title: RegExp, text?: string) {
  const titled = page
    .getByTestId("notifications")
    .locator("li")
    .filter({ has: page.getByRole("link", { name: title }) });
  return text ? titled.filter({ hasText: text }) : titled;
}

/** The person's unread notice, opened from the bell (which says so): it is then read, and the page is where they act. */
export async function openNotice(page: Page, title: RegExp, text?: string) {
  await expect(page.getByTestId("bell")).toHaveAttribute("aria-label", /^通知：\d+ 条未读$/);
  await page.getByTestId("bell").click();
  await expect(page).toHaveURL(/\/admin\/notifications$/);
  const notice = noticesOf(page, title, text).and(page.locator('[data-unread="true"]')).first();
  await expect(notice).toBeVisible();
  await notice.getByRole("link", { name: title }).click();
}

/** Back on 通知: the notice is no longer unread, and it is marked handled (the work is done). */
export async function expectCleared(page: Page, title: RegExp, text?: string) {
  await page.getByTestId("bell").click();
  await expect(page).toHaveURL(/\/admin\/notifications$/);
  await expect(noticesOf(page, title, text).first()).toBeVisible();
  await expect(noticesOf(page, title, text).and(page.locator('[data-unread="true"]'))).toHaveCount(0);
  await expect(noticesOf(page, title, text).and(page.locator('[data-handled="true"]')).first()).toBeVisible();
}
