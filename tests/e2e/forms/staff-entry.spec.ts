import ExcelJS from "exceljs";
import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { signIn, uniqueName } from "../support/auth";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * What a department's staff member types is what the screens show back: an amount entered as 12.50
 * 万元 reads 12.50 again in the record's edit form (as in the list and the record page), and a
 * record started from a year's list (2021) is of that year, in the form and in the import.
 */
test("an amount entered as 12.50 万元 reads 12.50 in the list and again in its edit form", async ({ page }) => {
  await signIn(page, "staff-a");
  const name = uniqueName("经费精度");
  await page.goto("/admin/records/funding/new");
  await page.getByLabel(/^收支/).selectOption("INCOME");
  await page.getByLabel(/^类别/).selectOption("OTHER_INCOME");
  await page.getByLabel(/^项目名称/).fill(name);
  await page.getByLabel(/^金额/).fill("12.50");
  await page.getByRole("button", { name: /保存草稿/ }).click();
  await expect(page).toHaveURL(/\/admin\/records\/funding\/[^/?]+\?saved=1/);
  await expect(page.getByLabel(/^金额/)).toHaveValue("12.50");

  await page.goto(`/admin/records/funding?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("12.50");
});

test("新建 and 导入 from the list of 2021 start in 2021, not in the newest year", async ({ page }) => {
  await signIn(page, "staff-a");
  await page.goto("/admin/records/honours?year=2021");
  await page.getByRole("link", { name: /^新建/ }).click();
  await expect(page).toHaveURL(/\/admin\/records\/honours\/new\?year=2021$/);
  await expect(page.locator('form select[name="_year"]')).toHaveValue("2021");

  await page.goto("/admin/records/honours?year=2021");
  await page.getByRole("link", { name: /^导入/ }).click();
  await expect(page.locator('select[name="year"]')).toHaveValue("2021");

  // Without a year in the list, the newest writable year stays the default.
  await page.goto("/admin/records/honours");
  await page.getByRole("link", { name: /^新建/ }).click();
  await expect(page.locator('form select[name="_year"]')).toHaveValue("2022");
});

test("in English, an import's error names the column in English beside the sheet's Chinese header", async ({ page, baseURL }) => {
  await signIn(page, "staff-a");
  await page.context().addCookies([{ name: "nianbao-lang", value: "en", url: baseURL! }]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await (await page.request.get("/admin/records/employment/template")).body()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet("数据")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const row = sheet.getRow(4);
  for (const [header, value] of Object.entries({
    届别: 2022,
    专业名称: uniqueName("导入专业"),
    专业代码: "51021",
    毕业生数: 10,
    落实去向人数: 9,
  }))
    row.getCell(headers.indexOf(header) + 1).value = value;
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  await page.goto("/admin/records/employment/import");
  await page.locator('input[name="file"]').setInputFiles({ name: "employment.xlsx", mimeType: XLSX, buffer });
  await page.getByRole("button", { name: /Upload and preview/ }).click();
  const issue = page.getByTestId("import-issues").locator("tbody tr");
  await expect(issue).toHaveCount(1);
  await expect(issue.locator("td").nth(1)).toHaveText("Major code (专业代码)");
  await expect(issue.locator("td").nth(2)).toContainText("malformed major code");
  await expect(page.getByText("Example rows skipped: 1")).toBeVisible();
});
