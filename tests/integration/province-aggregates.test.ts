import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { type AggregateTable, aggregateTables, provinceFigure, topPerRegion } from "../../lib/province/aggregates";
import { pickCase, searchCases, ZCaseSearch } from "../../lib/province/cases";
import type { Actor } from "../../lib/auth/actor";
import { migratedDatabase } from "../support/database";

/**
 * Aggregates over three invented colleges, against values worked out by hand. The placement rate
 * is the case an average gets wrong: 90/100, 1/2 and 950/1000 are 1041/1102 = 94.46 %, while the
 * average of the three rates is 78.33 %.
 */
let database: Awaited<ReturnType<typeof migratedDatabase>>;
let prisma: PrismaClient;

type Fig = { code: string; value: string | null; numerator?: string; denominator?: string; skipped?: boolean };
const TABLE = {
  key: "scorecard",
  title: "计分卡",
  rows: [
    { code: "SC01", label: "毕业生人数", unit: "人" },
    { code: "SC02", label: "毕业去向落实率", unit: "%" },
    { code: "SC03", label: "月收入", unit: "元" },
  ],
};

async function submit(
  college: { code: string; name: string; type: "HIGHER" | "SECONDARY"; city: string },
  year: number,
  figures: Fig[],
  current = true,
) {
  const c = await prisma.college.upsert({ where: { code: college.code }, create: college, update: {} });
  const version = (await prisma.submission.count({ where: { collegeId: c.id, year } })) + 1;
  const s = await prisma.submission.create({
    data: {
      collegeId: c.id,
      year,
      editionVersion: version,
      packageSha256: "0".repeat(64),
      report: { indicatorTables: [TABLE] },
      current,
    },
  });
  await prisma.submittedFigure.createMany({
    data: figures.map((f) => ({
      submissionId: s.id,
      collegeId: c.id,
      year,
      current,
      tableKey: "scorecard",
      rowCode: f.code,
      value: f.value,
      numerator: f.numerator ?? null,
      denominator: f.denominator ?? null,
      skipped: f.skipped ?? false,
    })),
  });
}

const A = { code: "1000000001", name: "甲职业技术学院", type: "HIGHER" as const, city: "甲市" };
const B = { code: "1000000002", name: "乙职业学校", type: "SECONDARY" as const, city: "甲市" };
const C = { code: "1000000003", name: "丙职业技术学院", type: "HIGHER" as const, city: "乙市" };
const D = { code: "1000000004", name: "丁职业学校", type: "SECONDARY" as const, city: "乙市" };

beforeAll(async () => {
  database = await migratedDatabase();
  prisma = database.prisma;
  await submit(A, 2024, [
    { code: "SC01", value: "100" },
    { code: "SC02", value: "90.00", numerator: "90", denominator: "100" },
    { code: "SC03", value: "4200" },
  ]);
  await submit(B, 2024, [
    { code: "SC01", value: "2" },
    { code: "SC02", value: "50.00", numerator: "1", denominator: "2" },
    { code: "SC03", value: "3000" },
  ]);
  // C's first edition said 900 placed; its second (current) edition says 950.
  await submit(C, 2024, [{ code: "SC02", value: "90.00", numerator: "900", denominator: "1000" }], false);
  await submit(C, 2024, [
    { code: "SC01", value: "1000" },
    { code: "SC02", value: "95.00", numerator: "950", denominator: "1000" },
  ]);
  // D has no graduates this year: its graduate rows are skipped, and count for nobody.
  await submit(D, 2024, [
    { code: "SC01", value: null, skipped: true },
    { code: "SC02", value: null, skipped: true },
  ]);
  await submit(A, 2023, [
    { code: "SC01", value: "80" },
    { code: "SC02", value: "87.50", numerator: "70", denominator: "80" },
  ]);
});

afterAll(() => database?.dispose());

/** One row of the aggregated tables by its code. */
const rowOf = (tables: AggregateTable[], code: string) => {
  const row = tables.flatMap((t) => t.rows).find((r) => r.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
};

describe("the province's indicator tables", () => {
  it("computes a rate as Σnumerator / Σdenominator, not an average of rates", async () => {
    const rate = rowOf(await aggregateTables(prisma, 2024), "SC02").current.get("")!;
    expect(rate.method).toBe("ratio");
    expect(rate.numerator!.toString()).toBe("1041");
    expect(rate.denominator!.toString()).toBe("1102");
    expect(rate.value!.toFixed(2)).toBe("94.46");
    expect(rate.colleges).toBe(3);
  });

  it("adds up counts, and leaves a per-head amount blank", async () => {
    const tables = await aggregateTables(prisma, 2024);
    expect(rowOf(tables, "SC01").current.get("")!.value!.toString()).toBe("1102");
    const salary = rowOf(tables, "SC03").current.get("")!;
    expect(salary.method).toBe("none");
    expect(salary.value).toBeNull();
  });

  it("breaks down by type and by city, and puts last year beside", async () => {
    const rate = rowOf(await aggregateTables(prisma, 2024, "type"), "SC02");
    expect(rate.current.get("HIGHER")!.value!.toFixed(2)).toBe("94.55"); // 1040/1100
    expect(rate.current.get("SECONDARY")!.value!.toFixed(2)).toBe("50.00");
    expect(
      rowOf(await aggregateTables(prisma, 2024, "city"), "SC01")
        .current.get("甲市")!
        .value!.toString(),
    ).toBe("102");
    expect(
      rowOf(await aggregateTables(prisma, 2024), "SC02")
        .previous.get("")!
        .value!.toFixed(2),
    ).toBe("87.50");
  });

  it("gives a provincial report's token its figure", async () => {
    const f = await provinceFigure(prisma, 2024, "SC02");
    expect(f.unit).toBe("%");
    expect(f.value!.toFixed(2)).toBe("94.46");
  });

  it("ranks the top 10 % of each region (at least one), by each college's own rate", async () => {
    const top = await topPerRegion(prisma, 2024, "SC02", 0.1);
    expect(top.map((t) => [t.city, t.name, t.value.toFixed(2), t.rank, t.regionSize])).toEqual([
      ["乙市", "丙职业技术学院", "95.00", 1, 1],
      ["甲市", "甲职业技术学院", "90.00", 1, 2],
    ]);
    const all = await topPerRegion(prisma, 2024, "SC02", 1);
    expect(all.filter((t) => t.city === "甲市").map((t) => t.name)).toEqual(["甲职业技术学院", "乙职业学校"]);
  });
});

describe("the case pool", () => {
  const office: Actor = { id: "u-office", username: "office", displayName: "省质量办", role: "REVIEWER", departmentId: null };
  const staff: Actor = { id: "u-staff", username: "staff", displayName: "填报员", role: "STAFF", departmentId: "d1" };

  beforeAll(async () => {
    await prisma.user.create({ data: { id: office.id, username: office.username, displayName: office.displayName, role: "REVIEWER" } });
    const subs = await prisma.submission.findMany({ where: { year: 2024 }, include: { college: true }, orderBy: { receivedAt: "asc" } });
    for (const s of subs) {
      await prisma.pooledCase.create({
        data: {
          submissionId: s.id,
          collegeId: s.collegeId,
          year: 2024,
          current: s.current,
          number: 1,
          title: `${s.college.name}：产教融合实训基地`,
          text: "校企共建实训基地，学生在真实岗位上完成项目。",
          chapterKey: "service",
          chapterTitle: "服务贡献",
          sectionKey: s.college.type === "HIGHER" ? "service.industry" : "service.community",
          sectionTitle: "服务行业",
          topics: s.college.type === "HIGHER" ? ["service.industry", "student.practice"] : ["service.community"],
        },
      });
    }
  });

  it("finds the current cases by part, topic and words", async () => {
    const search = (q: Record<string, string>) => searchCases(prisma, office, ZCaseSearch.parse({ year: "2024", ...q }));
    expect((await search({})).total).toBe(4); // C's superseded edition is not in the pool
    expect((await search({ part: "service.industry" })).cases.map((c) => c.submission.college.name).sort()).toEqual([
      "丙职业技术学院",
      "甲职业技术学院",
    ]);
    expect((await search({ topic: "service.community" })).total).toBe(2);
    expect((await search({ q: "丙职业" })).total).toBe(1);
  });

  it("lets the office pick a typical case, audited, and refuses staff and superseded cases", async () => {
    const [first] = (await searchCases(prisma, office, ZCaseSearch.parse({ year: "2024", q: "甲职业" }))).cases;
    await pickCase(prisma, office, { caseId: first!.id, picked: "1" });
    const picked = await searchCases(prisma, office, ZCaseSearch.parse({ year: "2024", picked: "picked" }));
    expect(picked.cases.map((c) => c.id)).toEqual([first!.id]);
    expect(await prisma.auditLog.count({ where: { action: "CASE_PICK", entityId: first!.id } })).toBe(1);
    await expect(pickCase(prisma, staff, { caseId: first!.id, picked: "0" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const old = await prisma.pooledCase.findFirstOrThrow({ where: { current: false } });
    await expect(pickCase(prisma, office, { caseId: old.id, picked: "1" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
