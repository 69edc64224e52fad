import ExcelJS from "exceljs";
import { expect, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { formatPrizes } from "../../../lib/records/format";
import { competitionAwards, TABLE1_ROWS } from "../../../prisma/demo/records";
import { apiAs, signIn, signOut } from "../support/auth";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const LEVEL_ZH: Record<string, string> = { INTERNATIONAL: "国际级", NATIONAL: "国家级", PROVINCIAL: "省市级" };
const LIST = "/admin/records/competition-awards";

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.goto(`${LIST}/import`);
  await page.locator('select[name="year"]').selectOption("2022");
  await page.locator('input[name="file"]').setInputFiles({ name, mimeType: XLSX, buffer });
  await page.getByRole("button", { name: /上传并预览/ }).click();
}

async function workbookFrom(buffer: Buffer | string) {
  const wb = new ExcelJS.Workbook();
  if (typeof buffer === "string") await wb.xlsx.readFile(buffer);
  else await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

test("staff imports 表1 from the template: invalid cell flagged, fixed, 29 drafts saved, submitted, approved, public", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const suffix = `（导入测试${Date.now()}）`;
  const table1 = competitionAwards.slice(0, TABLE1_ROWS);

  // staff-a downloads the template from the list page
  await signIn(page, "staff-a");
  await page.goto(LIST);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载模板/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = await workbookFrom(await download.path());
  const sheet = wb.getWorksheet("数据")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(headers.slice(0, 5)).toEqual(["竞赛名称", "级别", "获奖及人次", "参赛对象", "参赛形式"]);
  const col = (zh: string) => headers.indexOf(zh) + 1;

  // fill 表1 under the example row (which the import skips), plus a copy of row 10 with an unknown 级别
  const firstRow = 4;
  table1.forEach((r, i) => {
    const row = sheet.getRow(firstRow + i);
    row.getCell(col("竞赛名称")).value = `${r.competition}${suffix}`;
    row.getCell(col("级别")).value = LEVEL_ZH[r.level as string];
    row.getCell(col("获奖及人次")).value = formatPrizes(r.prizes);
    row.getCell(col("参赛对象")).value = "学生";
    row.getCell(col("参赛形式")).value = r.entryType === "INDIVIDUAL" ? "个人" : "团体";
    row.getCell(col("报告栏目")).value = "技能大赛";
  });
  const badRow = firstRow + TABLE1_ROWS; // 33
  const copied = 9; // 表1 row 10, on spreadsheet row 13
  const bad = sheet.getRow(badRow);
  bad.getCell(col("竞赛名称")).value = `${table1[copied]!.competition}${suffix}`;
  bad.getCell(col("级别")).value = "宇宙级";
  bad.getCell(col("获奖及人次")).value = formatPrizes(table1[copied]!.prizes);
  await upload(page, "表1-有错误.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));

  // the preview lists exactly the invalid cell, and nothing can be saved yet
  await expect(page).toHaveURL(/\?token=/);
  await expect(page.getByTestId("rows-total")).toHaveText(String(TABLE1_ROWS + 1));
  await expect(page.getByTestId("rows-invalid")).toHaveText("1");
  const issues = page.getByTestId("import-issues").locator("tbody tr");
  await expect(issues).toHaveCount(1);
  await expect(issues.first()).toHaveAttribute("data-row", String(badRow));
  await expect(issues.first()).toHaveAttribute("data-column", "级别");
  await expect(issues.first()).toContainText("“宇宙级”不是有效的级别");
  await expect(page.getByRole("button", { name: /确认导入/ })).toBeDisabled();

  // fixed, the row is a copy of row 13: flagged as a duplicate and left out
  bad.getCell(col("级别")).value = "省市级";
  await upload(page, "表1.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
  await expect(page.getByTestId("rows-invalid")).toHaveText("0");
  await expect(page.getByTestId("import-issues")).toHaveCount(0);
  const dups = page.getByTestId("import-duplicates").locator("tbody tr");
  await expect(dups).toHaveCount(1);
  await expect(dups.first()).toHaveAttribute("data-row", String(badRow));
  await expect(dups.first()).toContainText(`与第${firstRow + copied}行重复`);
  await page.getByRole("button", { name: `确认导入 ${TABLE1_ROWS} 行 Import` }).click();

  // 29 drafts, in staff-a's department
  await expect(page.getByTestId("import-result")).toContainText(`已导入 ${TABLE1_ROWS} 条草稿（2022年度），跳过重复 1 行`);
  await expect(page.getByTestId("import-records").locator('tbody [data-status="DRAFT"]')).toHaveCount(TABLE1_ROWS);
  const resultUrl = page.url();
  await page.goto(`${LIST}?year=2022&q=${encodeURIComponent(suffix)}`);
  await expect(page.locator("[data-total]")).toHaveAttribute("data-total", String(TABLE1_ROWS));
  await expect(page.locator("tbody tr").filter({ hasText: "机电与信息工程系" })).toHaveCount(TABLE1_ROWS);

  // the export of that list has the template's headers and can be imported again (all 29 then flagged as existing)
  const [exported] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /导出/ }).click()]);
  const exportBook = await workbookFrom(await exported.path());
  const exportSheet = exportBook.getWorksheet("数据")!;
  expect((exportSheet.getRow(1).values as unknown[]).slice(1, headers.length + 1)).toEqual(headers);
  expect(exportSheet.actualRowCount).toBe(2 + TABLE1_ROWS);
  const exportedNames = new Set((exportSheet.getColumn(1).values as unknown[]).slice(3).map(String));
  expect(exportedNames).toEqual(new Set(table1.map((r) => `${r.competition}${suffix}`)));
  await upload(page, "导出.xlsx", Buffer.from(await exportBook.xlsx.writeBuffer()));
  await expect(page.getByTestId("rows-duplicate")).toHaveText(String(TABLE1_ROWS));
  await expect(page.getByRole("button", { name: /确认导入 0 行/ })).toBeDisabled();

  // staff-b sees none of staff-a's drafts, in the list export either
  const staffB = await apiAs(baseURL!, "staff-b");
  const otherExport = await staffB.get(`${LIST}/export?q=${encodeURIComponent(suffix)}`);
  expect(otherExport.status()).toBe(200);
  expect((await workbookFrom(Buffer.from(await otherExport.body()))).getWorksheet("数据")!.actualRowCount).toBe(2);
  await staffB.dispose();

  // 全部提交 on the import result page
  await page.goto(resultUrl);
  await page.getByRole("button", { name: /全部提交/ }).click();
  await expect(page.getByTestId("import-result")).toContainText(`已提交审核 ${TABLE1_ROWS} 条`);
  await expect(page.getByTestId("import-records").locator('tbody [data-status="SUBMITTED"]')).toHaveCount(TABLE1_ROWS);

  // the reviewer selects all in the queue and approves
  await signOut(page);
  await signIn(page, "reviewer");
  await page.goto("/admin/review?kind=competition-awards");
  for (const r of table1) await expect(page.getByRole("link", { name: `${r.competition}${suffix}` })).toBeVisible();
  await page.getByTestId("select-all").check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: /通过所选/ }).click();
  await expect(page.getByText(/^已通过 \d+ 条记录/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("link", { name: `${table1[0]!.competition}${suffix}` })).toHaveCount(0);

  // the public list shows all 29
  await signOut(page);
  await page.goto(`/records/competition-awards?year=2022&q=${encodeURIComponent(suffix)}`);
  await expect(page.locator("[data-total]")).toHaveAttribute("data-total", String(TABLE1_ROWS));
  for (const r of table1) await expect(page.getByRole("cell", { name: `${r.competition}${suffix}` })).toBeVisible();
});

test("import refuses what it must: anonymous downloads, a non-spreadsheet named .xlsx, the reviewer", async ({ page, request }) => {
  // anonymous: sent to the login page, no workbook
  for (const path of [`${LIST}/template`, `${LIST}/export`]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers()["location"]).toContain("/login");
  }
  // a session cookie that is not a session: the route itself answers 401 JSON
  const forged = await request.get(`${LIST}/template`, { headers: { cookie: "next-auth.session-token=forged" } });
  expect(forged.status()).toBe(401);
  expect((await forged.json()).error.message).toMatch(/^请先登录/);

  await signIn(page, "staff-a");
  const png = Buffer.from(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a4f1d0d90000000049454e44ae426082",
    "hex",
  );
  await upload(page, "表1.xlsx", png);
  await expect(page.getByRole("alert").filter({ hasText: "只能导入 Excel 工作簿（.xlsx）或 CSV 文件" })).toBeVisible();
  await expect(page).not.toHaveURL(/token=/);

  // a reviewer cannot import (import is a create in one's own department): told so, no upload form
  await signOut(page);
  await signIn(page, "reviewer");
  await page.goto(`${LIST}/import`);
  await expect(page.getByRole("heading", { name: /无权限/ })).toBeVisible();
  await expect(page.locator('input[type="file"]')).toHaveCount(0);
  await page.goto(LIST);
  await expect(page.getByRole("link", { name: /导出/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /下载模板/ })).toHaveCount(0);
});
