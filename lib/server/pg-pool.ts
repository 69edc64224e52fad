import pg from "pg";
import { env } from "../env";

/**
 * A pg.Pool whose results report Postgres `name` (OID 19) and `"char"` (OID 18) columns as
 * text (OID 25). Works around prisma/orm#27403: @prisma/adapter-pg 6.19 cannot deserialize
 * those types, which the schema engine reads from pg_catalog during migrations.
 */
const TEXT_OID = 25;
const REMAPPED_OIDS = new Set([18, 19]);

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function remapFields<T>(result: T): T {
  const fields = (result as QueryResultLike)?.fields;
  if (fields) for (const f of fields) if (REMAPPED_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
  return result;
}

function patchQuery<T extends { query: (...args: never[]) => unknown }>(target: T): void {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(remapFields) : out;
  };
}

export function createPgPool(options: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(options);
  patchQuery(pool);
  pool.on("connect", (client) => {
    if (!(client as { __remapped?: boolean }).__remapped) {
      patchQuery(client);
      (client as { __remapped?: boolean }).__remapped = true;
    }
  });
  // Idle clients must not turn into unhandled 'error' events (e.g. the embedded server restarting).
  pool.on("error", (err) => console.error("[db] idle client error:", err.message));
  return pool;
}

/** Pool size: 1 against the embedded PGlite server, which multiplexes one session. */
export function defaultPoolMax(): number {
  const { DATABASE_POOL_MAX, NIANBAO_EMBEDDED } = env();
  return DATABASE_POOL_MAX ?? (NIANBAO_EMBEDDED ? 1 : 8);
}
