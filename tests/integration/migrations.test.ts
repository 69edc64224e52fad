import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDeploy } from "../../lib/runtime/migrate";
import { freshDatabase, type FreshDatabase } from "../support/database";

describe("migrations", () => {
  let database: FreshDatabase;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("apply to an empty database, and a second deploy is a no-op", async () => {
    await migrateDeploy(database.url, { quiet: true });
    await migrateDeploy(database.url, { quiet: true });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const applied = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`);
      const folders = fs
        .readdirSync(path.resolve(import.meta.dirname, "../../prisma/migrations"), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      expect(folders.length).toBeGreaterThanOrEqual(3);
      expect(applied.rows.map((r) => r.migration_name)).toEqual(folders);
      const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      const names = tables.rows.map((r) => r.table_name as string);
      for (const t of ["CompetitionAward", "Major", "FundingItem", "OutlineSection", "AuditLog", "Case", "Figure", "Indicator"]) {
        expect(names).toContain(t);
      }
      const amount = await client.query(`SELECT data_type, numeric_scale FROM information_schema.columns
        WHERE table_name = 'FundingItem' AND column_name = 'amount'`);
      expect(amount.rows[0]).toEqual({ data_type: "numeric", numeric_scale: 4 });
    } finally {
      await client.end();
    }
  });
});

/**
 * The one-record-table migration carries existing records over in SQL: rows written in the old
 * shape (workflow columns in every kind's table) are found in the new one, with their audit
 * trail and attachments now pointing at them by foreign key.
 */
describe("migration 20261201100000_one_record_table", () => {
  const DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
  const TARGET = "20261201100000_one_record_table";
  let database: FreshDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await freshDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.dispose();
  });

  const sql = (name: string) => fs.readFileSync(path.join(DIR, name, "migration.sql"), "utf8");

  it("moves every kind's workflow columns into Record and keeps the data, audit rows and attachments", async () => {
    const earlier = fs
      .readdirSync(DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name < TARGET)
      .map((d) => d.name)
      .sort();
    for (const m of earlier) await client.query(sql(m));

    await client.query(`
      INSERT INTO "ReportYear"(year, "academicYear", "updatedAt") VALUES (2022, '2021-2022', now());
      INSERT INTO "Department"(id, code, name, "updatedAt") VALUES ('d1', 'D1', '机电系', now());
      INSERT INTO "User"(id, username, "displayName", role, "updatedAt") VALUES ('u1', 'staff', '填报员', 'STAFF', now());
      INSERT INTO "Honour"(id, title, category, level, "awardedOn", topic, "sortOrder", year, "departmentId", status, version,
        highlight, pending, "revisionStatus", "returnReason", "authorId", "createdAt", "updatedAt")
        VALUES ('h1', '文明校园', '学校荣誉', 'PROVINCIAL', '2022-05-04', 'student.party', 3, 2022, 'd1', 'APPROVED', 4,
        true, '{"title":"文明校园（修订）","category":"学校荣誉"}', 'RETURNED', '请补充授予单位', 'u1', '2022-06-01', '2022-07-01');
      INSERT INTO "CompetitionAward"(id, competition, level, prizes, year, "departmentId", status, "returnReason", "updatedAt")
        VALUES ('a1', '技能大赛', 'NATIONAL', '[{"prize":"一等奖","count":2}]', 2022, 'd1', 'RETURNED', '缺少证书', now());
      INSERT INTO "Indicator"(id, key, label, value, unit, year, "departmentId", status, "updatedAt")
        VALUES ('i1', 'satisfaction.students', '学生满意度', 98.6, '%', 2022, 'd1', 'DRAFT', now());
      INSERT INTO "Case"(id, title, topic, body, year, "departmentId", status, "updatedAt")
        VALUES ('c1', '案例', 'teaching.industry', '正文', 2022, 'd1', 'SUBMITTED', now());
      INSERT INTO "StoredFile"(id, "storageKey", "originalName", "mimeType", size, sha256) VALUES ('f1', 'k1', 'a.png', 'image/png', 1, 'x');
      INSERT INTO "Figure"(id, caption, "caseId", "fileId", topic, year, "departmentId", status, "updatedAt")
        VALUES ('g1', '现场', 'c1', 'f1', 'teaching.industry', 2022, 'd1', 'DRAFT', now());
      INSERT INTO "FileAttachment"(id, "fileId", "entityType", "entityId") VALUES ('fa1', 'f1', 'competitionAward', 'a1');
      INSERT INTO "AuditLog"(action, "entityType", "entityId", changes) VALUES ('CREATE', 'honour', 'h1', '{}'),
        ('SUBMIT', 'competitionAward', 'a1', '{}'), ('USER_CREATE', 'User', 'u1', '{}');
    `);

    await client.query(sql(TARGET));

    const records = await client.query(`SELECT id, kind, year, "departmentId", status, version, highlight, "sortOrder", topic,
      pending, "revisionStatus", "returnReason", "authorId", "createdAt" FROM "Record" ORDER BY id`);
    expect(records.rows.map((r) => [r.id, r.kind, r.status])).toEqual([
      ["a1", "competitionAward", "RETURNED"],
      ["c1", "case", "SUBMITTED"],
      ["g1", "figure", "DRAFT"],
      ["h1", "honour", "APPROVED"],
      ["i1", "indicator", "DRAFT"],
    ]);
    expect(records.rows.find((r) => r.id === "h1")).toMatchObject({
      year: 2022,
      departmentId: "d1",
      version: 4,
      highlight: true,
      sortOrder: 3,
      topic: "student.party",
      pending: { title: "文明校园（修订）", category: "学校荣誉" },
      revisionStatus: "RETURNED",
      returnReason: "请补充授予单位",
      authorId: "u1",
      createdAt: new Date("2022-06-01T00:00:00Z"),
    });
    const honour = await client.query(`SELECT * FROM "Honour"`);
    expect(honour.rows).toEqual([
      {
        id: "h1",
        title: "文明校园",
        category: "学校荣誉",
        level: "PROVINCIAL",
        awardedBy: null,
        awardedOn: expect.any(Date),
        recipient: null,
      },
    ]);
    expect((await client.query(`SELECT "caseId", "fileId" FROM "Figure"`)).rows).toEqual([{ caseId: "c1", fileId: "f1" }]);
    expect((await client.query(`SELECT year, key FROM "Indicator"`)).rows).toEqual([{ year: 2022, key: "satisfaction.students" }]);
    expect((await client.query(`SELECT "recordId" FROM "FileAttachment"`)).rows).toEqual([{ recordId: "a1" }]);
    const audit = await client.query(`SELECT "entityType", "recordId" FROM "AuditLog" ORDER BY id`);
    expect(audit.rows).toEqual([
      { entityType: "honour", recordId: "h1" },
      { entityType: "competitionAward", recordId: "a1" },
      { entityType: "User", recordId: null },
    ]);
    // The audit log is append-only again after the back-fill.
    await expect(client.query(`UPDATE "AuditLog" SET action = 'x'`)).rejects.toThrow(/append-only/);
    // Deleting a record removes its kind row and attachments; one with history cannot be deleted.
    await expect(client.query(`DELETE FROM "Record" WHERE id = 'h1'`)).rejects.toThrow(/foreign key/);
    await client.query(`DELETE FROM "Record" WHERE id = 'i1'`);
    expect((await client.query(`SELECT count(*)::int AS n FROM "Indicator"`)).rows[0].n).toBe(0);
  });
});

/**
 * The job table moved into the migrations (docs/decisions/013-one-job-system.md): an installation
 * whose export queue was created at start-up (nianbao_jobs.job, here in its oldest shape, before the
 * format and lease columns) keeps its jobs in "Job", and the old schema is gone.
 */
describe("migration 20261206090000_one_job_system", () => {
  const DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
  const TARGET = "20261206090000_one_job_system";
  let database: FreshDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await freshDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.dispose();
  });

  const sql = (name: string) => fs.readFileSync(path.join(DIR, name, "migration.sql"), "utf8");

  it("takes over the start-up job table's rows and drops it", async () => {
    const earlier = fs
      .readdirSync(DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name < TARGET)
      .map((d) => d.name)
      .sort();
    for (const m of earlier) await client.query(sql(m));
    await client.query(`
      CREATE SCHEMA nianbao_jobs;
      CREATE TABLE nianbao_jobs.job (
        id bigserial PRIMARY KEY, queue text NOT NULL, key text NOT NULL, data jsonb NOT NULL DEFAULT '{}',
        state text NOT NULL DEFAULT 'created', attempts int NOT NULL DEFAULT 0, max_attempts int NOT NULL DEFAULT 4,
        run_after timestamptz NOT NULL DEFAULT now(), started_at timestamptz, finished_at timestamptz, last_error text,
        created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());
      INSERT INTO nianbao_jobs.job (queue, key, data, state, attempts, last_error) VALUES
        ('report-pdf', 'reports/2022/report-2022-v1-e1.pdf', '{"editionId": "e1"}', 'created', 2, 'Chromium crashed'),
        ('report-pdf', 'partner-reports/p1/v3.pdf', '{"document": "partner-report", "reportId": "p1", "version": 3}', 'completed', 1, NULL),
        ('other', 'not-ours', '{}', 'created', 0, NULL);
    `);
    await client.query(sql(TARGET));
    const { rows } = await client.query(`SELECT name, "dedupeKey", payload, state, attempts, "lastError" FROM "Job" ORDER BY id`);
    expect(rows).toEqual([
      {
        name: "export.edition",
        dedupeKey: "reports/2022/report-2022-v1-e1.pdf",
        payload: { editionId: "e1", format: "pdf" },
        state: "created",
        attempts: 2,
        lastError: "Chromium crashed",
      },
      {
        name: "export.partner-pdf",
        dedupeKey: "partner-reports/p1/v3.pdf",
        payload: { document: "partner-report", reportId: "p1", version: 3 },
        state: "completed",
        attempts: 1,
        lastError: null,
      },
    ]);
    expect((await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'nianbao_jobs'`)).rowCount).toBe(0);
  });
});
