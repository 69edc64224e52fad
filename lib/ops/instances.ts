import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * Several app instances of this checkout on one database, for the replica test and the scale
 * benchmark: the first through `npm start` (migrations, demo data, build when asked), the others
 * straight through scripts/serve.ts, like replicas behind a balancer. Plus `npm run worker`.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

export type Instance = {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

function launch(script: string, env: Record<string, string | undefined>, port: number | null): Instance {
  const child = spawn(process.execPath, [TSX, path.join(ROOT, "scripts", script)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, ...(port ? { PORT: String(port) } : {}) },
  });
  let out = "";
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-200_000);
    if (process.env.NIANBAO_INSTANCE_LOGS === "1") process.stderr.write(d);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    port: port ?? 0,
    child,
    output: () => out,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) {
        // The whole group: `npm start` runs the server as its child.
        try {
          process.kill(-child.pid!, signal);
        } catch {
          /* gone */
        }
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          /* gone */
        }
      }, 30_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export async function waitForReady(url: string, child: ChildProcess, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance ${url} exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/api/ready`)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`instance ${url} not ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** `next build` once (into NEXT_DIST_DIR or .next) so the instances need not race to build. */
export function buildApp(env: Record<string, string | undefined> = {}): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NIANBAO_SKIP_TYPECHECK: "1", ...env },
  });
  if (r.status !== 0) throw new Error("next build failed");
}

/** The first instance prepares the database (migrations, demo data with NIANBAO_DEMO=1). */
export async function startFirstInstance(env: Record<string, string | undefined>, port: number): Promise<Instance> {
  const i = launch("start.ts", { NIANBAO_REBUILD: "0", ...env }, port);
  await waitForReady(i.url, i.child).catch((err) => {
    throw new Error(`${(err as Error).message}\n${i.output().slice(-3000)}`);
  });
  return i;
}

export async function startReplica(env: Record<string, string | undefined>, port: number): Promise<Instance> {
  const i = launch("serve.ts", env, port);
  await waitForReady(i.url, i.child).catch((err) => {
    throw new Error(`${(err as Error).message}\n${i.output().slice(-3000)}`);
  });
  return i;
}

export function startWorker(env: Record<string, string | undefined>): Instance {
  return launch("worker.ts", env, null);
}
