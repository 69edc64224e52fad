import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { signIn } from "../support/auth";
import { expectNoSidewaysScroll } from "../screens/helpers";

/** /admin/rule-packs/{key}/changes: 「与往年的差异」 between two years' packs, rows matched by code. */
test("a reviewer reads what changed from the 2022 pack to 2024's, on a phone too; staff are refused", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto("/admin/rule-packs/2024");
  await page.getByRole("link", { name: "与往年的差异" }).click();
  await expect(page).toHaveURL(/\/admin\/rule-packs\/2024\/changes$/);
  await expect(page.getByRole("heading", { name: /与往年的差异/ })).toBeVisible();
  await expect(page.getByTestId("compared")).toContainText("（2022）");

  // The stale row went, 专业相关度 came, 技术服务到款额 is now computed from records, 1+X moved table.
  await expect(page.getByTestId("rows-removed").locator('[data-code="PL06"]')).toContainText("承接提质培优行动计划重点任务");
  await expect(page.getByTestId("rows-added").locator('[data-code="SC08"]')).toContainText("专业相关度");
  await expect(page.getByTestId("rows-changed").locator('[data-code="SV08"]')).toContainText(
    "数据项：indicator.service.techServiceIncome → research.techServiceIncome",
  );
  await expect(page.getByTestId("rows-changed").locator('[data-code="SC07"]')).toContainText("所在表：计分卡 → 教学资源表");
  await expect(page.getByTestId("tables")).toContainText("新增：学生反馈表");
  await expect(page.getByTestId("sections")).toContainText("新增：学校基本情况");
  await expect(page.getByTestId("length-rules")).toContainText("报告标题");

  // Choosing the pack itself as the other side: nothing differs.
  await page.goto("/admin/rule-packs/2024/changes?from=2024");
  await expect(page.getByText("两个规则包没有差异")).toBeVisible();
  await page.goto("/admin/rule-packs/2024/changes?from=no-such-pack");
  await expect(page.getByRole("heading", { name: "页面不存在，或您无权查看" })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/rule-packs/2024/changes?from=2022");
  await expect(page.getByTestId("rows-changed")).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.context().clearCookies();
  await signIn(page, "staff-a");
  await page.goto("/admin/rule-packs/2024/changes");
  await expect(page.getByRole("heading", { name: "页面不存在，或您无权查看" })).toBeVisible();
});
