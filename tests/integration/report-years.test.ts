import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateNarrative } from "../../lib/report/outline/narratives";
import { editSection } from "../../lib/report/outline/outline";
import { publishEdition } from "../../lib/report/editions/editions";
import { openYear } from "../../lib/report/outline/open-year";
import { changeYear, daysLeft } from "../../lib/years/service";
import { demoDatabase } from "../support/database";
import { outcome } from "../support/errors";

describe("report years", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });
  const as = (name: string) => ({ actor: database.actors[name]!, prisma: database.prisma });

  it("opens 2023 by continuing 2022: the outline as edited and every narrative byte for byte", async () => {
    await editSection({ ...as("admin"), year: 2022, sectionKey: "student.competitions", title: "技能大赛（改名）", move: null });
    expect(await outcome(openYear({ ...as("reviewer"), input: { year: 2023, academicYear: "2022-2023", source: "previous" } }))).toBe(
      "FORBIDDEN",
    );
    expect(await outcome(openYear({ ...as("admin"), input: { year: 2023, academicYear: "2021-2022", source: "previous" } }))).toBe(
      "INVALID",
    );
    await openYear({ ...as("admin"), input: { year: 2023, academicYear: "2022-2023", source: "previous", deadline: "2023-06-30" } });
    const pick = async (year: number) =>
      (await database.prisma.outlineSection.findMany({ where: { year }, orderBy: { sortOrder: "asc" } })).map((s) => [
        s.key,
        s.title,
        s.number,
        s.narrative,
        s.topics.join(),
      ]);
    expect(await pick(2023)).toEqual(await pick(2022));
    expect((await pick(2023)).some(([, title]) => title === "技能大赛（改名）")).toBe(true);
    const year = await database.prisma.reportYear.findUniqueOrThrow({ where: { year: 2023 } });
    expect(year).toMatchObject({ state: "OPEN", templateKey: "2022" });
    expect(year.deadline?.toISOString().slice(0, 10)).toBe("2023-06-30");
    expect(await outcome(openYear({ ...as("admin"), input: { year: 2023, academicYear: "2022-2023", source: "2024" } }))).toBe("CONFLICT");
  });

  it("opens a year from the 2024 template with its seven chapters", async () => {
    await openYear({ ...as("admin"), input: { year: 2030, academicYear: "2029-2030", source: "2024" } });
    const chapters = await database.prisma.outlineSection.count({ where: { year: 2030, level: 1 } });
    expect(chapters).toBeGreaterThanOrEqual(7);
  });

  it("an archived year refuses narrative, outline and publishing writes until an admin reopens it; audited", async () => {
    const section = await database.prisma.outlineSection.findFirstOrThrow({ where: { year: 2023, level: 2 } });
    await changeYear({ ...as("admin"), year: 2023, input: { state: "ARCHIVED" } });
    expect(
      await outcome(updateNarrative({ ...as("reviewer"), year: 2023, sectionKey: section.key, narrative: "改", version: section.version })),
    ).toBe("CONFLICT");
    expect(await outcome(editSection({ ...as("admin"), year: 2023, sectionKey: section.key, title: "新标题", move: null }))).toBe(
      "CONFLICT",
    );
    expect(await outcome(publishEdition({ ...as("reviewer"), year: 2023 }))).toBe("CONFLICT");
    await changeYear({ ...as("admin"), year: 2023, input: { state: "OPEN" } });
    expect(
      await outcome(updateNarrative({ ...as("reviewer"), year: 2023, sectionKey: section.key, narrative: "改", version: section.version })),
    ).toBe("OK");
    const actions = (
      await database.prisma.auditLog.findMany({ where: { entityType: "ReportYear", entityId: "2023" }, orderBy: { at: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["YEAR_OPEN", "YEAR_ARCHIVE", "YEAR_REOPEN"]);
  });

  it("counts the days left to a deadline in Beijing time", () => {
    const deadline = new Date("2025-06-30T00:00:00Z");
    expect(daysLeft(deadline, new Date("2025-06-20T10:00:00Z"))).toBe(10);
    // 2025-06-29 17:00 UTC is already 06-30 01:00 in Beijing: the deadline is today.
    expect(daysLeft(deadline, new Date("2025-06-29T17:00:00Z"))).toBe(0);
    expect(daysLeft(deadline, new Date("2025-07-02T01:00:00Z"))).toBe(-2);
  });
});
