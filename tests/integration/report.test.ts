import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { DEMO_SIGNERS } from "../../lib/demo/accounts";
import { seedDemo } from "../../lib/demo/seed";
import { buildReportDocument } from "../../lib/report/engine/build";
import { checkConsistency } from "../../lib/report/checks/consistency";
import { loadReportData } from "../../lib/report/engine/load";
import type { CaseBlock, ReportDocument, ReportSection, TableBlock } from "../../lib/report/model/document";
import { diffDocuments, getEdition, listEditions, publishDemoEdition, publishEdition } from "../../lib/report/editions/editions";
import { renderReportHtml } from "../../lib/report/engine/html";
import { updateNarrative } from "../../lib/report/outline/narratives";
import { createOutlineFromTemplate } from "../../lib/report/outline/outline";
import { migratedDatabase } from "../support/database";

const allSections = (doc: ReportDocument): ReportSection[] => doc.chapters.flatMap((c) => [c, ...c.sections]);
const tables = (doc: ReportDocument) => [
  ...allSections(doc)
    .flatMap((s) => s.blocks)
    .filter((b): b is TableBlock => b.type === "table"),
  ...doc.appendix,
];
const table = (doc: ReportDocument, key: string) => tables(doc).find((t) => t.key === key)!;

describe("the published report", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let admin: Actor, reviewer: Actor, staff: Actor;
  beforeAll(async () => {
    database = await migratedDatabase();
    await seedDemo(database.prisma, { users: true });
    const user = async (username: string) => {
      const u = await database.prisma.user.findUniqueOrThrow({ where: { username } });
      return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId };
    };
    [admin, reviewer, staff] = [await user("admin"), await user("reviewer"), await user("staff-a")];
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("the demo seed publishes the 2022 edition once, reproducing the report's tables, cases and figures", async () => {
    const prisma = database.prisma;
    await seedDemo(prisma, { users: true });
    expect(await publishDemoEdition(prisma, DEMO_SIGNERS)).toBeNull();
    const editions = await listEditions({ year: 2022, prisma });
    expect(editions.map((e) => e.version)).toEqual([1]);
    const { document } = (await getEdition({ year: 2022, prisma }))!;
    expect(document.counts).toMatchObject({ figures: 95, cases: 22, unapproved: 0 });
    const t1 = table(document, "table:competition-awards");
    expect(t1.number).toBe(1);
    expect(t1.rows).toHaveLength(29);
    expect(t1.rows[1]!.cells).toEqual([
      "2",
      "2021（第十五届）全国高校商业精英挑战赛会展专业创新创业实践竞赛全国总决赛",
      "二等奖 5人次，三等奖 5人次",
    ]);
    const t2 = table(document, "table:majors");
    expect(t2.number).toBe(2);
    expect(t2.rows).toHaveLength(16);
    const cases = allSections(document)
      .flatMap((s) => s.blocks)
      .filter((b): b is CaseBlock => b.type === "case");
    expect(cases.map((c) => c.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(cases[7]!.subtitle).toContain("世界职业院校技能大赛");
    const html = renderReportHtml(document);
    for (const v of [
      "16615.25",
      "3885.83",
      "8078.13",
      "4522.07",
      "129.22",
      "23.39%",
      "48.62%",
      "27.22%",
      "0.78%",
      "3071",
      "95.08",
      "5.62",
      "718",
      "853",
      "168",
      "84.5",
    ]) {
      expect(html, v).toContain(v);
    }
    expect(html).toContain("图95 2022 年学院办学经费收入构成");
    expect(html).toContain("图94 2021-2022 学年度第二学期线上教学督导听课情况统计图");
    expect(
      checkConsistency((await loadReportData({ prisma, year: 2022, mode: "approved" }))!).filter((i) => i.severity === "error"),
    ).toEqual([]);
  });

  it("a record edited after publication leaves the published edition unchanged until republished", async () => {
    const prisma = database.prisma;
    const before = (await getEdition({ year: 2022, prisma }))!;
    await prisma.employmentStat.update({ where: { id: "demo-employment-1" }, data: { graduates: 630, placed: 600 } });
    await prisma.competitionAward.update({
      where: { id: "demo-award-1" },
      data: { competition: "2021年京津冀大学生金融科技创新能力大赛（更正）" },
    });

    const still = (await getEdition({ year: 2022, prisma }))!;
    expect(still.meta.version).toBe(before.meta.version);
    expect(renderReportHtml(still.document)).toContain("3071");
    expect(table(still.document, "table:competition-awards").rows[0]!.cells[1]).toBe("2021年京津冀大学生金融科技创新能力大赛");

    const live = (await buildReportDocument({ prisma, year: 2022, mode: "approved" }))!;
    expect(renderReportHtml(live)).toContain("3081");

    await expect(publishEdition({ actor: staff, year: 2022, prisma })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishEdition({ actor: null, year: 2022, prisma })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const published = await publishEdition({ actor: reviewer, year: 2022, prisma });
    expect(published.version).toBe(before.meta.version + 1);
    const after = (await getEdition({ year: 2022, prisma }))!;
    expect(after.meta.version).toBe(published.version);
    expect(table(after.document, "table:competition-awards").rows[0]!.cells[1]).toContain("（更正）");
    // The earlier edition stays readable, unchanged.
    const v1 = (await getEdition({ year: 2022, version: before.meta.version, prisma }))!;
    expect(renderReportHtml(v1.document)).toContain("3071");

    const changes = diffDocuments(v1.document, after.document);
    expect(changes.some((c) => c.type === "changed" && c.what === "毕业生人数" && c.before === "3071人" && c.after === "3081人")).toBe(
      true,
    );
    expect(changes.some((c) => c.type === "changed" && c.after?.includes("（更正）"))).toBe(true);
    const audit = await prisma.auditLog.findMany({ where: { action: "PUBLISH" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.actorId)).toEqual([null, reviewer.id]);
  });

  it("preview shows data not yet approved, marked; the public build leaves it out", async () => {
    const prisma = database.prisma;
    const dept = await prisma.department.findFirstOrThrow();
    await prisma.record.create({
      data: {
        id: "draft-case",
        kind: "case",
        year: 2022,
        departmentId: dept.id,
        status: "SUBMITTED",
        topic: "student.party",
        case: { create: { title: "待审核的案例", body: "正文" } },
      },
    });
    const preview = (await buildReportDocument({ prisma, year: 2022, mode: "preview" }))!;
    const approved = (await buildReportDocument({ prisma, year: 2022, mode: "approved" }))!;
    expect(preview.counts.cases).toBe(23);
    expect(preview.counts.unapproved).toBeGreaterThan(0);
    expect(renderReportHtml(preview)).toContain('待审核的案例<span class="ua" data-unapproved>未审核</span>');
    expect(approved.counts.cases).toBe(22);
    await prisma.case.delete({ where: { id: "draft-case" } });
  });

  it("refuses a narrative with a script tag or an unknown token, saves a good one with an audit row", async () => {
    const prisma = database.prisma;
    const section = await prisma.outlineSection.findUniqueOrThrow({ where: { year_key: { year: 2022, key: "student.employment" } } });
    const base = { actor: reviewer, prisma, year: 2022, sectionKey: "student.employment", version: section.version };
    await expect(updateNarrative({ ...base, narrative: "好<script>alert(1)</script>" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(updateNarrative({ ...base, narrative: "[x](javascript:alert(1))" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(updateNarrative({ ...base, narrative: "落实率{{employment.rate}}%" })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("{{employment.rate}}"),
    });
    await expect(updateNarrative({ ...base, narrative: "{{indicator.no.such.key}}" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(updateNarrative({ ...base, actor: staff, narrative: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const text = "2022届毕业去向落实率为{{employment.placementRate}}%，用人单位满意度{{indicator.employment.employerSatisfaction}}%。";
    const saved = await updateNarrative({ ...base, narrative: text });
    expect(saved.version).toBe(section.version + 1);
    await expect(updateNarrative({ ...base, narrative: "stale" })).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "NARRATIVE_UPDATE", entityId: section.id } });
    expect(audit.actorId).toBe(reviewer.id);
    const doc = (await buildReportDocument({ prisma, year: 2022, mode: "approved" }))!;
    const s = allSections(doc).find((x) => x.key === "student.employment")!;
    expect(s.html).toContain('<span class="metric" data-token="indicator.employment.employerSatisfaction">99.7%</span>');
  });

  it("re-creates the outline from the 2024 template (admins only), keeping narratives and records", async () => {
    const prisma = database.prisma;
    await expect(createOutlineFromTemplate({ actor: reviewer, year: 2022, templateKey: "2024", prisma })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await createOutlineFromTemplate({ actor: admin, year: 2022, templateKey: "2024", prisma });
    const doc = (await buildReportDocument({ prisma, year: 2022, mode: "approved" }))!;
    expect(doc.templateKey).toBe("2024");
    expect(doc.chapters.map((c) => c.title)).toEqual([
      "前言",
      "学校基本情况",
      "2021-2022学年学校主要成果",
      "人才培养",
      "服务贡献",
      "文化传承",
      "国际合作",
      "产教融合",
      "发展保障",
      "面临挑战",
    ]);
    expect(doc.counts.cases).toBe(22);
    expect(doc.appendix.map((t) => t.caption)).toEqual(["计分卡", "学生反馈表", "教学资源表", "国际影响表", "服务贡献表", "落实政策表"]);
    const party = doc.chapters.flatMap((c) => c.sections).find((s) => s.key === "student.party")!;
    expect(party.html).toContain("双包联");
    expect(party.html).toContain("工匠精神");
    await createOutlineFromTemplate({ actor: admin, year: 2022, templateKey: "2022", prisma });
  });
});
