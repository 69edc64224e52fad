import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { buildReportDocument } from "../../lib/report/engine/build";
import { updateNarrative } from "../../lib/report/outline/narratives";
import { createOutlineFromTemplate, editSection } from "../../lib/report/outline/outline";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";

describe("editing the outline", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let actors: Record<string, Actor>;
  beforeAll(async () => {
    database = await demoDatabase();
    actors = database.actors;
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  const edit = (who: string, input: { sectionKey: string; title: string; move?: "up" | "down" }) =>
    editSection({ actor: actors[who]!, prisma: database.prisma, year: 2022, move: null, ...input });

  it("lets an admin rename a section and move it; the report follows, numbers stay in order", async () => {
    await edit("admin", { sectionKey: "student.employment", title: "就业质量与职业发展", move: "up" });
    const sections = await database.prisma.outlineSection.findMany({
      where: { year: 2022, parentKey: "student" },
      orderBy: { sortOrder: "asc" },
    });
    expect(sections.map((s) => `${s.number}${s.key}`).slice(2, 4)).toEqual(["（三）student.employment", "（四）student.campus"]);
    expect(sections[2]!.title).toBe("就业质量与职业发展");

    const doc = await buildReportDocument({ prisma: database.prisma, year: 2022, mode: "preview" });
    const chapter = doc!.chapters.find((c) => c.sections.some((s) => s.key === "student.employment"))!;
    expect(chapter.sections.map((s) => s.key).slice(2, 4)).toEqual(["student.employment", "student.campus"]);
    expect(chapter.sections[2]!.title).toBe("就业质量与职业发展");
    const log = await database.prisma.auditLog.findFirst({ where: { entityType: "OutlineSection", entityId: "2022/student.employment" } });
    expect(log?.changes).toMatchObject({ title: { before: "就业质量", after: "就业质量与职业发展" } });
  });

  it("refuses reviewers, staff and an empty title", async () => {
    expect(await outcome(edit("reviewer", { sectionKey: "student.party", title: "x" }))).toBe("FORBIDDEN");
    expect(await outcome(edit("staff-a", { sectionKey: "student.party", title: "x" }))).toBe("FORBIDDEN");
    expect(await outcome(edit("admin", { sectionKey: "student.party", title: "  " }))).toBe("INVALID");
    expect(await outcome(edit("admin", { sectionKey: "no.such", title: "x" }))).toBe("NOT_FOUND");
  });
});

describe("switching a year's outline between templates", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  const narratives = async () =>
    Object.fromEntries(
      (await database.prisma.outlineSection.findMany({ where: { year: 2022 }, orderBy: { sortOrder: "asc" } })).map((s) => [
        s.key,
        s.narrative,
      ]),
    );
  const switchTo = (templateKey: string) =>
    createOutlineFromTemplate({ actor: database.actors.admin!, prisma: database.prisma, year: 2022, templateKey });
  const write = async (sectionKey: string, narrative: string) => {
    const { version } = await database.prisma.outlineSection.findUniqueOrThrow({ where: { year_key: { year: 2022, key: sectionKey } } });
    await updateNarrative({ actor: database.actors.admin!, prisma: database.prisma, year: 2022, sectionKey, narrative, version });
  };

  it("keeps every narrative byte for byte through 2022 → 2024 → 2022, and shows all of them under 2024", async () => {
    // A chapter introduction (its chapter does not exist in 2024) and texts with blank lines and edge spaces.
    await write("student", "  本章导语。\n\n第二段，结尾有空格。  \n");
    await write("student.moral", "立德树人\n\n\n三个换行之后。\n");
    const before = await narratives();
    expect(Object.values(before).filter(Boolean).length).toBeGreaterThan(30);

    await switchTo("2024");
    const shown = Object.values(await narratives()).join("\u0000");
    for (const [key, text] of Object.entries(before)) if (text) expect(shown, key).toContain(text);

    await switchTo("2022");
    expect(await narratives()).toEqual(before);
    await switchTo("2022");
    expect(await narratives()).toEqual(before);
  });

  it("carries a merged narrative edited under 2024 back to its own section, leaving the others as they were", async () => {
    const before = await narratives();
    await switchTo("2024");
    await write("student.party", "党建引领与立德树人：改写后的一段。");
    await switchTo("2022");
    const after = await narratives();
    expect(after["student.party"]).toBe("党建引领与立德树人：改写后的一段。");
    // The edited text replaced the merge of 党建引领 and 立德树人; every other narrative is untouched.
    const { "student.party": _p, "student.moral": _m, ...rest } = after;
    const { "student.party": _bp, "student.moral": _bm, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });
});
