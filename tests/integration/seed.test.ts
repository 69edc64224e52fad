import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordCost } from "../../lib/auth/password";
import { DEMO_YEAR, seedDemo } from "../../lib/demo/seed";
import { fixed } from "../../lib/decimal";
import { certificateMetrics, employmentMetrics, fundingMetrics, trainingMetrics } from "../../lib/report/tokens/metrics";
import { MODEL_NAMES } from "../../lib/records/store";
import { migratedDatabase } from "../support/database";

const TABLES = [
  "institution",
  "reportYear",
  "department",
  "user",
  "outlineSection",
  "record",
  "partnerEnterprise",
  "partnerReport",
  // every kind table, from the one list of kinds
  ...MODEL_NAMES,
] as const;

describe("demo seed", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    database = await migratedDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  async function counts() {
    const p = database.prisma as unknown as Record<string, { count(): Promise<number> }>;
    return Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await p[t]!.count()] as const)));
  }

  it("is idempotent: a second run changes no counts", async () => {
    await seedDemo(database.prisma, { users: true });
    const first = await counts();
    await seedDemo(database.prisma, { users: true });
    expect(await counts()).toEqual(first);
    expect(first.competitionAward).toBeGreaterThanOrEqual(29);
    expect(first.user).toBe(10); // admin, reviewer, two staff, three partner enterprises, two department heads, the leader
    expect(first.partnerEnterprise).toBe(3);
    expect(await database.prisma.partnerEnterprise.count({ where: { userId: { not: null } } })).toBe(3);
    expect(await database.prisma.partnerReport.count({ where: { year: DEMO_YEAR, status: "APPROVED" } })).toBe(3);
  }, 120_000);

  it("reproduces the report's numbers from approved records", async () => {
    const p = database.prisma;
    const approved = { status: "APPROVED" as const };
    const employment = await p.employmentStat.findMany({ where: { record: approved } });
    const e = employmentMetrics(employment, DEMO_YEAR);
    expect(e.graduates).toBe(3071);
    expect(fixed(e.placementRate!)).toBe("95.08");
    expect(fixed(e.placementRateChange!)).toBe("5.62");
    expect(fixed(e.averageSalary!, 0)).toBe("4030");

    const f = fundingMetrics(await p.fundingItem.findMany({ where: { record: { ...approved, year: DEMO_YEAR } } }));
    expect([f.incomeTotal, f.basic, f.special, f.operating, f.otherOperating].map((v) => fixed(v))).toEqual([
      "16615.25",
      "3885.83",
      "8078.13",
      "4522.07",
      "129.22",
    ]);
    expect(fixed(f.appropriationTotal)).toBe("11963.96");
    expect(fixed(f.selfRaisedTotal)).toBe("4651.29");

    const c = certificateMetrics(await p.certificatePilot.findMany({ where: { record: { ...approved, year: DEMO_YEAR } } }));
    expect([c.count, c.pilotMajors, c.planned, c.trained, c.examined]).toEqual([17, 20, 718, 853, 168]);
    expect(fixed(c.passRate!, 1)).toBe("84.5");

    const t = trainingMetrics(await p.socialTraining.findMany({ where: { record: { ...approved, year: DEMO_YEAR } } }));
    expect(t.programmes).toBe(36);
    expect(fixed(t.hours, 0)).toBe("5860");
    expect(fixed(t.skillShare!)).toBe("40.61");
    expect(fixed(t.publicShare!)).toBe("59.39");
    expect(t.personTimes).toBe(14750);

    expect(await p.major.count({ where: { record: { ...approved, year: DEMO_YEAR } } })).toBe(16);
    expect(await p.record.count({ where: { ...approved, kind: "case" } })).toBe(22);
    expect(await p.record.count({ where: { ...approved, kind: "figure" } })).toBe(95);
    expect(await p.outlineSection.count({ where: { year: DEMO_YEAR, level: 1 } })).toBe(8);
  });

  it("stores passwords only as hashes, at the configured cost", async () => {
    const users = await database.prisma.user.findMany();
    const cost = String(passwordCost()).padStart(2, "0");
    for (const u of users) expect(u.passwordHash).toMatch(new RegExp(`^\\$2[aby]\\$${cost}\\$`));
  });
});
