import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDeploy } from "../../lib/runtime/migrate";
import { freshDatabase, type FreshDatabase } from "../support/database";

describe("migrations", () => {
  let database: FreshDatabase;
  beforeAll(async () => { database = await freshDatabase(); });
  afterAll(async () => { await database?.dispose(); });

  it("apply to an empty database, and a second deploy is a no-op", async () => {
    await migrateDeploy(database.url, { quiet: true });
    await migrateDeploy(database.url, { quiet: true });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const applied = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`);
      const folders = fs.readdirSync(path.resolve(import.meta.dirname, "../../prisma/migrations"), { withFileTypes: true })
        .filter((d) => d.isDirectory()).map((d) => d.name).sort();
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
