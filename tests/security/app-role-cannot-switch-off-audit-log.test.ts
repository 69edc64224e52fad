import pg from "pg";
import { inject } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectedAsOwner, grantAppRole } from "../../lib/runtime/app-role";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";
import { migratedDatabase } from "../support/database";

/**
 * Finding 12: the app connected as the tables' owner (a superuser), so `ALTER TABLE "AuditLog"
 * DISABLE TRIGGER` and then DELETE erased the audit trail. In the production shape the owner
 * runs migrations and the app connects as its own role, which may only INSERT and SELECT audit
 * rows. (The embedded PGlite database has a single session user: see docs/security.md.)
 */
describe.skipIf(inject("embedded"))("the app's database role", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let appUrl: string;
  let app: pg.Client;
  const role = `nianbao_app_t${process.pid}`;

  async function refused(sql: string): Promise<string> {
    try {
      await app.query(sql);
      return "allowed";
    } catch (err) {
      return (err as { code?: string }).code ?? "error";
    }
  }

  beforeAll(async () => {
    database = await migratedDatabase();
    const url = new URL(database.url);
    url.username = role;
    url.password = "app-role-test-password";
    appUrl = url.toString();
    await grantAppRole({ ownerUrl: database.url, appUrl });
    app = new pg.Client({ connectionString: appUrl });
    await app.connect();
  }, 120_000);

  afterAll(async () => {
    await app?.end();
    await database?.dispose();
    const admin = new pg.Client({ connectionString: database.url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS "${role}"`).finally(() => admin.end());
  });

  it("is no superuser and owns nothing", async () => {
    const { rows } = await app.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    expect(rows[0].rolsuper).toBe(false);
    expect(await connectedAsOwner(appUrl)).toBe(false);
    expect(await connectedAsOwner(database.url)).toBe(true);
  });

  it("can write and read audit rows but cannot switch the log off, rewrite or erase it", async () => {
    await app.query(`INSERT INTO "AuditLog" (action, "entityType", "entityId") VALUES ('LOGIN', 'User', 'x')`);
    expect((await app.query(`SELECT count(*)::int AS n FROM "AuditLog"`)).rows[0].n).toBe(1);
    expect(await refused(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).toBe("42501");
    expect(await refused(`DELETE FROM "AuditLog"`)).toBe("42501");
    expect(await refused(`UPDATE "AuditLog" SET action = 'X'`)).toBe("42501");
    expect(await refused(`TRUNCATE "AuditLog"`)).toBe("42501");
    expect(await refused(`DROP TABLE "AuditLog"`)).toBe("42501");
    expect(await refused(`CREATE TABLE evil (id int)`)).toBe("42501");
  });

  it("still does the app's work: records, login counts, the PDF job table", async () => {
    const prisma = createPrismaClient(appUrl, 1);
    try {
      await prisma.reportYear.create({ data: { year: 2031, academicYear: "2030-2031" } });
      await prisma.loginFailure.create({ data: { username: "u", ip: "192.0.2.1" } });
      expect(await prisma.loginFailure.deleteMany({})).toEqual({ count: 1 });
      const { enqueue } = await import("../../lib/jobs/queue");
      const job = await enqueue({ client: prisma, name: "mail.instant", key: "role-test", payload: { userId: "u" } });
      expect(job.state).toBe("created");
    } finally {
      await closePrismaClient(prisma);
    }
  });
});
