import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { buildReportDocument } from "../../lib/report/engine/build";
import { checkApprovedNotShown } from "../../lib/report/checks/consistency";
import { loadReportData } from "../../lib/report/engine/load";
import type { OtherDataBlock, ReportDocument, ReportSection, TableBlock } from "../../lib/report/model/document";
import { renderReportHtml } from "../../lib/report/engine/html";
import { approveRecord, submitRecord } from "../../lib/workflow/transitions";
import { demoDatabase } from "../support/database";

// Issue 11 items 7 and 8 on the demo data: last year's value and the change beside this year's
// where last year has approved data, and no approved record or indicator left out of the report.

const sections = (doc: ReportDocument): ReportSection[] => doc.chapters.flatMap((c) => [c, ...c.sections]);
const tables = (doc: ReportDocument) => [
  ...sections(doc)
    .flatMap((s) => s.blocks)
    .filter((b): b is TableBlock => b.type === "table"),
  ...doc.appendix,
];
const table = (doc: ReportDocument, key: string) => tables(doc).find((t) => t.key === key)!;
const otherData = (doc: ReportDocument, key: string) =>
  sections(doc)
    .find((s) => s.key === key)!
    .blocks.find((b): b is OtherDataBlock => b.type === "other-data");

describe("year over year and approved data not shown", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const build = () => buildReportDocument({ prisma: database.prisma, year: 2022, mode: "approved" }).then((d) => d!);
  const approvedData = () => loadReportData({ prisma: database.prisma, year: 2022, mode: "approved" }).then((d) => d!);

  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("the demo 2022 report shows 教学视频, 教学案例 and 图片 at the end of their section, and nothing approved is left out", async () => {
    const doc = await build();
    const digital = otherData(doc, "teaching.digital")!;
    const rows = digital.indicators!.rows.map((r) => r.cells);
    expect(rows).toContainEqual(["本学年建成教学视频", "1614", "个"]);
    expect(rows).toContainEqual(["本学年建成教学案例", "1630", "个"]);
    expect(rows).toContainEqual(["本学年建成图片", "1165", "张"]);
    const html = renderReportHtml(doc);
    for (const v of ["1614", "1630", "1165"]) expect(html, v).toMatch(new RegExp(`<td class="r">${v}</td>`));
    // The seed report's numbering holds: the end-of-section tables take no 表N.
    expect(table(doc, "table:competition-awards").number).toBe(1);
    expect(table(doc, "table:majors").number).toBe(2);
    expect(digital.indicators!.number).toBe(0);

    expect(checkApprovedNotShown(await approvedData(), doc)).toEqual([]);
  });

  it("compares 2022 with 2021 where 2021 has approved data: the employment table and the scorecard", async () => {
    const doc = await build();
    const employment = table(doc, "table:employment");
    expect(employment.lastYear).toEqual({ year: 2021, column: 6 });
    expect(employment.columns.slice(-2)).toEqual(["2021届落实率", "增减"]);
    const total = employment.rows.find((r) => r.id === "total")!;
    // 2022届 95.08%, 2021届 89.46%: the 5.62 points the narrative quotes.
    expect(total.cells.slice(4, 5)).toEqual(["95.08%"]);
    expect(total.cells.slice(-2)).toEqual(["89.46%", "+5.62个百分点"]);
    expect(total.lastYearSources!.every((s) => s.year === 2021)).toBe(true);

    const scorecard = table(doc, "indicators:scorecard");
    const row = (label: string) => scorecard.rows.find((r) => r.cells[1] === label)!.cells.slice(3);
    expect(scorecard.columns.slice(3)).toEqual(["2022届", "2021届", "增减"]);
    expect(row("毕业去向落实率")).toEqual(["95.08", "89.46", "+5.62个百分点"]);
    // The 2021 cohorts' records give no salary: missing, printed "—" (not blank, not 0), and so is the change.
    expect(row("月收入")[1]).toBe("—");
    expect(row("月收入")[2]).toBe("—");

    // 2021 has no funding, training or 1+X records: no comparison columns (not a column of zeros).
    for (const key of ["table:funding-income", "table:social-training", "table:certificate-pilots"]) {
      expect(table(doc, key).lastYear, key).toBeUndefined();
      expect(table(doc, key).columns.join(), key).not.toContain("2021");
    }
  });

  it("a funding item approved for 2021 appears beside 2022's in the funding table with the change; a 2021 draft does not", async () => {
    const prisma = database.prisma;
    const department = await prisma.department.findFirstOrThrow();
    const item = (id: string, amount: string, status: "APPROVED" | "SUBMITTED", name = "市、区基本财政拨款") =>
      prisma.record.create({
        data: {
          id,
          kind: "fundingItem",
          year: 2021,
          departmentId: department.id,
          status,
          topic: "policy.funding",
          fundingItem: { create: { direction: "INCOME", category: "BASIC_APPROPRIATION", name, amount } },
        },
      });
    await item("yoy-funding-2021", "3500.5", "APPROVED");
    await item("yoy-funding-2021-draft", "99999", "SUBMITTED", "住宿费收入");

    const doc = await build();
    const funding = table(doc, "table:funding-income");
    expect(funding.columns.slice(-2)).toEqual(["2021年金额（万元）", "增减"]);
    const basic = funding.rows.find((r) => r.cells[1] === "市、区基本财政拨款")!;
    expect(basic.cells.slice(2, 3)).toEqual(["3885.83"]);
    expect(basic.cells.slice(-2)).toEqual(["3500.50", "+385.33"]);
    expect(basic.lastYearSources!.map((s) => s.id)).toEqual(["yoy-funding-2021"]);
    // Not approved in 2021: no value for 住宿费, and the 2021 total is the approved item alone.
    expect(funding.rows.find((r) => r.cells[1] === "住宿费收入")!.cells.slice(-2)).toEqual(["", ""]);
    // The table's total keeps its items' precision (16615.245, from 3.465), so its change does too; the indicator table rounds.
    expect(funding.rows.find((r) => r.id === "total")!.cells.slice(-2)).toEqual(["3500.50", "+13114.745"]);
    const policy = table(doc, "indicators:policy");
    expect(policy.rows.find((r) => r.cells[1] === "办学经费总收入")!.cells.slice(3)).toEqual(["16615.25", "3500.50", "+13114.75"]);
    expect(renderReportHtml(doc)).toContain('data-last-year="2021"');

    await prisma.record.deleteMany({ where: { id: { in: ["yoy-funding-2021", "yoy-funding-2021-draft"] } } });
    expect(table(await build(), "table:funding-income").lastYear).toBeUndefined();
  });

  it("a freshly approved indicator no narrative quotes appears at the end of its section; one with no section is listed as approved but not shown", async () => {
    const prisma = database.prisma;
    const indicators = kindBySlug("indicators")!;
    const ctx = (name: string) => ({ actor: database.actors[name]!, prisma });
    const approve = async (input: Record<string, unknown>) => {
      const created = await createRecord({ ...ctx("staff-a"), kind: indicators, input, meta: { year: 2022 } });
      const submitted = await submitRecord({ ...ctx("staff-a"), kind: indicators, id: created.id, version: created.version });
      return approveRecord({ ...ctx("reviewer"), kind: indicators, id: submitted.id });
    };
    const placed = await approve({ key: "digital.vrLabs", label: "虚拟仿真实训室", value: "7", unit: "间", topic: "teaching.digital" });
    const loose = await approve({ key: "misc.loose", label: "未归栏目的指标", value: "3", unit: "项" });
    // Submitted, not approved: neither in the report nor in the list.
    const draft = await createRecord({
      ...ctx("staff-a"),
      kind: indicators,
      input: { key: "digital.pending", label: "待审核指标", value: "5", unit: "个", topic: "teaching.digital" },
      meta: { year: 2022 },
    });
    await submitRecord({ ...ctx("staff-a"), kind: indicators, id: draft.id, version: draft.version });

    const doc = await build();
    const digital = otherData(doc, "teaching.digital")!;
    expect(digital.indicators!.rows.find((r) => r.id === placed.id)!.cells).toEqual(["虚拟仿真实训室", "7", "间"]);
    expect(digital.indicators!.rows.some((r) => r.id === draft.id)).toBe(false);
    const html = renderReportHtml(doc);
    expect(html).toContain("虚拟仿真实训室");
    expect(html).not.toContain("待审核指标");

    const notShown = checkApprovedNotShown(await approvedData(), doc);
    expect(notShown.map((i) => i.refs[0]!.id)).toEqual([loose.id]);
    expect(notShown[0]).toMatchObject({ code: "APPROVED_NOT_SHOWN", href: `/admin/records/indicators/${loose.id}` });
    expect(notShown[0]!.message).toContain("未归栏目的指标");
  });
});
