import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openedMessage, openYear } from "../../lib/report/outline/open-year";
import { demoDatabase } from "../support/database";

// 沿用上年 tells each department of its carried drafts. Only a department's own staff may fill and
// submit them, so the drafts of a department without a staff account (the demo's 国际交流合作处
// holds the Luban Workshops) reached nobody and silently stayed out of the next report: whoever
// opens the year is now told which departments they are, and how many records each.
describe("opening next year: carried drafts nobody can confirm are named to the admin", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("names each department without staff and its count; departments with staff are notified as before", async () => {
    const { prisma } = database;
    const opened = await openYear({
      actor: database.actors.admin!,
      prisma,
      input: { year: 2023, academicYear: "2022-2023", source: "previous" },
    });
    expect(opened.carried).toBeGreaterThan(0);

    // The truth from the data: per department, its carried drafts and whether any active staff belong to it.
    const drafts = await prisma.record.groupBy({ by: ["departmentId"], where: { year: 2023, carriedFromId: { not: null } }, _count: true });
    const staffed = new Set(
      (await prisma.user.findMany({ where: { role: "STAFF", active: true, departmentId: { not: null } } })).map((u) => u.departmentId),
    );
    const departments = new Map((await prisma.department.findMany()).map((d) => [d.id, d.name]));
    const expected = drafts
      .filter((d) => !staffed.has(d.departmentId))
      .map((d) => ({ name: departments.get(d.departmentId), records: d._count }));
    expect(expected.map((e) => e.name)).toContain("国际交流合作处");
    expect(opened.unheard.map(({ name, records }) => ({ name, records })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      expected.sort((a, b) => a.name!.localeCompare(b.name!)),
    );

    // Nobody holds a notice for them; the staffed departments' staff do.
    const notices = await prisma.notification.findMany({ where: { type: "CARRIED" } });
    const noticed = new Set(notices.flatMap((n) => n.recordIds));
    const orphans = await prisma.record.findMany({
      where: { year: 2023, departmentId: { in: opened.unheard.map((u) => u.departmentId) } },
      select: { id: true },
    });
    expect(orphans.length).toBe(expected.reduce((n, e) => n + e.records, 0));
    for (const o of orphans) expect(noticed.has(o.id)).toBe(false);
    expect(notices.length).toBeGreaterThan(0);

    // What the admin reads: Chinese first, English in （）, the departments by name with their counts.
    const message = openedMessage(opened);
    const stuck = orphans.length;
    expect(message).toContain(`已开启2023年度，沿用上年记录 ${opened.carried} 条，待各部门确认；其中 ${stuck} 条所属部门没有填报账号`);
    expect(message).toMatch(/国际交流合作处 \d+ 条/);
    expect(message).toMatch(/（opened 2023, \d+ records carried from last year .*国际交流合作处 \(\d+\).*）$/);
  });

  it("says only what happened when nothing was carried or everyone was told", () => {
    expect(openedMessage({ year: 2025, carried: 0, unheard: [] })).toBe("已开启2025年度（opened 2025）");
    expect(openedMessage({ year: 2025, carried: 4, unheard: [] })).toBe(
      "已开启2025年度，沿用上年记录 4 条，待各部门确认（opened 2025, 4 records carried from last year for the departments to confirm）",
    );
  });
});
