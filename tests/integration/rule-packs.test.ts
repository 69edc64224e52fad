import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { assembleDocument } from "../../lib/report/engine/build";
import { checkConsistency } from "../../lib/report/checks/consistency";
import { loadReportData } from "../../lib/report/engine/load";
import { checkRulePack } from "../../lib/report/checks/rule-pack";
import { exportText, getRulePack, importRulePack, listRulePacks, updateRulePack } from "../../lib/rules/store";
import { openYear } from "../../lib/report/outline/open-year";
import { demoDatabase } from "../support/database";

const cases = kindBySlug("cases")!;

describe("rule packs: export, change, import, open a year with it", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let actors: Record<string, Actor>;
  const ctx = (name: string) => ({ actor: actors[name]!, prisma: database.prisma });

  beforeAll(async () => {
    database = await demoDatabase();
    actors = database.actors;
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("has the shipped packs in a new database, readable by reviewers, not by staff", async () => {
    const list = await listRulePacks(ctx("reviewer"));
    expect(list.map((p) => [p.key, p.shipped, p.audience])).toEqual([
      ["province-2024", true, "province"],
      ["2024", true, "college"],
      ["2022", true, "college"],
    ]);
    expect(list.find((p) => p.key === "2022")?.usedBy).toEqual([2021, 2022]);
    await expect(listRulePacks(ctx("staff-a"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importRulePack({ ...ctx("reviewer"), input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("imports the exported 2024 pack with a row added and cases limited to 800 characters; a year opened with it shows the row and flags a long case", async () => {
    // Export, as the download gives it, and edit the file as a province would.
    const file = JSON.parse(exportText(await getRulePack({ ...ctx("admin"), key: "2024" })));
    file.key = "tj-2025";
    file.name = "天津市2025年质量年报通知";
    file.lengthRules.caseMax = 800;
    const row = {
      label: "订单班学生数",
      unit: "人",
      token: "indicator.scorecard.orderClassStudents",
      basis: "schoolYear",
      aggregate: "sum",
    };
    // A row needs its own code, not one the pack uses already: the package and a province key rows by it.
    file.indicatorTables[0].rows.push(row);
    await expect(importRulePack({ ...ctx("admin"), input: file })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("indicatorTables.0.rows.7.code：指标代码必须是文字"),
    });
    file.indicatorTables[0].rows[7] = { ...row, code: "SC01" };
    await expect(importRulePack({ ...ctx("admin"), input: file })).rejects.toMatchObject({
      message: expect.stringContaining("指标代码“SC01”重复"),
    });
    file.indicatorTables[0].rows[7] = { ...row, code: "TJ01" };

    // The same key again is refused; replacing a shipped pack is refused even when asked.
    await expect(importRulePack({ ...ctx("admin"), input: { ...file, key: "2024" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(importRulePack({ ...ctx("admin"), input: { ...file, key: "2024" }, replace: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("系统内置"),
    });
    const imported = await importRulePack({ ...ctx("admin"), input: file });
    expect(imported).toMatchObject({ replaced: false, pack: { key: "tj-2025", name: "天津市2025年质量年报通知" } });
    expect((await getRulePack({ ...ctx("admin"), key: "2024" })).lengthRules.caseMax).toBe(1000);

    await openYear({ ...ctx("admin"), input: { year: 2025, academicYear: "2024-2025", source: "tj-2025" } });
    const year = await database.prisma.reportYear.findUniqueOrThrow({ where: { year: 2025 } });
    expect(year.templateKey).toBe("tj-2025");

    const long = "本校与合作企业共建产业学院，校企共同制定人才培养方案，共同开发课程教材。".repeat(25);
    await createRecord({
      ...ctx("staff-a"),
      kind: cases,
      input: { title: "产教融合共建产业学院", topic: "teaching.industry", body: long },
      meta: { year: 2025 },
    });
    await createRecord({
      ...ctx("staff-a"),
      kind: cases,
      input: { title: "短案例", topic: "teaching.industry", body: "校企合作开展订单培养。" },
      meta: { year: 2025 },
    });

    const data = (await loadReportData({ prisma: database.prisma, year: 2025, mode: "preview" }))!;
    expect(data.rulePack.key).toBe("tj-2025");
    const document = assembleDocument(data);
    const scorecard = document.appendix.find((t) => t.key === "indicators:scorecard")!;
    expect(scorecard.rows.at(-1)!.cells.slice(0, 3)).toEqual(["8", "订单班学生数", "人"]);

    const issues = checkRulePack(data, document);
    const tooLong = issues.filter((i) => i.code === "CASE_TOO_LONG");
    expect(tooLong).toHaveLength(1);
    expect(tooLong[0]!.message).toBe(
      "案例“产教融合共建产业学院”正文900字，超过规则包“天津市2025年质量年报通知”规定的每个案例不超过800字（多100字）",
    );
    // Under the shipped 2024 pack the same case is within the 1000-character limit.
    expect(
      checkRulePack({ ...data, rulePack: await getRulePack({ ...ctx("admin"), key: "2024" }) }, document).map((i) => i.code),
    ).not.toContain("CASE_TOO_LONG");
    // The new row is named among the empty rows, with the table's others.
    expect(issues.find((i) => i.code === "INDICATOR_EMPTY" && i.message.includes("计分卡"))?.message).toContain("8.订单班学生数");
    // The rest of the panel: too little text, too few cases, the numbers' own checks still run.
    expect(issues.find((i) => i.code === "TEXT_LENGTH")?.message).toMatch(
      /^报告正文（各节叙述与案例）共\d+字，规则包“天津市2025年质量年报通知”要求10000–20000字，还差\d+字/,
    );
    expect(issues.find((i) => i.code === "REQUIRED_PART" && i.message.includes("案例"))?.message).toBe(
      "报告中有2个案例，规则包“天津市2025年质量年报通知”要求至少5个",
    );
    expect(checkConsistency(data).filter((i) => i.code === "CASE_TOO_LONG")).toEqual([]);
  });

  it("edits a pack (audited), refuses a body naming another key, and replaces an own unused pack only when asked", async () => {
    const pack = await getRulePack({ ...ctx("admin"), key: "tj-2025" });
    await expect(updateRulePack({ ...ctx("reviewer"), key: "tj-2025", input: pack })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateRulePack({ ...ctx("admin"), key: "tj-2025", input: { ...pack, key: "other" } })).rejects.toMatchObject({
      code: "INVALID",
    });
    await updateRulePack({ ...ctx("admin"), key: "tj-2025", input: { ...pack, lengthRules: { ...pack.lengthRules, caseMax: 950 } } });
    expect((await getRulePack({ ...ctx("admin"), key: "tj-2025" })).lengthRules.caseMax).toBe(950);
    const entry = await database.prisma.auditLog.findFirst({ where: { entityType: "RulePack", entityId: "tj-2025", action: "UPDATE" } });
    expect(entry?.changes).toMatchObject({ lengthRules: { before: { caseMax: 800 }, after: { caseMax: 950 } } });

    // tj-2025 is used by 2025: not replaceable by an import. An own pack nobody uses is.
    await expect(importRulePack({ ...ctx("admin"), input: pack, replace: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("2025年度"),
    });
    await importRulePack({ ...ctx("admin"), input: { ...pack, key: "draft-2026", name: "草稿" } });
    const again = await importRulePack({ ...ctx("admin"), input: { ...pack, key: "draft-2026", name: "草稿二" }, replace: true });
    expect(again.replaced).toBe(true);
    expect((await getRulePack({ ...ctx("reviewer"), key: "draft-2026" })).name).toBe("草稿二");
  });

  it("checks the academic year and the cohort the texts name", async () => {
    const data = (await loadReportData({ prisma: database.prisma, year: 2022, mode: "approved" }))!;
    // The demo report meets its pack's required parts; what remains are hints (its length, rows without data).
    expect(checkRulePack(data).filter((i) => i.severity === "error")).toEqual([]);
    const clean = checkRulePack(data).filter((i) => i.code === "ACADEMIC_YEAR" || i.code === "COHORT");
    expect(clean).toEqual([]);
    const slipped = {
      ...data,
      academicYear: "2022-2023",
      outline: data.outline.map((s, i) => (i === 0 ? { ...s, narrative: `${s.narrative}\n\n2022-2023学年，2023届毕业生…` } : s)),
    };
    const messages = checkRulePack(slipped)
      .filter((i) => i.code === "ACADEMIC_YEAR" || i.code === "COHORT")
      .map((i) => i.message);
    expect(messages).toEqual([
      "2022年度的学年应为2021-2022，但年度设置为2022-2023",
      "“前言”的叙述写有“2022-2023学年”，与2022年度（2021-2022学年）不符",
      "“前言”的叙述写有“2023届”，晚于2022年度报告的2022届毕业生",
    ]);
  });
});
