import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { startEmbeddedPostgres } from "../../lib/runtime/embedded-postgres";
import { migrateDeploy } from "../../lib/runtime/migrate";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";

export type FreshDatabase = { url: string; poolMax: number; dispose: () => Promise<void> };

/**
 * A new, empty database for one test file: a throw-away database on the real Postgres, or a
 * new embedded PGlite server (PGlite serves a single database) with its own folder.
 */
export async function freshDatabase(): Promise<FreshDatabase> {
  const base = inject("databaseUrl");
  if (inject("embedded")) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-db-"));
    const server = await startEmbeddedPostgres({ dataDir: dir, port: 56200 + Math.floor(Math.random() * 500) });
    return {
      url: server.url,
      poolMax: 1,
      dispose: async () => { await server.stop(); fs.rmSync(dir, { recursive: true, force: true }); },
    };
  }
  const name = `nianbao_t_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    poolMax: 4,
    dispose: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A fresh database with all migrations applied, and a Prisma client on it. */
export async function migratedDatabase() {
  const database = await freshDatabase();
  await migrateDeploy(database.url, { quiet: true });
  const prisma = createPrismaClient(database.url, database.poolMax);
  return {
    ...database,
    prisma,
    dispose: async () => { await closePrismaClient(prisma); await database.dispose(); },
  };
}
