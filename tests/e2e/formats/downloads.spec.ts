import fs from "node:fs";
import { expect, type Page } from "@playwright/test";
import { test } from "../support/axe";
import ExcelJS from "exceljs";

// 「下载Word」 and 「下载数据表」 beside 「下载PDF」, on the report page and on the editions page: real
// downloads of the published 2022 edition (the demo seed publishes it), with the right content
// type and a Chinese file name. The Word document comes from the job queue: the first click may
// land on the 「正在生成」 page, which starts the download when the file is ready.
test.describe.configure({ mode: "serial" });

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function download(page: Page, selector: string) {
  const link = page.locator(selector).first();
  const href = await link.getAttribute("href");
  const event = page.waitForEvent("download", { timeout: 120_000 });
  await link.click();
  const file = await event;
  return { href: href!, name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test("the report page's 「下载数据表」 downloads the edition's workbook", async ({ page, request }) => {
  await page.goto("/reports/2022");
  await expect(page.locator("[data-download-pdf]")).toHaveText("下载PDF");
  await expect(page.locator("[data-download-docx]")).toHaveText("下载Word");
  await expect(page.locator("[data-download-xlsx]")).toHaveText("下载数据表");

  const file = await download(page, "[data-download-xlsx]");
  expect(file.href).toMatch(/^\/reports\/2022\/xlsx\?edition=\d+$/);
  expect(file.name).toMatch(/^2022年度质量报告（第\d+版）数据表\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["计分卡", "落实政策表", "表1", "数据来源"]));
  expect(book.getWorksheet("计分卡")!.getCell("D4").value).toBe(3071);

  const res = await request.get(file.href);
  expect(res.headers()["content-type"]).toBe(XLSX);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-disposition"]).toMatch(
    /^attachment; filename="report-data-2022-v\d+\.xlsx"; filename\*=UTF-8''2022%E5%B9%B4/,
  );
});

test("the report page's 「下载Word」 downloads the edition's Word document", async ({ page, request }) => {
  await page.goto("/reports/2022");
  const file = await download(page, "[data-download-docx]");
  expect(file.href).toMatch(/^\/reports\/2022\/docx\?edition=\d+$/);
  expect(file.name).toMatch(/^2022年度质量报告（第\d+版）\.docx$/);
  expect(file.bytes.subarray(0, 2).toString()).toBe("PK");
  expect(file.bytes.includes(Buffer.from("word/document.xml"))).toBe(true);

  const res = await request.get(file.href);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe(DOCX);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="report-2022-v\d+\.docx"; filename\*=UTF-8''2022%E5%B9%B4/);
  expect(Buffer.compare(await res.body(), file.bytes)).toBe(0);
});

test("the editions page offers the three downloads per edition", async ({ page }) => {
  await page.goto("/reports/2022/editions");
  const row = page.locator("tr[data-version]").first();
  await expect(row.locator("[data-download-pdf]")).toHaveText("下载PDF");
  await expect(row.locator("[data-download-docx]")).toHaveText("下载Word");
  const file = await download(page, "tr[data-version] [data-download-xlsx]");
  expect(file.name).toMatch(/^2022年度质量报告（第\d+版）数据表\.xlsx$/);
});

test("an unknown year or edition is a 404 for Word and data tables", async ({ request }) => {
  for (const f of ["docx", "xlsx"]) {
    expect((await request.get(`/reports/1999/${f}`, { headers: { Accept: "application/json" } })).status()).toBe(404);
    expect((await request.get(`/reports/2022/${f}?edition=999`)).status()).toBe(404);
    expect((await request.get(`/reports/2022/${f}?edition=abc`)).status()).toBe(404);
  }
});
