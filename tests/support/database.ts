import { inject } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { scratchDatabase, type ScratchDatabase } from "../../lib/runtime/scratch-database";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";

export type FreshDatabase = ScratchDatabase;

function serverUrl(): string | null {
  return inject("embedded") ? null : inject("databaseUrl");
}

/** A new, empty database for one test file, on the server the test run uses (or embedded). */
export function freshDatabase(): Promise<FreshDatabase> {
  return scratchDatabase({ serverUrl: serverUrl(), prefix: "nianbao_t", template: inject("templates").empty ?? undefined });
}

/**
 * A fresh database with all migrations applied, and a Prisma client on it: a copy of the run's
 * migrated template (tests/support/templates.ts), the same as `migrate deploy` on an empty one.
 */
export async function migratedDatabase() {
  return withClient(await scratchDatabase({ serverUrl: serverUrl(), prefix: "nianbao_t", template: inject("templates").migrated }));
}

/**
 * A migrated database with the demo data and its users, keyed by user name, as actors: a copy of
 * the run's demo template, the same as `seedDemo(prisma, { users: true })` on a migrated one.
 */
export async function demoDatabase() {
  const database = withClient(await scratchDatabase({ serverUrl: serverUrl(), prefix: "nianbao_t", template: inject("templates").demo }));
  const actors: Record<string, Actor> = {};
  for (const u of await database.prisma.user.findMany()) {
    actors[u.username] = { id: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId };
  }
  return { ...database, actors };
}

function withClient(database: ScratchDatabase) {
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
