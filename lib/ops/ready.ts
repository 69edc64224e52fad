import fs from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import type { FileStorage } from "../storage";

/**
 * What a load balancer asks before sending traffic: is the database reachable, is the file
 * store reachable, are all migrations this code expects applied, and is this process not
 * shutting down. Each check gets a short timeout so a hung dependency answers "not ready"
 * instead of hanging the probe.
 */
export type Check = { ok: boolean; detail?: string };
export type Readiness = { ready: boolean; checks: Record<"database" | "storage" | "migrations" | "accepting", Check> };

const CHECK_TIMEOUT_MS = 2_000;
const PROBE_KEY = "health/ready-probe";

// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoDraining: boolean | undefined;
}
const holder = globalThis;
/** Set when SIGTERM arrives: the instance finishes what it has and takes nothing new. */
export const markDraining = () => {
  holder.__nianbaoDraining = true;
};
export const isDraining = () => holder.__nianbaoDraining === true;

async function timed(fn: () => Promise<Check>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Check>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      fn().catch((err: unknown) => ({ ok: false, detail: err instanceof Error ? err.message : String(err) })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Migration folders shipped with this code (prisma/migrations/*). */
export async function expectedMigrations(root = process.cwd()): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, "prisma", "migrations"), { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export async function missingMigrations(prisma: PrismaClient, root?: string): Promise<string[]> {
  const applied = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(applied.map((r) => r.migration_name));
  return (await expectedMigrations(root)).filter((m) => !done.has(m));
}

/** This instance's readiness, on the app's own database client and file store. */
export async function appReadiness(): Promise<Readiness> {
  const [{ db }, { storage }] = await Promise.all([import("../server/db"), import("../storage")]);
  return readiness({ prisma: db(), files: storage() });
}

export async function readiness(options: { prisma: PrismaClient; files: FileStorage; root?: string }): Promise<Readiness> {
  const [database, storage, migrations] = await Promise.all([
    timed(async () => {
      await options.prisma.$queryRawUnsafe("SELECT 1");
      return { ok: true };
    }),
    // A lookup of a key that need not exist: proves the store answers and our credentials work.
    timed(async () => {
      await options.files.exists(PROBE_KEY);
      return { ok: true };
    }),
    timed(async () => {
      const missing = await missingMigrations(options.prisma, options.root);
      return missing.length ? { ok: false, detail: `not applied: ${missing.join(", ")}` } : { ok: true };
    }),
  ]);
  const accepting = isDraining() ? { ok: false, detail: "shutting down" } : { ok: true };
  return { ready: database.ok && storage.ok && migrations.ok && accepting.ok, checks: { database, storage, migrations, accepting } };
}
