import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { buildReportDocument } from "../../lib/report/build";
import { editSection } from "../../lib/report/outline";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";

describe("editing the outline", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let actors: Record<string, Actor>;
  beforeAll(async () => {
    database = await demoDatabase();
    actors = database.actors;
  }, 180_000);
  afterAll(async () => { await database?.dispose(); });

  const edit = (who: string, input: { sectionKey: string; title: string; move?: "up" | "down" }) =>
    editSection({ actor: actors[who], prisma: database.prisma, year: 2022, move: null, ...input });

  it("lets an admin rename a section and move it; the report follows, numbers stay in order", async () => {
    await edit("admin", { sectionKey: "student.employment", title: "就业质量与职业发展", move: "up" });
    const sections = await database.prisma.outlineSection.findMany({ where: { year: 2022, parentKey: "student" }, orderBy: { sortOrder: "asc" } });
    expect(sections.map((s) => `${s.number}${s.key}`).slice(2, 4)).toEqual(["（三）student.employment", "（四）student.campus"]);
    expect(sections[2].title).toBe("就业质量与职业发展");

    const doc = await buildReportDocument({ prisma: database.prisma, year: 2022, mode: "preview" });
    const chapter = doc!.chapters.find((c) => c.sections.some((s) => s.key === "student.employment"))!;
    expect(chapter.sections.map((s) => s.key).slice(2, 4)).toEqual(["student.employment", "student.campus"]);
    expect(chapter.sections[2].title).toBe("就业质量与职业发展");
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
