import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { FILE_MODE, FOLDER_MODE } from "../storage/local";
import { BackupError } from "./archive";

/**
 * The database part of a backup, through plain SQL on one connection, so it works the same on
 * the embedded PGlite server (Postgres 17/18 in WASM) and on any Postgres: pg_dump from Debian 12
 * is version 15 and refuses to dump a newer server, and PGlite has no pg_dump of its own; COPY
 * needs a protocol mode the pg client does not speak without an extra package. Each table is read
 * as `row_to_json` inside one REPEATABLE READ READ ONLY transaction (one consistent snapshot) and
 * written back with `json_populate_recordset`, which converts every value through its type's own
 * input function (timestamps, numeric, jsonb, enums, arrays, bytea).
 *
 * The schema is not in the archive: a restore first applies this code's migrations to the empty
 * target and refuses a backup made at another migration state. The AuditLog's append-only
 * trigger fires on UPDATE/DELETE/TRUNCATE only, so restoring it (INSERT) needs no exception.
 * Jobs (the "Job" table, lib/jobs) are not backed up: a restored installation re-queues what it needs.
 */
const BATCH = 1000;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function appliedMigrations(c: pg.Client): Promise<string[]> {
  const { rows } = await c.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

async function dataTables(c: pg.Client): Promise<string[]> {
  const { rows } = await c.query<{ t: string }>(
    `SELECT tablename::text AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'Job') ORDER BY 1`,
  );
  return rows.map((r) => r.t);
}

/** Writes db/<table>.jsonl for every table from one snapshot; returns row counts and migrations. */
export async function dumpDatabase(url: string, stageDir: string) {
  return withClient(url, async (c) => {
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const migrations = await appliedMigrations(c);
      const {
        rows: [{ v } = { v: "" }],
      } = await c.query<{ v: string }>("SELECT current_setting('server_version') AS v"); // always one row
      const tables: { name: string; rows: number; entry: string }[] = [];
      await fs.mkdir(path.join(stageDir, "db"), { recursive: true, mode: FOLDER_MODE });
      for (const name of await dataTables(c)) {
        const entry = `db/${name}.jsonl`;
        const out = await fs.open(path.join(stageDir, entry), "w", FILE_MODE);
        let count = 0;
        try {
          await c.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM public.${q(name)} t`);
          for (;;) {
            const { rows } = await c.query<{ j: string }>(`FETCH ${BATCH} FROM dump`);
            if (!rows.length) break;
            await out.write(rows.map((r) => `${r.j}\n`).join(""));
            count += rows.length;
          }
          await c.query("CLOSE dump");
        } finally {
          await out.close();
        }
        tables.push({ name, rows: count, entry });
      }
      return { engine: `PostgreSQL ${v}`, migrations, tables };
    } finally {
      await c.query("ROLLBACK");
    }
  });
}

/** Tables in an order where every referenced table comes before the tables that reference it. */
async function loadOrder(c: pg.Client, tables: string[]): Promise<{ order: string[]; selfReferencing: Set<string> }> {
  const { rows } = await c.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent FROM pg_constraint c
     JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const unq = (s: string) => s.replace(/^public\./, "").replace(/^"(.*)"$/, "$1");
  const deps = new Map(tables.map((t) => [t, new Set<string>()]));
  const selfReferencing = new Set<string>();
  for (const r of rows) {
    const child = unq(r.child),
      parent = unq(r.parent);
    if (child === parent) selfReferencing.add(child);
    else deps.get(child)?.add(parent);
  }
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (t: string) => {
    if (state.get(t) === "done") return;
    if (state.get(t) === "visiting") throw new Error(`foreign keys form a cycle at ${t}`);
    state.set(t, "visiting");
    for (const p of deps.get(t) ?? []) if (deps.has(p)) visit(p);
    state.set(t, "done");
    order.push(t);
  };
  tables.forEach(visit);
  return { order, selfReferencing };
}

/** Refuses a target that is not an empty installation at the backup's migration state. */
export async function checkEmptyTarget(url: string, migrations: string[]): Promise<void> {
  await withClient(url, async (c) => {
    const applied = await appliedMigrations(c);
    if (applied.join() !== migrations.join()) {
      throw new BackupError(
        "备份与本程序的数据库版本（迁移）不一致，请使用同一版本恢复",
        `the backup was made at another migration state (backup ${migrations.at(-1) ?? "none"}, here ${applied.at(-1) ?? "none"}); restore with the same version`,
      );
    }
    for (const t of await dataTables(c)) {
      const { rows } = await c.query(`SELECT 1 FROM public.${q(t)} LIMIT 1`);
      if (rows.length)
        throw new BackupError(
          `目标数据库不是空的（${t} 中已有数据），未做任何更改`,
          `the target database is not empty (${t} has rows); nothing was changed`,
        );
    }
  });
}

/** Loads every table from the staged db/*.jsonl in one transaction (all or nothing). */
export async function loadDatabase(url: string, stageDir: string, tables: { name: string; rows: number; entry: string }[]): Promise<void> {
  await withClient(url, async (c) => {
    await c.query("BEGIN");
    try {
      const { order, selfReferencing } = await loadOrder(
        c,
        tables.map((t) => t.name),
      );
      const byName = new Map(tables.map((t) => [t.name, t]));
      for (const name of order) {
        const table = byName.get(name);
        if (!table || table.rows === 0) continue;
        const lines = (await fs.readFile(path.join(stageDir, table.entry), "utf8")).split("\n").filter(Boolean);
        // Rows that reference rows of their own table go in one statement: its foreign keys are checked at its end.
        const size = selfReferencing.has(name) ? lines.length : BATCH;
        for (let i = 0; i < lines.length; i += size) {
          await c.query(`INSERT INTO public.${q(name)} SELECT * FROM json_populate_recordset(NULL::public.${q(name)}, $1::json)`, [
            `[${lines.slice(i, i + size).join(",")}]`,
          ]);
        }
      }
      // Serial columns continue after the restored rows.
      const { rows: serials } = await c.query<{ t: string; col: string; seq: string }>(
        `SELECT c.relname::text AS t, a.attname::text AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname)::text AS seq
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
      );
      for (const s of serials) {
        await c.query(`SELECT setval($1, COALESCE((SELECT max(${q(s.col)}) FROM public.${q(s.t)}), 0) + 1, false)`, [s.seq]);
      }
      await c.query("COMMIT");
    } catch (err) {
      await c.query("ROLLBACK").catch(() => undefined);
      throw err;
    }
  });
}
