import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { CARRIED_KINDS, missingYearFigures, yearFigures } from "../../lib/records/carry";
import { RECORD_KINDS, type RecordKind } from "../../lib/records/kinds";
import type { FieldDecl } from "../../lib/records/declare";
import { flatten, includeKind } from "../../lib/records/store";
import { createRecord, findReadable, updateRecord } from "../../lib/records/write";
import { buildReportDocument } from "../../lib/report/engine/build";
import { checkConsistency } from "../../lib/report/checks/consistency";
import { loadReportData } from "../../lib/report/engine/load";
import type { ReportDocument, TableBlock } from "../../lib/report/model/document";
import { publishWithChecks } from "../../lib/report/editions/publish";
import { checkReadiness, summarise } from "../../lib/report/checks/readiness";
import { resolveToken } from "../../lib/report/tokens/tokens";
import { transitionRecord } from "../../lib/workflow/transitions";
import { openYear } from "../../lib/report/outline/open-year";
import { demoDatabase } from "../support/database";

/**
 * Issue 20 item 1: 沿用上年 walked for every carried kind, as the declaration lists them. The
 * year's own figures (fields not declared `carried`) start the new year's draft empty, never 0
 * or a default; a carried draft without them cannot be submitted; and should one reach the
 * approved data by another path, the report prints "—" (no total, no change over it), the
 * consistency panel names the record and the field, and publishing asks to confirm it.
 */

const FROM = 2022;
const TO = 2023;

/** A value a person could enter in a field, from its declaration (the figures non-zero, so a 0 is noticed). */
function sampleValue(kind: RecordKind, name: string, decl: FieldDecl): unknown {
  if (kind.slug === "majors" && name === "code") return "460399";
  switch (decl.type) {
    case "text":
    case "textarea":
      return `沿用${name}`;
    case "int":
      return name === "changeYear" ? FROM : 45;
    case "decimal":
    case "percent":
      return "12.5";
    case "date":
      return `${FROM}-03-01`;
    case "enum":
      // The last choice: never a kind's default (保留, 学生 …), so a default in the copy would show.
      return decl.enum ? decl.enum.values[decl.enum.values.length - 1] : decl.options![0];
    case "list":
      return ["机电一体化技术"];
    case "prizes":
      return [{ prize: "一等奖", count: 2, unit: "人次" }];
  }
}

const sampleInput = (kind: RecordKind) =>
  Object.fromEntries(
    Object.entries(kind.fields)
      .filter(([name]) => name !== "topic")
      .map(([name, decl]) => [name, sampleValue(kind, name, decl)]),
  );

// Dates come back as Date, decimals as strings: compare what a person reads.
const same = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? null : JSON.parse(JSON.stringify(v)));

const sections = (doc: ReportDocument) => doc.chapters.flatMap((c) => [c, ...c.sections]);
const tableOf = (doc: ReportDocument, key: string) =>
  sections(doc)
    .flatMap((s) => s.blocks)
    .find((b): b is TableBlock => b.type === "table" && b.key === key);

describe("沿用上年 leaves the year's own figures empty, refuses to submit them empty, and the report never prints them as 0", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const as = (name: string) => ({ actor: database.actors[name]!, prisma: database.prisma });
  /** Per carried kind: the approved origin in FROM and its carried draft in TO. */
  const walked = new Map<string, { origin: Record<string, unknown>; copyId: string }>();
  const workshops = CARRIED_KINDS.find((k) => k.slug === "luban-workshops")!;
  let secondOrigin = "";
  const load = async (kind: RecordKind, id: string) =>
    flatten(await database.prisma.record.findUniqueOrThrow({ where: { id }, include: includeKind(kind) }));

  beforeAll(async () => {
    database = await demoDatabase();
    for (const kind of CARRIED_KINDS) {
      const r = await createRecord({ ...as("staff-a"), kind, input: sampleInput(kind), meta: { year: FROM } });
      await transitionRecord({ ...as("staff-a"), kind, id: r.id, transition: "submit" });
      await transitionRecord({ ...as("reviewer"), kind, id: r.id, transition: "approve" });
      walked.set(kind.slug, { origin: await load(kind, r.id), copyId: "" });
    }
    // A second workshop, which its department will fill in properly.
    const second = await createRecord({
      ...as("staff-a"),
      kind: workshops,
      input: { ...sampleInput(workshops), name: "第二工坊" },
      meta: { year: FROM },
    });
    await transitionRecord({ ...as("staff-a"), kind: workshops, id: second.id, transition: "submit" });
    await transitionRecord({ ...as("reviewer"), kind: workshops, id: second.id, transition: "approve" });
    secondOrigin = second.id;
    await openYear({ ...as("admin"), input: { year: TO, academicYear: `${TO - 1}-${TO}`, source: "previous" } });
    for (const kind of CARRIED_KINDS) {
      const w = walked.get(kind.slug)!;
      w.copyId = (await database.prisma.record.findFirstOrThrow({ where: { carriedFromId: String(w.origin.id) } })).id;
    }
  }, 240_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("declares the year's own figures only on carried kinds, never as carried themselves (Luban Workshops: its four counts)", () => {
    expect(CARRIED_KINDS.length).toBeGreaterThan(0);
    for (const kind of RECORD_KINDS) {
      for (const [name, decl] of Object.entries(kind.fields)) {
        if (!decl.yearly) continue;
        expect(kind.carried, `${kind.slug}.${name} is yearly in a kind that is not carried`).toBe(true);
        expect(decl.carried, `${kind.slug}.${name} is both yearly and carried`).toBeFalsy();
      }
    }
    expect(yearFigures(CARRIED_KINDS.find((k) => k.slug === "luban-workshops")!)).toEqual([
      "enrolled",
      "trained",
      "teachers",
      "teachersTrained",
    ]);
  });

  it("copies every carried field and leaves every other field of every carried kind empty: not 0, not a default", async () => {
    for (const kind of CARRIED_KINDS) {
      const { origin, copyId } = walked.get(kind.slug)!;
      const copy = await load(kind, copyId);
      for (const [name, decl] of Object.entries(kind.fields)) {
        if (name === "topic") continue;
        if (decl.carried) expect(same(copy[name]), `${kind.slug}.${name} copied`).toEqual(same(origin[name]));
        else {
          expect(origin[name], `${kind.slug}.${name} was entered last year`).not.toBeNull();
          expect(copy[name], `${kind.slug}.${name} starts empty`).toBeNull();
        }
      }
    }
  });

  it("refuses to submit a carried draft without the year's figures, naming them; a kind with none submits as it is", async () => {
    for (const kind of CARRIED_KINDS) {
      const { copyId } = walked.get(kind.slug)!;
      const own = yearFigures(kind);
      const submit = transitionRecord({ ...as("staff-a"), kind, id: copyId, transition: "submit" });
      if (!own.length) {
        await expect(submit, kind.slug).resolves.toMatchObject({ status: "SUBMITTED" });
        continue;
      }
      const labels = own.map((f) => kind.fields[f]!.zh).join("、");
      const err = await submit.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, kind.slug).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: "INVALID", message: expect.stringContaining(`沿用上年：请填写本年度的${labels}`) });
      expect(Object.keys((err as AppError).fieldErrors ?? {}).sort(), kind.slug).toEqual([...own].sort());
      expect((await load(kind, copyId)).status, kind.slug).toBe("DRAFT");
    }
    // Filling some of them is not enough: the refusal names what is left.
    const { copyId } = walked.get(workshops.slug)!;
    const current = await findReadable(as("staff-a"), workshops, copyId);
    const input = { ...sampleInput(workshops), enrolled: 52, trained: "", teachers: null };
    delete (input as Record<string, unknown>).teachersTrained;
    const saved = await updateRecord({ ...as("staff-a"), kind: workshops, id: copyId, version: current.version, input });
    // Blank in the form or left out of the API body is empty, not 0.
    expect(saved).toMatchObject({ enrolled: 52, trained: null, teachers: null, teachersTrained: null });
    await expect(transitionRecord({ ...as("staff-a"), kind: workshops, id: copyId, transition: "submit" })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("沿用上年：请填写本年度的培训人数、师资人数、培训师资人数"),
    });
  });

  it("once the department enters them (0 typed is a figure), the carried draft submits and is approved", async () => {
    const draft = await database.prisma.record.findFirstOrThrow({
      where: { carriedFromId: secondOrigin },
      include: includeKind(workshops),
    });
    const values = flatten(draft);
    expect(missingYearFigures(workshops, values)).toEqual(yearFigures(workshops));
    const input = Object.fromEntries(Object.keys(workshops.fields).map((f) => [f, values[f]]));
    const updated = await updateRecord({
      ...as("staff-a"),
      kind: workshops,
      id: draft.id,
      version: draft.version,
      input: { ...input, enrolled: 0, trained: 12, teachers: 3, teachersTrained: 1 },
    });
    expect(updated).toMatchObject({ enrolled: 0, trained: 12, teachers: 3, teachersTrained: 1 });
    await expect(transitionRecord({ ...as("staff-a"), kind: workshops, id: draft.id, transition: "submit" })).resolves.toMatchObject({
      status: "SUBMITTED",
    });
    const approved = await transitionRecord({ ...as("reviewer"), kind: workshops, id: draft.id, transition: "approve" });
    // A revision of it that empties a figure again is refused the same way.
    const input2 = { ...input, enrolled: 0, trained: 12, teachers: "", teachersTrained: 1 };
    await updateRecord({ ...as("staff-a"), kind: workshops, id: draft.id, version: approved.version, input: input2 });
    await expect(transitionRecord({ ...as("staff-a"), kind: workshops, id: draft.id, transition: "submit" })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("沿用上年：请填写本年度的师资人数"),
    });
  });

  it("a carried record approved with a figure missing (by an older path) prints 「—」 in the report, with no total or change over it", async () => {
    const holes = CARRIED_KINDS.filter((k) => yearFigures(k).length);
    // As a record carried before this rule, or approved by any path that skipped it.
    await database.prisma.record.updateMany({
      where: { id: { in: holes.map((k) => walked.get(k.slug)!.copyId) } },
      data: { status: "APPROVED" },
    });
    const data = (await loadReportData({ prisma: database.prisma, year: TO, mode: "approved" }))!;
    for (const kind of holes) {
      const row = data.rows[kind.model].find((r) => r.id === walked.get(kind.slug)!.copyId)!;
      expect(missingYearFigures(kind, row).length, kind.slug).toBeGreaterThan(0);
    }

    const doc = (await buildReportDocument({ prisma: database.prisma, year: TO, mode: "approved" }))!;
    const luban = tableOf(doc, "table:luban-workshops")!;
    const workshop = luban.rows.find((r) => r.id === walked.get("luban-workshops")!.copyId)!;
    const [enrolled, trained, teachers, teachersTrained, lastYear, change] = workshop.cells.slice(4);
    expect([enrolled, trained, teachers, teachersTrained]).toEqual(["52", "—", "—", "—"]);
    expect(lastYear).toBe("45");
    expect(change).toBe("+7");
    // With the second workshop (its figures entered): a column with a hole has no total, the others add up.
    const total = luban.rows.find((r) => r.total)!;
    expect(total.cells.slice(4, 8)).toEqual(["52", "—", "—", "—"]);
    expect(luban.note).toContain("未填报");
    const second = luban.rows.find((r) => r.cells[0] === "第二工坊")!;
    expect(second.cells.slice(4, 8)).toEqual(["0", "12", "3", "1"]);
    expect(resolveToken({ year: TO, data }, "luban.trained")?.text).toBeNull();
    expect(resolveToken({ year: TO, data }, "luban.enrolled")?.text).toBe("52");
    const majorRow = tableOf(doc, "table:majors")!.rows.find((r) => r.id === walked.get("majors")!.copyId)!;
    expect(majorRow.cells[3]).toContain("—");
    expect(resolveToken({ year: TO, data }, "majors.new")?.text).toBeNull();
    expect(JSON.stringify(workshop.cells)).not.toMatch(/"0"/);

    // The consistency panel names each such record and the fields it lacks.
    const named = checkConsistency(data).filter((i) => i.code === "MISSING_FIGURE");
    for (const kind of holes) {
      const id = walked.get(kind.slug)!.copyId;
      const issue = named.find((i) => i.refs.some((r) => r.id === id));
      expect(issue, kind.slug).toBeDefined();
      expect(issue!.severity).toBe("warning");
      expect(issue!.href).toBe(`/admin/records/${kind.slug}/${id}`);
      const row = data.rows[kind.model].find((r) => r.id === id)!;
      for (const f of missingYearFigures(kind, row)) expect(issue!.message).toContain(kind.fields[f]!.zh);
      expect(issue!.message).toContain(kind.zh);
    }
    expect(named.find((i) => i.refs[0]!.id === walked.get("luban-workshops")!.copyId)!.message).toContain("沿用name");
  });

  it("publishing names the missing figures and goes ahead only once the publisher confirms them; the edition prints 「—」", async () => {
    const base = summarise(await checkReadiness({ year: TO, prisma: database.prisma })).map((w) => w.code);
    const publish = (acknowledged: string[]) => publishWithChecks({ ...as("reviewer"), year: TO, acknowledged, startPdfWorker: false });
    await expect(publish(base)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("已审核的记录缺少本年度数据"),
      fieldErrors: { acknowledge: [expect.stringMatching(/^MISSING_FIGURE: .*（2）$/)] },
    });
    const edition = await publish([...base, "MISSING_FIGURE"]);
    expect(edition.warnings).toContain("MISSING_FIGURE");
    const stored = await database.prisma.reportEdition.findUniqueOrThrow({ where: { id: edition.id } });
    const doc = stored.document as unknown as ReportDocument;
    const row = tableOf(doc, "table:luban-workshops")!.rows.find((r) => r.id === walked.get("luban-workshops")!.copyId)!;
    expect(row.cells.slice(4, 8)).toEqual(["52", "—", "—", "—"]);
  });
});
