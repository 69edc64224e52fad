import { expect } from "@playwright/test";
import { unzipSync } from "fflate";
import fs from "node:fs";
import { test } from "../support/axe";
import { apiAs, signIn } from "../support/auth";

// 报送包: the quality office downloads an edition's submission package from 版本与报送 and the
// 报送 log shows it; staff are refused the package; the public editions page offers none.
test.describe.configure({ mode: "serial" });
const URL = "/api/v1/years/2022/editions/1/package";

test("staff are refused the package (403); the office gets it once the printed forms are made", async ({ baseURL }) => {
  // The first package waits for a PDF print and the partner reports' (minutes on a loaded machine).
  test.setTimeout(480_000);
  const staff = await apiAs(baseURL!, "staff-a");
  expect((await staff.get(URL, { headers: { Accept: "application/json" } })).status()).toBe(403);
  const anonymous = await apiAs(baseURL!, null);
  expect((await anonymous.get(URL, { headers: { Accept: "application/json" } })).status()).toBe(401);

  // The first request waits for the edition's PDF, Word file, workbook and partner PDFs (202 meanwhile);
  // a JSON client polls until it is ready, then fetches the zip.
  const office = await apiAs(baseURL!, "reviewer");
  const deadline = Date.now() + 400_000;
  let body: { status?: string; url?: string } = {};
  while (Date.now() < deadline) {
    const res = await office.get(URL, { headers: { Accept: "application/json" } });
    body = await res.json();
    if (res.status() === 200) break;
    expect(res.status(), JSON.stringify(body)).toBe(202);
    await new Promise((r) => setTimeout(r, 2000));
  }
  expect(body).toEqual({ status: "ready", url: URL });
  const zip = await office.get(URL);
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect(zip.headers()["content-disposition"]).toContain(
    `filename*=UTF-8''${encodeURIComponent("天津城市职业学院-2022年度-第1版-报送包.zip")}`,
  );
  expect(Object.keys(unzipSync(new Uint8Array(await zip.body())))).toContain("manifest.json");
});

test("the office downloads the package from 版本与报送 and the log shows who exported it, then records 已报送", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "reviewer");
  await page.goto("/admin/report/2022/preview");
  await expect(page.getByRole("link", { name: "版本与报送" })).toHaveAttribute("href", "/admin/report/2022/editions");
  await page.goto("/admin/report/2022/editions");
  await expect(page.getByRole("heading", { name: "2022年度报告 · 版本与报送" })).toBeVisible();
  const before = await page.getByTestId("package-log").locator("li").count();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("package-download-1").click()]);
  expect(download.suggestedFilename()).toBe("天津城市职业学院-2022年度-第1版-报送包.zip");
  const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["report.json", "report.pdf", "report.docx", "data.xlsx", "manifest.json"]));
  const report = JSON.parse(new TextDecoder().decode(files["report.json"]));
  expect(report.college.code).toMatch(/^\d{10}$/);

  await page.reload();
  const log = page.getByTestId("package-log").locator("li");
  await expect(log).toHaveCount(before + 1);
  await expect(log.first()).toContainText(/质量办审核员于\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}导出了第1版报送包/);

  const sent = page.getByTestId("package-sent-1");
  await sent.getByRole("textbox").fill("通过省平台报送省教育厅职成处");
  await sent.getByRole("button", { name: "记录已报送" }).click();
  await expect(log.first()).toContainText("质量办审核员于");
  await expect(log.first()).toContainText("记录第1版已报送：通过省平台报送省教育厅职成处");

  // At phone width the page still fits: the table scrolls inside its box, not the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: "test-results/package-editions-phone.png", fullPage: true });
});

test("the public editions page offers no package", async ({ page }) => {
  await page.goto("/reports/2022/editions");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("历次版本");
  await expect(page.locator(`a[href*="/package"]`)).toHaveCount(0);
  await expect(page.getByText("报送包")).toHaveCount(0);
});
