import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";
import { test } from "../support/axe";
import mammoth from "mammoth";
import { apiAs, signIn, signOut } from "../support/auth";
import { setSignoffSettings } from "./chain-settings";

const REPRESENTATIVE = "周承远";

/** The published edition's PDF: queued on first request, then served (as the PDF spec polls). */
async function editionPdf(request: APIRequestContext, version: number): Promise<Buffer> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const res = await request.get(`/reports/2022/pdf?edition=${version}`, { headers: { Accept: "application/json" } });
    if (res.status() === 200 && res.headers()["content-type"] === "application/pdf") return res.body();
    if (res.status() === 200) {
      const body = await res.json();
      return (await request.get(body.url)).body();
    }
    expect(res.status()).toBe(202);
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the PDF was not ready in time");
}

// Leader sign-off is off in the demo; this test turns it on for itself and back off.
test("office prepares, leader sends back, office fixes, leader signs off, office publishes; the declaration is in every format", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(420_000);
  const restore = await setSignoffSettings(baseURL!, { leaderSignoff: true, legalRepresentative: REPRESENTATIVE });
  try {
    // Publishing without a sign-off is refused, by the API and in the page.
    const reviewerApi = await apiAs(baseURL!, "reviewer");
    const refused = await reviewerApi.post("/api/v1/years/2022/editions");
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.message).toContain("须经校领导审定后才能发布");
    await signIn(page, "reviewer");
    await page.goto("/admin/report/2022/preview");
    // The page does not offer it: the button is off, with the reason beside it.
    await expect(page.getByRole("button", { name: "发布新版本" })).toBeDisabled();
    await expect(page.getByTestId("publish-blocked")).toContainText("须经校领导审定后才能发布：请先提交校领导审定");

    // The office marks the report 待审定; a leader may not publish, staff may not mark.
    await page.getByRole("button", { name: "提交校领导审定（标记为待审定）" }).click();
    await expect(page.locator('[data-signoff-status="PENDING"]')).toBeVisible();
    await expect(page.getByTestId("publish-blocked")).toContainText("报告正在待审定");
    const leaderApi = await apiAs(baseURL!, "leader");
    expect((await leaderApi.post("/api/v1/years/2022/editions")).status()).toBe(403);
    const staffApi = await apiAs(baseURL!, "staff-a");
    expect((await staffApi.post("/api/v1/years/2022/signoff", { data: { action: "request" } })).status()).toBe(403);
    expect((await reviewerApi.post("/api/v1/years/2022/signoff", { data: { action: "sign" } })).status()).toBe(403);

    // The leader reads the preview (with the declaration) and sends it back with a comment.
    await signOut(page);
    await signIn(page, "leader");
    await page.goto("/admin/report/2022/preview");
    await expect(page.locator("[data-declaration] [data-representative]")).toHaveText(REPRESENTATIVE);
    await page.getByLabel("审定意见（退回时必填）").fill("第一章第一节的表述请再精简");
    await page.getByRole("button", { name: "退回修改" }).click();
    await expect(page.locator('[data-signoff-status="RETURNED"]')).toBeVisible();
    await expect(page.getByTestId("signoff-comment")).toContainText("第一章第一节的表述请再精简");

    // The office sees the comment, fixes a narrative and marks the report again.
    await signOut(page);
    await signIn(page, "reviewer");
    await page.goto("/admin/report/2022/preview");
    await expect(page.getByTestId("signoff-comment")).toContainText("第一章第一节的表述请再精简");
    await expect(page.getByRole("button", { name: "发布新版本" })).toBeVisible();
    await page.goto("/admin/report/2022/sections");
    const narrative = page.locator('textarea[name="narrative"]').first();
    const text = await narrative.inputValue();
    await narrative.fill(`${text}\n\n经校领导审阅后精简的表述。`);
    await page.getByRole("button", { name: "保存" }).first().click();
    await expect(page.getByText("已保存（saved）").first()).toBeVisible();
    await page.goto("/admin/report/2022/preview");
    await page.getByRole("button", { name: "提交校领导审定（标记为待审定）" }).click();
    await expect(page.locator('[data-signoff-status="PENDING"]')).toBeVisible();

    // The leader signs it off.
    await signOut(page);
    await signIn(page, "leader");
    await page.goto("/admin/report/2022/preview");
    page.once("dialog", (d) => void d.accept()); // 审定通过 asks once more
    await page.getByRole("button", { name: "审定通过" }).click();
    await expect(page.locator('[data-signoff-status="SIGNED"]')).toBeVisible();

    // Now the office publishes.
    await signOut(page);
    await signIn(page, "reviewer");
    await page.goto("/admin/report/2022/preview");
    await page.getByLabel(/^更新说明/).fill("校领导审定后发布");
    for (const box of await page.getByTestId("publish-warnings").getByRole("checkbox").all()) await box.check();
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "发布新版本" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已发布第" })).toBeVisible({ timeout: 60_000 });
    const [edition] = (await (await request.get("/api/v1/years/2022/editions")).json()).items;
    expect(edition.signoff).toMatchObject({ by: "分管校领导" });
    expect(edition.signoff.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // The same sign-off does not publish twice.
    expect((await reviewerApi.post("/api/v1/years/2022/editions")).status()).toBe(409);

    // The editions page shows who signed off and when; the content hash is for machines (the API), not people.
    await page.goto("/reports/2022/editions");
    const signoffCell = page.locator(`tr[data-version="${edition.version}"] [data-signoff]`);
    await expect(signoffCell).toContainText("分管校领导");
    await expect(signoffCell).not.toContainText(edition.signoff.contentHash.slice(0, 12));

    // The declaration, with the representative's name, after the cover: HTML, PDF, Word.
    await page.goto(`/reports/2022/editions/${edition.version}`);
    const declaration = page.locator("[data-declaration]").first();
    await expect(declaration).toContainText("真实性责任声明");
    await expect(declaration.locator("[data-representative]")).toHaveText(REPRESENTATIVE);
    await expect(declaration.locator("[data-signed-at]")).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);

    const dir = mkdtempSync(path.join(tmpdir(), "signoff-"));
    const pdfPath = path.join(dir, "report.pdf");
    writeFileSync(pdfPath, await editionPdf(request, edition.version));
    // The declaration is the page after the cover (page 2).
    const page2 = execFileSync("pdftotext", ["-f", "2", "-l", "2", "-layout", pdfPath, "-"]).toString();
    expect(page2.replace(/\s+/g, "")).toContain("真实性责任声明");
    expect(page2).toContain(REPRESENTATIVE);

    // The Word file is made on first request too (202 while it is being made).
    let docx = await request.get(`/reports/2022/docx?edition=${edition.version}`);
    for (let i = 0; i < 120 && docx.status() === 202; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      docx = await request.get(`/reports/2022/docx?edition=${edition.version}`);
    }
    expect(docx.status()).toBe(200);
    const { value: wordText } = await mammoth.extractRawText({ buffer: await docx.body() });
    expect(wordText).toContain("真实性责任声明");
    expect(wordText).toContain(`法定代表人：${REPRESENTATIVE}`);
    expect(wordText.indexOf("真实性责任声明")).toBeLessThan(wordText.indexOf("目录"));

    for (const ctx of [reviewerApi, leaderApi, staffApi]) await ctx.dispose();
  } finally {
    await setSignoffSettings(baseURL!, restore);
  }
});
