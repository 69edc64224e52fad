import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { AppError } from "../../lib/errors";
import { completeSetup } from "../../lib/institution/service";
import { issueSetupToken } from "../../lib/institution/setup-token";
import { forgetInstallationKind } from "../../lib/institution/kind";
import { createCollege } from "../../lib/province/colleges";
import { handInPackage } from "../../lib/province/import";
import { provinceTablesJson } from "../../lib/province/tables-json";
import { buildPackage } from "../support/packages";
import { migratedDatabase } from "../support/database";
import { outcome } from "../support/errors";

/**
 * GET /api/v1/province/tables' answer (lib/province/tables-json.ts) over two colleges' packages:
 * the placement rate as Σnumerator / Σdenominator (45/50 and 1/10 are 46/60 = 76.67 %, while the
 * average of 90 % and 10 % is 50 %), counts summed, per type and city; a bad query refused in both
 * languages; the office and leaders read it, staff and college accounts do not.
 */
let database: Awaited<ReturnType<typeof migratedDatabase>>;
let admin: Actor;
const A = { code: "4200000001", name: "甲地职业技术学院", type: "HIGHER", city: "甲地" } as const;
const B = { code: "4200000002", name: "乙地职业学校", type: "SECONDARY", city: "乙地" } as const;

beforeAll(async () => {
  database = await migratedDatabase();
  forgetInstallationKind();
  const prisma = database.prisma;
  const done = await completeSetup({
    prisma,
    setupToken: (await issueSetupToken(prisma))!,
    kind: "PROVINCE",
    institution: { name: "某省教育厅" },
    admin: { username: "tablesadmin", displayName: "职成处", password: "Tables-json-2025!", passwordConfirm: "Tables-json-2025!" },
  });
  const u = done.administrator!;
  admin = { id: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: null };
  for (const [c, graduates, placed] of [
    [A, 50, 45],
    [B, 10, 1],
  ] as const) {
    await createCollege({ prisma, actor: admin, input: { ...c } });
    const bytes = buildPackage({
      ...c,
      figures: {
        scorecard: [
          { code: "SC01", value: graduates },
          { code: "SC02", value: Math.round((placed / graduates) * 10000) / 100, numerator: placed, denominator: graduates },
        ],
      },
      cases: 0,
    });
    await handInPackage({ prisma, actor: admin, bytes });
  }
}, 60_000);

afterAll(async () => {
  await database?.dispose();
});

const figure = (answer: Awaited<ReturnType<typeof provinceTablesJson>>, code: string) =>
  answer.tables.flatMap((t) => t.rows).find((r) => r.code === code)!.figures;

describe("the province tables as JSON", () => {
  it("gives a rate as Σnumerator / Σdenominator and a count as the sum, for the latest year by default", async () => {
    const answer = await provinceTablesJson({ prisma: database.prisma, actor: admin, query: {} });
    expect(answer).toMatchObject({ year: 2024, years: [2024], group: "all", groups: [{ key: null }] });
    expect(figure(answer, "SC02")[0]!.current).toEqual({
      value: expect.closeTo(76.6667, 3),
      text: "76.67",
      numerator: 46,
      denominator: 60,
      method: "ratio",
      colleges: 2,
    });
    expect(figure(answer, "SC02")[0]!.previous).toMatchObject({ value: null, text: "", method: "none", colleges: 0 });
    expect(figure(answer, "SC01")[0]!.current).toMatchObject({ value: 60, text: "60", method: "sum", numerator: null });
  });

  it("breaks the figures down by type and by city, one entry per group in the groups' order", async () => {
    const byType = await provinceTablesJson({ prisma: database.prisma, actor: admin, query: { year: "2024", group: "type" } });
    expect(byType.groups.map((g) => g.key)).toEqual(["SECONDARY", "HIGHER"]);
    expect(figure(byType, "SC02").map((f) => [f.group, f.current.text])).toEqual([
      ["SECONDARY", "10.00"],
      ["HIGHER", "90.00"],
    ]);
    const byCity = await provinceTablesJson({ prisma: database.prisma, actor: admin, query: { year: "2024", group: "city" } });
    expect(byCity.groups.map((g) => g.label)).toEqual(["乙地", "甲地"]);
  });

  it("refuses a bad year or group with the reason in both languages", async () => {
    const refused = await provinceTablesJson({ prisma: database.prisma, actor: admin, query: { year: "24", group: "county" } }).catch(
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fieldErrors).toEqual({
      year: [expect.stringContaining("年度应在2000至2100之间")],
      group: [expect.stringContaining("group must be all, type or city")],
    });
  });

  it("is the office's, admins' and leaders' to read, not staff's or a college account's", async () => {
    for (const role of ["REVIEWER", "LEADER"] as const)
      await expect(provinceTablesJson({ prisma: database.prisma, actor: { ...admin, role }, query: {} })).resolves.toBeTruthy();
    for (const role of ["STAFF", "COLLEGE"] as const)
      expect(await outcome(provinceTablesJson({ prisma: database.prisma, actor: { ...admin, role }, query: {} }))).toBe("FORBIDDEN");
    expect(await outcome(provinceTablesJson({ prisma: database.prisma, actor: null, query: {} }))).toBe("UNAUTHENTICATED");
  });
});
