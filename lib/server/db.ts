import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { env } from "../env";
import { bi } from "../i18n/bilingual";
import { createPgPool, defaultPoolMax } from "./pg-pool";

declare global {
  var __nianbaoPgPools: WeakMap<PrismaClient, pg.Pool> | undefined;
}
/**
 * Each client's pool. On globalThis, like the client (below): under `next start` every route bundle
 * evaluates this module, and a map of the bundle's own would not know the client another made.
 */
const pools = (globalThis.__nianbaoPgPools ??= new WeakMap<PrismaClient, pg.Pool>());

/** A Prisma client on its own pool; the app uses the shared one from db(). */

export function createPrismaClient(url: string, poolMax = defaultPoolMax()): PrismaClient {
  const pool = createPgPool({ connectionString: url, max: poolMax });
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  pools.set(client, pool);
  return client;
}

/** Disconnects a client and ends its pool (the adapter leaves a pool it was handed open). */
export async function closePrismaClient(client: PrismaClient): Promise<void> {
  await client.$disconnect();
  await pools.get(client)?.end();
}

/**
 * The pg pool under a client made here, for a write that goes around Prisma's query compiler
 * (a province's package import: lib/province/import.ts says why). It shares the client's connections.
 */
export function pgPoolOf(client: PrismaClient): pg.Pool {
  const pool = pools.get(client);
  if (!pool) throw new Error("this Prisma client was not made by createPrismaClient");
  return pool;
}

function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url)
    throw new Error(
      bi("未设置 DATABASE_URL（npm start 会为内置数据库设置它）", "DATABASE_URL is not set (npm start sets it for the embedded database)"),
    );
  return url;
}

// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoPrisma: PrismaClient | undefined;
}
const holder = globalThis;

/**
 * The one Prisma client. Cached on globalThis unconditionally: under `next start` each route
 * bundle evaluates this module, and a per-bundle client would open a pool per route.
 */
export function db(): PrismaClient {
  holder.__nianbaoPrisma ??= createPrismaClient(databaseUrl());
  return holder.__nianbaoPrisma;
}
