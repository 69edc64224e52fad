import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { AppError } from "../../lib/errors";
import { updateInstitution } from "../../lib/institution/service";
import { buildReportDocument } from "../../lib/report/engine/build";
import type { ReportDocument, ReportSection, TableBlock } from "../../lib/report/model/document";
import { mySections } from "../../lib/report/outline/my-sections";
import { updateNarrative } from "../../lib/report/outline/narratives";
import { addSection, configureSection, createOutlineFromTemplate, deleteSection, editSection } from "../../lib/report/outline/outline";
import { kindBySlug } from "../../lib/records/kinds";
import { createRecord } from "../../lib/records/write";
import { transitionRecord } from "../../lib/workflow/transitions";
import { changeYear } from "../../lib/years/service";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";

const YEAR = 2022;

describe("the outline editor", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let actors: Record<string, Actor>;
  beforeAll(async () => {
    database = await demoDatabase();
    actors = database.actors;
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  const prisma = () => database.prisma;
  const outline = () => prisma().outlineSection.findMany({ where: { year: YEAR }, orderBy: { sortOrder: "asc" } });
  const section = (key: string) => prisma().outlineSection.findUniqueOrThrow({ where: { year_key: { year: YEAR, key } } });
  const preview = async () => (await buildReportDocument({ prisma: prisma(), year: YEAR, mode: "preview" }))!;
  const write = async (sectionKey: string, narrative: string) => {
    const { version } = await section(sectionKey);
    await updateNarrative({ actor: actors.admin!, prisma: prisma(), year: YEAR, sectionKey, narrative, version });
  };
  const refusal = async (work: Promise<unknown>) => {
    try {
      await work;
    } catch (err) {
      if (err instanceof AppError) return err;
      throw err;
    }
    throw new Error("expected a refusal");
  };
  const all = (s: ReportSection): ReportSection[] => [s, ...s.sections.flatMap(all)];
  const tableIn = (doc: ReportDocument, key: string): { where: "section" | "appendix"; table: TableBlock } | null => {
    for (const s of doc.chapters.flatMap(all)) {
      const t = s.blocks.find((b): b is TableBlock => b.type === "table" && b.key === key);
      if (t) return { where: "section", table: t };
    }
    const t = doc.appendix.find((b) => b.key === key);
    return t ? { where: "appendix", table: t } : null;
  };

  it("adds a section at the end of its chapter and a chapter at the end, numbered and audited", async () => {
    const s = await addSection({ actor: actors.admin!, prisma: prisma(), year: YEAR, parentKey: "student", title: "心理健康教育" });
    expect(s).toMatchObject({ key: "custom-1", parentKey: "student", level: 2, number: "（七）", title: "心理健康教育" });
    const c = await addSection({ actor: actors.admin!, prisma: prisma(), year: YEAR, parentKey: null, title: "附加说明" });
    expect(c).toMatchObject({ key: "custom-2", parentKey: null, level: 1, number: "七、" });
    const rows = await outline();
    expect(rows.at(-1)!.key).toBe("custom-2");
    expect(rows.findIndex((r) => r.key === "custom-1")).toBe(rows.findIndex((r) => r.key === "student.competitions") + 1);
    const log = await prisma().auditLog.findFirst({
      where: { entityType: "OutlineSection", entityId: `${YEAR}/custom-1`, action: "CREATE" },
    });
    expect(log?.changes).toMatchObject({ title: { after: "心理健康教育" }, number: { after: "（七）" } });

    const doc = await preview();
    expect(doc.chapters.find((ch) => ch.key === "student")!.sections.at(-1)!.title).toBe("心理健康教育");
  });

  it("refuses to add for reviewers, staff and anonymous visitors, with no title or chapter", async () => {
    const add = (actor: Actor | null, title = "x", parentKey: string | null = "student") =>
      addSection({ actor, prisma: prisma(), year: YEAR, parentKey, title });
    expect(await outcome(add(actors.reviewer!))).toBe("FORBIDDEN");
    expect(await outcome(add(actors["staff-a"]!))).toBe("FORBIDDEN");
    expect(await outcome(add(null))).toBe("UNAUTHENTICATED");
    expect(await outcome(add(actors.admin!, "  "))).toBe("INVALID");
    expect(await outcome(add(actors.admin!, "x", "student.party"))).toBe("INVALID");
  });

  it("sets a section's topics, tables and department; a topic already shown elsewhere is refused", async () => {
    const dept = actors["staff-a"]!.departmentId!;
    await configureSection({
      actor: actors.admin!,
      prisma: prisma(),
      year: YEAR,
      sectionKey: "custom-1",
      topics: [],
      blocks: ["chart:supervision-grades"],
      departmentId: dept,
    });
    expect(await section("custom-1")).toMatchObject({ blocks: ["chart:supervision-grades"], departmentId: dept });
    const log = await prisma().auditLog.findFirst({
      where: { entityType: "OutlineSection", entityId: `${YEAR}/custom-1`, action: "UPDATE" },
      orderBy: { id: "desc" },
    });
    expect(log?.changes).toMatchObject({ departmentId: { before: null, after: dept } });

    const clash = await refusal(
      configureSection({ actor: actors.admin!, prisma: prisma(), year: YEAR, sectionKey: "custom-1", topics: ["student.party"] }),
    );
    expect(clash.code).toBe("CONFLICT");
    expect(clash.message).toContain("党建引领");
    expect(clash.message).toMatch(/已归入其他栏目.*belong to another section/);
    const configure = (input: Record<string, unknown>, actor = actors.admin!) =>
      configureSection({ actor, prisma: prisma(), year: YEAR, sectionKey: "custom-1", ...input });
    expect(await outcome(configure({ topics: ["no.such.topic"] }))).toBe("INVALID");
    expect(await outcome(configure({ blocks: ["table:nothing"] }))).toBe("INVALID");
    expect(await outcome(configure({ departmentId: "no-such-department" }))).toBe("INVALID");
    expect(await outcome(configure({ blockOptions: { "table:employment": { order: "random" } } }))).toBe("INVALID");
    expect(await outcome(configure({ topics: [] }, actors.reviewer))).toBe("FORBIDDEN");
    expect(await outcome(configure({ topics: [] }, actors["staff-a"]))).toBe("FORBIDDEN");
  });

  it("lists a department's sections under 我的章节 with what is missing, for its own staff only", async () => {
    await configureSection({
      actor: actors.admin!,
      prisma: prisma(),
      year: YEAR,
      sectionKey: "student.competitions",
      topics: ["student.competitions"],
      blocks: ["table:competition-awards"],
      departmentId: actors["staff-a"]!.departmentId,
    });
    const mine = await mySections({ actor: actors["staff-a"]!, prisma: prisma() });
    expect(mine.map((s) => s.key)).toEqual(["student.competitions", "custom-1"]);
    const custom = mine.find((s) => s.key === "custom-1")!;
    expect(custom.missing).toContain("尚无叙述文字");
    const competitions = mine.find((s) => s.key === "student.competitions")!;
    expect(competitions.missing).toEqual([]);
    expect(competitions.approved).toBeGreaterThan(0);

    expect(await mySections({ actor: actors["staff-b"]!, prisma: prisma() })).toEqual([]);
    expect(await outcome(mySections({ actor: actors.admin!, prisma: prisma() }))).toBe("FORBIDDEN");
    expect(await outcome(mySections({ actor: null, prisma: prisma() }))).toBe("UNAUTHENTICATED");
  });

  it("deletes only an empty section, and says why it refuses", async () => {
    const del = (sectionKey: string, actor = actors.admin!) => deleteSection({ actor, prisma: prisma(), year: YEAR, sectionKey });
    // A narrative.
    const withText = await refusal(del("student.party"));
    expect(withText.code).toBe("CONFLICT");
    expect(withText.message).toMatch(/「（一）党建引领」不是空的，不能删除：已有叙述文字.*cannot be deleted: it has narrative text/);
    // Records filed under its topic, even with the narrative cleared.
    const topic = await prisma().record.findFirstOrThrow({ where: { year: YEAR, topic: "student.competitions", deletedAt: null } });
    expect(topic).toBeTruthy();
    await write("student.competitions", "");
    const withRecords = await refusal(del("student.competitions"));
    expect(withRecords.message).toMatch(/有\d+条数据归入其栏目/);
    expect(withRecords.message).not.toContain("叙述文字");
    // A chapter that still holds sections.
    expect((await refusal(del("student"))).message).toContain("其下还有");
    expect(await outcome(del("custom-1", actors.reviewer))).toBe("FORBIDDEN");
    expect(await outcome(del("no.such"))).toBe("NOT_FOUND");
    expect(await section("student.party")).toBeTruthy();

    // An empty one goes, and the chapter's numbering closes the gap.
    const extra = await addSection({ actor: actors.admin!, prisma: prisma(), year: YEAR, parentKey: "teaching", title: "临时" });
    await editSection({ actor: actors.admin!, prisma: prisma(), year: YEAR, sectionKey: extra.key, title: "临时", move: "up" });
    expect((await section(extra.key)).number).toBe("（七）");
    expect((await section("teaching.industry")).number).toBe("（八）");
    await del(extra.key);
    expect(await prisma().outlineSection.findUnique({ where: { year_key: { year: YEAR, key: extra.key } } })).toBeNull();
    expect((await section("teaching.industry")).number).toBe("（七）");
    const log = await prisma().auditLog.findFirst({
      where: { entityType: "OutlineSection", entityId: `${YEAR}/${extra.key}`, action: "DELETE" },
    });
    expect(log?.changes).toMatchObject({ title: { before: "临时", after: null } });
  });

  it("moves a chapter with its sections; numbers and the report follow", async () => {
    await editSection({ actor: actors.admin!, prisma: prisma(), year: YEAR, sectionKey: "teaching", title: "教育教学质量", move: "up" });
    expect((await section("teaching")).number).toBe("一、");
    expect((await section("student")).number).toBe("二、");
    const rows = await outline();
    const keys = rows.map((r) => r.key);
    expect(keys.indexOf("teaching.majors")).toBe(keys.indexOf("teaching") + 1);
    expect(keys.indexOf("student")).toBe(keys.indexOf("teaching.industry") + 1);
    const doc = await preview();
    expect(
      doc.chapters
        .filter((c) => c.number)
        .map((c) => `${c.number}${c.key}`)
        .slice(0, 2),
    ).toEqual(["一、teaching", "二、student"]);
    // And back.
    await editSection({ actor: actors.admin!, prisma: prisma(), year: YEAR, sectionKey: "teaching", title: "教育教学质量", move: "down" });
    expect((await section("student")).number).toBe("一、");
  });

  it("prints a table in the appendix or in its section as the outline says, in the row order it sets", async () => {
    // The 2022 outline places the employment table in the appendix: data, not code.
    expect((await section("student.employment")).blockOptions).toEqual({ "table:employment": { appendix: true } });
    const inAppendix = tableIn(await preview(), "table:employment")!;
    expect(inAppendix.where).toBe("appendix");
    const entry = inAppendix.table.rows.filter((r) => !r.total);
    expect(entry.length).toBeGreaterThan(2);
    const names = (t: TableBlock) => t.rows.filter((r) => !r.total).map((r) => r.cells[1]!);
    const graduates = (t: TableBlock) => t.rows.filter((r) => !r.total).map((r) => Number(r.cells[2]));

    const order = (o: string, appendix = false) =>
      configureSection({
        actor: actors.admin!,
        prisma: prisma(),
        year: YEAR,
        sectionKey: "student.employment",
        topics: ["student.employment"],
        blocks: ["table:employment"],
        blockOptions: { "table:employment": { order: o, appendix } },
      });
    await order("size");
    const bySize = tableIn(await preview(), "table:employment")!;
    expect(bySize.where).toBe("section");
    expect(graduates(bySize.table)).toEqual([...graduates(bySize.table)].sort((a, b) => b - a));
    expect(graduates(bySize.table)).not.toEqual(graduates(inAppendix.table));
    // 序号 is renumbered in the new order.
    expect(bySize.table.rows.filter((r) => !r.total).map((r) => r.cells[0])).toEqual(entry.map((_r, i) => String(i + 1)));

    await order("name", true);
    const byName = tableIn(await preview(), "table:employment")!;
    expect(byName.where).toBe("appendix");
    const collator = new Intl.Collator("zh-CN-u-co-pinyin");
    expect(names(byName.table)).toEqual([...names(inAppendix.table)].sort(collator.compare));

    await order("entry", true);
    expect(names(tableIn(await preview(), "table:employment")!.table)).toEqual(names(inAppendix.table));
    // The default is not stored.
    expect((await section("student.employment")).blockOptions).toEqual({ "table:employment": { appendix: true } });
  });

  it("names the indicator table's regional employment row after the college's region", async () => {
    const label = async () => {
      const service = (await preview()).appendix.find((t) => t.caption === "服务贡献表")!;
      return service.rows.map((r) => r.cells[1]).find((l) => l?.endsWith("就业比例") && l !== "中小微企业就业比例");
    };
    expect(await label()).toBe("京津冀地区就业比例");
    const college = await prisma().institution.findFirstOrThrow();
    const set = (region: string) =>
      updateInstitution({ actor: actors.admin!, prisma: prisma(), input: { name: college.name, city: college.city, region } });
    await set("长三角");
    expect(await label()).toBe("长三角地区就业比例");
    await set("");
    expect(await label()).toBe("本地区就业比例");
    expect((await prisma().institution.findFirstOrThrow()).region).toBeNull();
    await set("京津冀");
  });

  it("keeps every narrative through a template round trip, a hand-added section's text included", async () => {
    await write("custom-1", "  心理健康教育的一段说明。\n\n第二段。 ");
    const before = Object.fromEntries((await outline()).map((s) => [s.key, s.narrative]));
    const switchTo = (templateKey: string) =>
      createOutlineFromTemplate({ actor: actors.admin!, prisma: prisma(), year: YEAR, templateKey });
    await switchTo("2024");
    // The audit lists where texts of sections the new outline lacks went.
    const switched = await prisma().auditLog.findFirst({ where: { entityType: "ReportOutline" }, orderBy: { id: "desc" } });
    expect((switched?.changes as { reattached: { after: string[] } }).reattached.after).toContain("custom-1 → talent");
    const under2024 = (await outline()).map((s) => s.narrative).join("\u0000");
    for (const [key, text] of Object.entries(before)) if (text) expect(under2024, key).toContain(text);
    await switchTo("2022");
    const after = Object.fromEntries((await outline()).map((s) => [s.key, s.narrative]));
    // Every section of the template has its text back byte for byte; the hand-added section's
    // text is kept too, reattached to the chapter it stood in.
    for (const [key, text] of Object.entries(before)) {
      if (key.startsWith("custom-")) continue;
      if (key === "student") expect(after[key]).toBe([text, before["custom-1"]].filter(Boolean).join("\n\n"));
      else expect(after[key], key).toBe(text);
    }
    // The department set on a section whose key both templates have survives both switches.
    expect((await section("student.competitions")).departmentId).toBe(actors["staff-a"]!.departmentId);
    // The template's appendix placement comes back with the template.
    expect((await section("student.employment")).blockOptions).toEqual({ "table:employment": { appendix: true } });
  });

  it("refuses every outline change in an archived year", async () => {
    await changeYear({ actor: actors.admin!, prisma: prisma(), year: YEAR, input: { state: "ARCHIVED" } });
    const admin = actors.admin!;
    expect(await outcome(addSection({ actor: admin, prisma: prisma(), year: YEAR, parentKey: null, title: "x" }))).toBe("CONFLICT");
    expect(await outcome(deleteSection({ actor: admin, prisma: prisma(), year: YEAR, sectionKey: "student.party" }))).toBe("CONFLICT");
    expect(await outcome(configureSection({ actor: admin, prisma: prisma(), year: YEAR, sectionKey: "student.party", topics: [] }))).toBe(
      "CONFLICT",
    );
    expect(
      await outcome(editSection({ actor: admin, prisma: prisma(), year: YEAR, sectionKey: "student.party", title: "x", move: "down" })),
    ).toBe("CONFLICT");
    // Archived years drop out of 我的章节.
    expect(await mySections({ actor: actors["staff-a"]!, prisma: prisma() })).toEqual([]);
  });

  it("counts under 我的章节 the records a section's tables show, not only those under its topics", async () => {
    await changeYear({ actor: actors.admin!, prisma: prisma(), year: YEAR, input: { state: "PUBLISHED" } });
    await configureSection({
      actor: actors.admin!,
      prisma: prisma(),
      year: YEAR,
      sectionKey: "student.employment",
      topics: ["student.employment"],
      blocks: ["table:employment"],
      departmentId: actors["staff-a"]!.departmentId,
    });
    // The department's two employment records, entered without a report topic (the field is optional):
    // they reach the section through its employment table, and are counted there.
    const employment = kindBySlug("employment")!;
    for (const majorName of ["机电一体化技术", "工业机器人技术"]) {
      const r = await createRecord({
        actor: actors["staff-a"]!,
        prisma: prisma(),
        kind: employment,
        meta: { year: YEAR },
        input: { cohort: YEAR, majorName, graduates: 40, placed: 38 },
      });
      expect(r.topic).toBeNull();
      await transitionRecord({ actor: actors["staff-a"]!, prisma: prisma(), kind: employment, id: r.id, transition: "submit" });
      await transitionRecord({ actor: actors.reviewer!, prisma: prisma(), kind: employment, id: r.id, transition: "approve" });
    }
    const shown = await prisma().record.count({
      where: {
        year: YEAR,
        status: "APPROVED",
        deletedAt: null,
        OR: [{ topic: "student.employment" }, { kind: "employmentStat" }],
      },
    });
    const mine = (await mySections({ actor: actors["staff-a"]!, prisma: prisma() })).find((s) => s.key === "student.employment")!;
    expect(mine.approved).toBe(shown);
  });
});
