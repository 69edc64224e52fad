import { inject } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { seedDemo } from "../../lib/demo/seed";
import { scratchDatabase, type ScratchDatabase } from "../../lib/runtime/scratch-database";
import { migrateDeploy } from "../../lib/runtime/migrate";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";

export type FreshDatabase = ScratchDatabase;

/** A new, empty database for one test file, on the server the test run uses (or embedded). */
export function freshDatabase(): Promise<FreshDatabase> {
  return scratchDatabase({ serverUrl: inject("embedded") ? null : inject("databaseUrl"), prefix: "nianbao_t" });
}

/** A fresh database with all migrations applied, and a Prisma client on it. */
export async function migratedDatabase() {
  const database = await freshDatabase();
  await migrateDeploy(database.url, { quiet: true });
  const prisma = createPrismaClient(database.url, database.poolMax);
  return {
    ...database,
    prisma,
    dispose: async () => {
      await closePrismaClient(prisma);
      await database.dispose();
    },
  };
}

/** A migrated database with the demo data and its users, keyed by user name, as actors. */
export async function demoDatabase() {
  const database = await migratedDatabase();
  await seedDemo(database.prisma, { users: true });
  const actors: Record<string, Actor> = {};
  for (const u of await database.prisma.user.findMany()) {
    actors[u.username] = { id: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId };
  }
  return { ...database, actors };
}
