import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { completeness } from "../../lib/report/outline/completeness";
import { demoDatabase } from "../support/database";

describe("completeness dashboard data", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let actors: Record<string, Actor>;
  beforeAll(async () => {
    database = await demoDatabase();
    actors = database.actors;
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("counts records per section and department and flags sections with nothing approved", async () => {
    await database.prisma.record.updateMany({
      where: { kind: "competitionAward", topic: "student.competitions", year: 2022 },
      data: { status: "SUBMITTED" },
    });
    await database.prisma.record.updateMany({
      where: { kind: "figure", topic: "student.competitions", year: 2022 },
      data: { status: "SUBMITTED" },
    });
    await database.prisma.record.updateMany({
      where: { kind: "case", topic: "student.competitions", year: 2022 },
      data: { status: "SUBMITTED" },
    });
    await database.prisma.record.updateMany({ where: { kind: "hostedCompetition", year: 2022 }, data: { status: "SUBMITTED" } });
    await database.prisma.record.updateMany({
      where: { kind: "indicator", topic: "student.competitions", year: 2022 },
      data: { status: "SUBMITTED" },
    });
    await database.prisma.record.updateMany({
      where: { kind: "honour", topic: "student.competitions", year: 2022 },
      data: { status: "SUBMITTED" },
    });
    const data = await completeness({ actor: actors.reviewer!, year: 2022, prisma: database.prisma });

    const majors = data.sections.find((s) => s.key === "teaching.majors")!;
    expect(majors.counts.APPROVED).toBeGreaterThanOrEqual(16);
    expect(majors.missingApproved).toBe(false);
    // 表1's section: every award is submitted, but the table still counts the other approved awards of the year
    const skills = data.sections.find((s) => s.key === "student.competitions")!;
    expect(skills.counts.SUBMITTED).toBeGreaterThanOrEqual(29);
    const totalApproved = data.departments.reduce((a, d) => a + d.counts.APPROVED, 0);
    const expected = await database.prisma.record.count({ where: { kind: "major", year: 2022, status: "APPROVED" } });
    expect(totalApproved).toBeGreaterThan(expected);
    await expect(completeness({ actor: actors["staff-a"]!, year: 2022, prisma: database.prisma })).rejects.toThrow(/无权/);
  });

  it("flags a section whose records are all unapproved", async () => {
    await database.prisma.record.updateMany({ where: { kind: "lubanWorkshop" }, data: { status: "DRAFT" } });
    await database.prisma.record.updateMany({ where: { topic: "intl.overseas" }, data: { status: "DRAFT" } });
    const data = await completeness({ actor: actors.admin!, year: 2022, prisma: database.prisma });
    const overseas = data.sections.find((s) => s.key === "intl.overseas")!;
    expect(overseas.counts.APPROVED).toBe(0);
    expect(overseas.counts.DRAFT).toBeGreaterThan(0);
    expect(overseas.missingApproved).toBe(true);
  });
});

describe("completeness counts each record once", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("counts a returned award once in 技能大赛 (its topic and its table), totals chapters and leaves narrative-only sections unflagged", async () => {
    const one = await database.prisma.record.findFirstOrThrow({
      where: { kind: "competitionAward", topic: "student.competitions", year: 2022 },
    });
    await database.prisma.record.update({ where: { id: one.id }, data: { status: "RETURNED", returnReason: "核对名称" } });
    const data = await completeness({ actor: database.actors.reviewer!, year: 2022, prisma: database.prisma });
    const skills = data.sections.find((s) => s.key === "student.competitions")!;
    expect(skills.counts.RETURNED).toBe(1);
    const awards = await database.prisma.record.count({ where: { kind: "competitionAward", year: 2022, deletedAt: null } });
    const topicOthers = await database.prisma.record.count({
      where: { topic: "student.competitions", year: 2022, deletedAt: null, NOT: { kind: "competitionAward" } },
    });
    expect(skills.total).toBe(awards + topicOthers);
    expect(skills.approvedShare).toBe(Math.round((skills.counts.APPROVED / skills.total) * 100));

    const chapter = data.sections.find((s) => s.key === "student")!;
    const children = data.sections.filter((s) => s.level === 2 && s.key.startsWith("student."));
    expect(chapter.chapter).toBe(true);
    expect(chapter.total).toBeGreaterThanOrEqual(Math.max(...children.map((c) => c.total)));
    expect(chapter.counts.RETURNED).toBe(1);

    // a section told only in its narrative, with no records at all, is not flagged
    const narrativeOnly = data.sections.find((s) => s.level === 2 && s.total === 0 && s.hasNarrative);
    if (narrativeOnly) expect(narrativeOnly.missingApproved).toBe(false);
    await database.prisma.outlineSection.update({
      where: { year_key: { year: 2022, key: "student.party" } },
      data: { narrative: "只有叙述" },
    });
    await database.prisma.record.updateMany({ where: { topic: "student.party", year: 2022 }, data: { deletedAt: new Date() } });
    const again = await completeness({ actor: database.actors.reviewer!, year: 2022, prisma: database.prisma });
    expect(again.sections.find((s) => s.key === "student.party")!.missingApproved).toBe(false);
    await database.prisma.outlineSection.update({ where: { year_key: { year: 2022, key: "student.party" } }, data: { narrative: "" } });
    const empty = await completeness({ actor: database.actors.reviewer!, year: 2022, prisma: database.prisma });
    expect(empty.sections.find((s) => s.key === "student.party")!.missingApproved).toBe(true);
  });
});
