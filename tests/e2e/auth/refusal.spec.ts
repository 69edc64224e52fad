import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { signIn } from "../support/auth";

/**
 * One way to refuse: a page the visitor may not open answers like one that does not exist (404,
 * the app's not-found page in the reader's language), and anonymous visitors are sent to sign in.
 */
test.describe("refusals", () => {
  test("staff opening the report preview or user management get the not-found page", async ({ page }) => {
    await signIn(page, "staff-a");
    // Not the sections page: staff-a is a section's writer (撰写人) in the demo, and a writer opens it on their
    // own sections only (tests/e2e/report/narrative-workspace.spec.ts, tests/integration/narrative-drafts.test.ts).
    for (const url of ["/admin/report/2022/preview", "/admin/users", "/admin/report"]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在，或您无权查看" })).toBeVisible();
      await expect(page.getByRole("link", { name: "换个账号登录" })).toBeVisible();
    }
  });

  test("a record that does not exist looks the same; a reviewer sees the preview and may publish", async ({ page }) => {
    await signIn(page, "reviewer");
    const res = await page.goto("/admin/records/honours/no-such-record");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在，或您无权查看" })).toBeVisible();
    await page.goto("/admin/report/2022/preview");
    await expect(page.getByRole("heading", { name: /2022年度报告预览/ })).toBeVisible();
    await expect(page.getByRole("button", { name: /发布新版本/ })).toBeVisible();
  });
});
