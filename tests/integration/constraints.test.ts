import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toAppError } from "../../lib/server/db-errors";
import { migratedDatabase } from "../support/database";

/** The database refuses impossible data even when the zod layer is bypassed. */
describe("database constraints", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let departmentId: string;
  /** The Record row a kind's row shares its id with. */
  const base = (kind: string, year = 2022) => ({ record: { create: { kind, year, departmentId } } });

  beforeAll(async () => {
    database = await migratedDatabase();
    await database.prisma.reportYear.create({ data: { year: 2022, academicYear: "2021-2022" } });
    departmentId = (await database.prisma.department.create({ data: { code: "T", name: "测试系" } })).id;
  });
  afterAll(async () => {
    await database?.dispose();
  });

  async function refusal(write: () => Promise<unknown>): Promise<string> {
    try {
      await write();
    } catch (err) {
      const mapped = toAppError(err);
      expect(mapped, `unmapped database error: ${String(err)}`).not.toBeNull();
      return mapped!.message;
    }
    throw new Error("the database accepted impossible data");
  }

  it("refuses negative counts", async () => {
    expect(
      await refusal(() =>
        database.prisma.socialTraining.create({
          data: { ...base("socialTraining"), name: "x", category: "SKILL", mode: "ONLINE", hours: "10", personTimes: -3 },
        }),
      ),
    ).toContain("数量不能为负数");
    expect(
      await refusal(() =>
        database.prisma.competitionAward.create({
          data: { ...base("competitionAward"), competition: "x", level: "NATIONAL", prizes: [{ prize: "一等奖", count: -1 }] },
        }),
      ),
    ).toContain("数量不能为负数");
  });

  it("refuses passed > examined", async () => {
    expect(
      await refusal(() =>
        database.prisma.certificatePilot.create({
          data: {
            ...base("certificatePilot"),
            certificate: "x",
            level: "初级",
            pilotMajors: ["a"],
            planned: 1,
            trained: 1,
            examined: 2,
            passed: 3,
          },
        }),
      ),
    ).toContain("通过人数不能大于考证人数");
  });

  it("refuses placed > graduates", async () => {
    expect(
      await refusal(() =>
        database.prisma.employmentStat.create({
          data: { ...base("employmentStat"), cohort: 2022, majorName: "x", graduates: 5, placed: 6 },
        }),
      ),
    ).toContain("落实去向人数不能大于毕业生数");
  });

  it("refuses malformed major codes", async () => {
    expect(await refusal(() => database.prisma.major.create({ data: { ...base("major"), code: "51021X", name: "x" } }))).toContain(
      "专业代码",
    );
  });

  it("refuses a record whose year does not exist", async () => {
    expect(
      await refusal(() => database.prisma.honour.create({ data: { ...base("honour", 1999), title: "x", category: "学校荣誉" } })),
    ).toContain("该年度不存在");
  });

  it("accepts a valid record", async () => {
    const m = await database.prisma.major.create({
      data: { ...base("major"), code: "570102K", name: "学前教育" },
      include: { record: true },
    });
    expect(m.record.status).toBe("DRAFT");
    expect(m.record.version).toBe(1);
  });

  it("keeps the workflow's invariants in the one Record table", async () => {
    const make = (data: Record<string, unknown>) => () =>
      database.prisma.record.create({ data: { kind: "honour", year: 2022, departmentId, ...data } });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const [name, data] of [
        ["Record_return_reason_only_when_returned", { status: "DRAFT", returnReason: "请补充" }],
        ["Record_revision_only_when_approved", { status: "SUBMITTED", revisionStatus: "DRAFT", pending: {} }],
        ["Record_revision_only_when_approved", { status: "APPROVED", revisionStatus: "APPROVED", pending: {} }],
        ["Record_pending_with_revision_status", { status: "APPROVED", pending: { title: "x" } }],
        ["Record_version_positive", { version: 0 }],
        ["Record_kind_known", { kind: "nonsense" }],
        ["Record_case_has_topic", { kind: "case" }],
      ] as const) {
        await expect(make(data)(), name).rejects.toThrow();
        const { rows } = await client.query(`SELECT 1 FROM pg_constraint WHERE conname = $1`, [name]);
        expect(rows.length, name).toBe(1);
      }
      // A returned revision of an approved record keeps its reason: allowed.
      await make({ status: "APPROVED", revisionStatus: "RETURNED", pending: { title: "x" }, returnReason: "请补充" })();
      // Audit rows and attachments point at real records.
      await expect(
        client.query(`INSERT INTO "AuditLog"(action, "entityType", "recordId") VALUES ('test', 'honour', 'no-such-record')`),
      ).rejects.toThrow(/foreign key/);
      // A kind's row cannot exist without its record.
      await expect(client.query(`INSERT INTO "Honour"(id, title, category) VALUES ('orphan', 'x', 'y')`)).rejects.toThrow(/foreign key/);
    } finally {
      await client.end();
    }
  });

  it("refuses UPDATE and DELETE on the audit log", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "AuditLog"(action, "entityType") VALUES ('test', 'Major')`);
      await expect(client.query(`UPDATE "AuditLog" SET action = 'changed'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
      const rows = await client.query(`SELECT action FROM "AuditLog"`);
      expect(rows.rows).toEqual([{ action: "test" }]);
    } finally {
      await client.end();
    }
  });

  it("refuses UPDATE and DELETE on the audit log when run in psql", () => {
    const probe = spawnSync("psql", ["--version"]);
    if (probe.status !== 0) return; // psql is not installed here; the pg-client test above covers the trigger
    for (const sql of [`UPDATE "AuditLog" SET action = 'x'`, `DELETE FROM "AuditLog"`]) {
      const r = spawnSync("psql", [database.url.replace(/\?.*$/, ""), "-v", "ON_ERROR_STOP=1", "-c", sql], { encoding: "utf8" });
      expect(r.status, sql).not.toBe(0);
      expect(r.stderr).toMatch(/append-only/);
    }
  });
});
