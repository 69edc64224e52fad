import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { signIn } from "../support/auth";

/**
 * Forms answer in one round: every field's error at once (a cross-field rule included), a case's
 * text counted against the year's rule as it is typed, and a new case says photos come after saving.
 * Nothing is saved.
 */
test("a refused form names every error at once; a new case counts its text and says when photos are added", async ({ page }) => {
  await signIn(page, "staff-a");
  await page.goto("/admin/records/employment/new");
  await page.getByLabel(/^届别/).fill("2022");
  await page.getByLabel(/^毕业生数/).fill("10");
  await page.getByLabel(/^落实去向人数/).fill("20");
  await page.getByRole("button", { name: /保存草稿/ }).click();
  // The missing major and placed > graduates in the same answer.
  await expect(page.locator("#field-majorName-error")).toContainText("专业名称必须填写");
  await expect(page.locator("#field-placed-error")).toContainText("落实去向人数不能大于毕业生数");

  await page.goto("/admin/records/cases/new");
  await expect(page.getByTestId("photo-hint")).toContainText("照片在保存案例之后添加");
  const counter = page.getByTestId("char-counter");
  await expect(counter).toContainText("已写 0 字");
  await expect(counter).toContainText("每个案例不超过 1000 字");
  await page.getByLabel(/^案例正文/).fill("学院 2022 年建成鲁班工坊。");
  await expect(counter).toContainText("已写 11 字");
  await page.getByLabel(/^案例正文/).fill("长".repeat(1005));
  await expect(counter).toContainText("超出 5 字");
});
