import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * The embedded database: PGlite (Postgres compiled to WebAssembly) behind pglite-server, which
 * speaks the Postgres wire protocol. Data lives in a folder. It listens on its own port (55432 by
 * default, never 5432 where a system Postgres may run). See docs/decisions/003-embedded-postgres.md.
 */
export type EmbeddedPostgres = { url: string; port: number; stop: () => Promise<void> };

export const DEFAULT_EMBEDDED_PORT = 55432;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

async function freePort(preferred: number): Promise<number> {
  for (let p = preferred; p < preferred + 50; p++) if (await portIsFree(p)) return p;
  throw new Error(`no free port near ${preferred} for the embedded database`);
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`pglite-server exited with code ${child.exitCode}`));
      const sock = net.connect(port, "127.0.0.1");
      sock.once("connect", () => {
        sock.destroy();
        resolve();
      });
      sock.once("error", () => {
        sock.destroy();
        if (Date.now() > deadline) reject(new Error("embedded database did not start in time"));
        else setTimeout(attempt, 150);
      });
    };
    attempt();
  });
}

export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; log?: boolean }): Promise<EmbeddedPostgres> {
  // The database's files hold every password hash: nobody else on the host reads them.
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const port = await freePort(options.port ?? DEFAULT_EMBEDDED_PORT);
  const bin = path.join(ROOT, "node_modules", "@electric-sql", "pglite-socket", "dist", "scripts", "server.js");
  // The app uses a pool of 1 (PGlite multiplexes one session); extra slots are for migrations and psql.
  const child = spawn(process.execPath, [bin, `--db=${options.dataDir}`, `--port=${port}`, "--max-connections=10"], {
    cwd: ROOT,
    stdio: options.log ? "inherit" : "ignore",
  });
  await waitForPort(port, child, 60_000);
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    });
  return { url, port, stop };
}
