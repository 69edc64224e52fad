import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";

/**
 * A new, empty database for a test file, a browser-test server or a benchmark: a throw-away
 * database on the Postgres server at `serverUrl`, or, without one, a new embedded PGlite server
 * in its own temporary folder (PGlite serves a single database). `dispose` removes it.
 */
export type ScratchDatabase = { url: string; embedded: boolean; poolMax: number; dispose: () => Promise<void> };

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * `template` starts the new database as a copy of a prepared one (see `scratchTemplate`) instead
 * of empty: on a server, `CREATE DATABASE … TEMPLATE` (a block copy, well under a second, where
 * migrating and seeding take 15 s); embedded, a copy of the stopped template's data folder.
 */
export async function scratchDatabase(options: {
  serverUrl?: string | null;
  prefix: string;
  embeddedPort?: number;
  template?: string;
}): Promise<ScratchDatabase> {
  const unique = `${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  if (!options.serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${options.prefix}-`));
    if (options.template) fs.cpSync(options.template, dir, { recursive: true });
    const server = await startEmbeddedPostgres({ dataDir: dir, port: options.embeddedPort ?? 56200 + Math.floor(Math.random() * 600) });
    return {
      url: server.url,
      embedded: true,
      poolMax: 1,
      dispose: async () => {
        await server.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = options.serverUrl;
  const name = `${options.prefix.replace(/\W/g, "_")}_${unique}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"${options.template ? ` TEMPLATE "${options.template}"` : ""}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    poolMax: 4,
    dispose: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * A prepared database to copy with `scratchDatabase({ template })`: made once (`prepare` migrates
 * or seeds it through the url it is given, and must close its connections: Postgres copies only a
 * database nobody is connected to), then `template` names it — the database on the server, or the
 * embedded server's data folder, stopped so that its files are complete. Names carry the pid of
 * the process that owns the template (`owner`), so `dropStaleScratchDatabases` can clean up after
 * an owner that was killed.
 */
export async function scratchTemplate(options: {
  serverUrl?: string | null;
  prefix: string;
  owner: number;
  /** Start from a copy of this template instead of an empty database. */
  template?: string;
  prepare: (url: string, poolMax: number) => Promise<void>;
}): Promise<{ template: string; dispose: () => Promise<void> }> {
  const unique = `${options.owner}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  if (!options.serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${options.prefix}-`));
    if (options.template) fs.cpSync(options.template, dir, { recursive: true });
    const server = await startEmbeddedPostgres({ dataDir: dir, port: 56200 + Math.floor(Math.random() * 600) });
    try {
      await options.prepare(server.url, 1);
    } finally {
      await server.stop();
    }
    return { template: dir, dispose: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const serverUrl = options.serverUrl;
  const name = `${options.prefix.replace(/\W/g, "_")}_${unique}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"${options.template ? ` TEMPLATE "${options.template}"` : ""}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dispose = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  try {
    await options.prepare(url.toString(), 4);
  } catch (err) {
    await dispose().catch(() => undefined);
    throw err;
  }
  return { template: name, dispose };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Drops scratch databases (`<prefix>_<pid>_…`) whose creating process is gone: a browser-test
 * server is killed by its runner before it can clean up after itself.
 */
export async function dropStaleScratchDatabases(serverUrl: string, prefix: string): Promise<void> {
  const stem = prefix.replace(/\W/g, "_");
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${stem}\\_%`]);
    for (const { datname } of rows) {
      const pid = Number(/^\d+/.exec(datname.slice(stem.length + 1))?.[0]);
      if (Number.isInteger(pid) && pid > 0 && !alive(pid)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
