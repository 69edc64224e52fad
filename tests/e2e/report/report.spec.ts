import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { competitionAwards, majors, TABLE1_ROWS } from "../../../prisma/demo/records";
import { signIn } from "../support/auth";

/** 二等奖 5人次，三等奖 5人次 — as 表1 prints a row's prizes. */
const prizes = (list: { prize: string; count?: number; unit?: string }[]) =>
  list.map((p) => (p.count != null ? `${p.prize} ${p.count}${p.unit ?? "人次"}` : p.prize)).join("，");
const remark = (m: (typeof majors)[number]) => {
  const y = m.changeYear ? `${m.changeYear}年` : "";
  return [m.change === "NEW" ? `${y}新增` : m.change === "PLANNED" ? `${y}拟新增` : "", m.note ?? ""].filter(Boolean).join("；");
};
/** The page source as a reader's browser receives it, entities decoded for comparison. */
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

// Edition 1 is the demo's rebuild of the seed report. Specs that run earlier (import, partner) approve
// records of their own and publish later editions, so the seed's rows and figures are read from edition 1.
const SEED_EDITION = "/reports/2022?edition=1";

test.describe("the public 2022 report", () => {
  test("its HTML has every row of 表1 and 表2, the funding, 1+X and employment figures and 22 numbered cases", async ({ request }) => {
    const res = await request.get(SEED_EDITION);
    expect(res.status()).toBe(200);
    // Cell classes (short labels kept on one line, numbers right-aligned) are layout, not content.
    const html = decode(await res.text()).replace(/<(td|th)([^>]*?) class="[^"]*"/g, "<$1$2");

    expect(html).toContain("表1 学生各级各类技能竞赛获奖");
    for (const [i, a] of competitionAwards.slice(0, TABLE1_ROWS).entries()) {
      expect(html, `表1 row ${i + 1}`).toContain(`>${i + 1}</a></td><td>${a.competition}</td><td>${prizes(a.prizes)}</td>`);
    }
    expect(html).toContain("表2 2022年学院专业（群）调整设置情况表");
    for (const m of majors) expect(html, m.name).toContain(`<td>${m.name}（${m.code}）</td><td>${m.industry}</td><td>${remark(m)}</td>`);
    for (const g of ["艺术设计类专业群", "幼儿教育类专业群", "养老服务类专业群"])
      expect(html).toContain(`rowspan="${g === "幼儿教育类专业群" ? 7 : g === "艺术设计类专业群" ? 4 : 5}">${g}</th>`);

    for (const v of ["16615.25", "3885.83", "8078.13", "4522.07", "129.22"]) expect(html, v).toContain(v);
    for (const share of ["23.39%", "48.62%", "27.22%", "0.78%"]) expect(html, share).toContain(share);
    // 图95 is an SVG chart in the page source, with amounts and shares.
    expect(html).toMatch(
      /data-chart="funding-income"[\s\S]*?<svg[\s\S]*?3885\.83万元（23\.39%）[\s\S]*?<\/svg>[\s\S]*?图95 2022 年学院办学经费收入构成/,
    );
    expect(html).toMatch(/data-chart="supervision-grades"[\s\S]*?<svg[\s\S]*?84%[\s\S]*?16%[\s\S]*?图94 /);

    for (const [token, value] of [
      // Each printed with its unit (the narrative's own unit after the token is printed once).
      ["certificates.count", "17个"],
      ["certificates.planned", "718人"],
      ["certificates.trained", "853人"],
      ["certificates.examined", "168人"],
      ["certificates.passRate", "84.5%"],
      ["employment.graduates", "3071人"],
      ["employment.placementRate", "95.08%"],
      ["employment.placementRateChange", "5.62个百分点"],
    ]) {
      expect(html, token).toContain(`data-token="${token}">${value}</span>`);
    }
    for (let n = 1; n <= 22; n++) expect(html, `案例${n}`).toContain(`data-case="${n}"`);
    expect(html).not.toContain('data-case="23"');
    expect(html).toContain('data-figure="95"');
    expect(html).not.toContain('data-figure="96"');
  });

  test("reads with a table of contents, anchors and source links, on a phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(SEED_EDITION);
    await expect(page.getByRole("heading", { level: 1, name: "2022年度质量报告" })).toBeVisible();
    await page.locator("#toc").getByRole("link", { name: "（六）技能大赛" }).click();
    await expect(page).toHaveURL(/#sec-student-competitions$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // A 表1 row links to the approved record it shows.
    const first = page.locator('[data-table-key="table:competition-awards"] tbody tr').first().getByRole("link");
    await first.click();
    await expect(page).toHaveURL(/\/records\/competition-awards\?year=2022&record=demo-award-1#demo-award-1$/);
    await expect(page.locator("tr#demo-award-1")).toContainText("2021年京津冀大学生金融科技创新能力大赛");
  });

  test("a year without an edition says it is not published yet", async ({ request }) => {
    const res = await request.get("/reports/2021");
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain("尚未发布");
  });
});

test.describe("preview and publication", () => {
  test("staff may not preview; a reviewer previews, publishes, and the public sees the new edition", async ({ page }) => {
    await signIn(page, "staff-a");
    await page.goto("/admin/report/2022/preview");
    await expect(page.getByRole("heading", { name: "页面不存在，或您无权查看" })).toBeVisible();
    await page.context().clearCookies();

    await signIn(page, "reviewer");
    await page.goto("/admin/report/2022/consistency");
    await expect(page.getByRole("heading", { name: "2022年度数据一致性检查" })).toBeVisible();
    await page.goto("/admin/report/2022/preview");
    await expect(page.getByRole("heading", { name: /2022年度报告预览/ })).toBeVisible();
    // The preview shows every case of the year, approved or not (other tests may have added some).
    const cases = await (await page.request.get("/api/v1/records/cases?year=2022&pageSize=500")).json();
    expect(cases.total).toBeGreaterThanOrEqual(22);
    await expect(page.locator("[data-case]")).toHaveCount(cases.total, { timeout: 30_000 });
    // Other specs may have published editions of 2022 before this one.
    const before = (await (await page.request.get("/api/v1/years/2022/editions")).json()).items.length;
    await page.getByLabel(/^更新说明/).fill("补充审核通过的案例");
    for (const box of await page.getByTestId("publish-warnings").getByRole("checkbox").all()) await box.check();
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: /发布新版本/ }).click();
    // Publishing builds the whole report: allow for a loaded machine.
    await expect(page.getByRole("status")).toContainText(`已发布第${before + 1}版`, { timeout: 30_000 });

    await page.goto("/reports/2022");
    await expect(page.locator("[data-edition]")).toHaveAttribute("data-edition", String(before + 1));
    await page.goto("/reports/2022?edition=1");
    await expect(page.getByRole("note")).toContainText("非最新版本");
    await page.goto("/reports/2022/editions?from=1&to=2");
    await expect(page.getByRole("heading", { name: /第1版 → 第2版/ })).toBeVisible();
  });
});
