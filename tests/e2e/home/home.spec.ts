import { expect } from "@playwright/test";
import { test } from "../support/axe";

test("the home page shows the 2022 headline figures from the database", async ({ page }) => {
  await page.goto("/");
  const year = page.locator('article[data-year="2022"]');
  await expect(year.getByRole("heading", { name: "2022年度质量报告" })).toBeVisible();
  await expect(year.locator('[data-stat="graduates"] dd')).toHaveText(/^3071/);
  await expect(year.locator('[data-stat="placement-rate"] dd')).toHaveText(/^95\.08%/);
  await expect(year.locator('[data-stat="income-total"] dd')).toHaveText(/^16615\.25/);
  // Every award record counts, 表1's 29 rows and the results quoted elsewhere in the report.
  const awards = Number((await year.locator('[data-stat="awards"] dd').innerText()).match(/^\d+/)?.[0]);
  expect(awards).toBeGreaterThanOrEqual(29);
});

test("the record browser lists approved records of a kind, filtered by year", async ({ page }) => {
  await page.goto("/records?year=2022");
  await page.locator('a[data-kind="majors"]').click();
  await expect(page).toHaveURL(/\/records\/majors\?year=2022/);
  await expect(page.getByRole("heading", { name: "专业设置" })).toBeVisible();
  await expect(page.locator("[data-total]")).toHaveAttribute("data-total", "16");
  await expect(page.getByRole("cell", { name: "570102K" })).toBeVisible();
  await page.getByLabel("搜索").fill("动漫");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.locator("[data-total]")).toHaveAttribute("data-total", "2");
});
