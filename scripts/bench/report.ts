// Benchmark of the public report page /reports/2022 under 20 concurrent clients (autocannon).
// Target: p95 < 300 ms after the first request.
//
// BENCH_URL=http://host:port   bench a running app instead of starting one.
// Otherwise it starts its own: a throw-away database on DATABASE_URL's server (default: the local
// Postgres) with the demo data, freshly built (into .next, or NEXT_DIST_DIR), on BENCH_PORT (3201).
// BENCH_CONNECTIONS (20), BENCH_DURATION seconds (20), BENCH_PATH (/reports/2022).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import { benchEnv, env } from "../../lib/env";
import { scratchDatabase } from "../../lib/runtime/scratch-database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const { BENCH_CONNECTIONS: CONNECTIONS, BENCH_DURATION: DURATION, BENCH_PATH: PATH } = benchEnv();
const TARGET_P95 = 300;

async function startApp(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = String(benchEnv().BENCH_PORT);
  const database = await scratchDatabase({ serverUrl: env().DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres", prefix: "nianbao_bench" });
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], detached: true,
    env: { ...process.env, DATABASE_URL: database.url, NIANBAO_DEMO: "1", PORT: port, NODE_ENV: "production",
      NIANBAO_REBUILD: "1", NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
      NIANBAO_SKIP_TYPECHECK: "1" },
  });
  const stop = async () => {
    try { process.kill(-child.pid!, "SIGTERM"); } catch { /* already gone */ }
    await new Promise((r) => setTimeout(r, 1500));
    await database.dispose();
  };
  const appUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error("the app exited before it was ready");
    try { if ((await fetch(`${appUrl}/`)).ok) break; } catch { /* not up yet */ }
    if (Date.now() > deadline) { await stop(); throw new Error("the app did not start within 10 minutes"); }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { url: appUrl, stop };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!; // index clamped to [0, length - 1] by Math.min and the non-empty sample
}

async function main() {
  const benchUrl = benchEnv().BENCH_URL;
  const app = benchUrl ? { url: benchUrl.replace(/\/$/, ""), stop: async () => {} } : await startApp();
  try {
    const target = `${app.url}${PATH}`;
    const first = Date.now();
    const res = await fetch(target);
    const body = await res.text();
    console.log(`first request: ${res.status} in ${Date.now() - first} ms, ${(body.length / 1024).toFixed(0)} KiB of text`);
    if (!res.ok) throw new Error(`${target} answered ${res.status}`);
    for (let i = 0; i < 5; i++) await (await fetch(target)).text(); // warm-up

    const latencies: number[] = [];
    const instance = autocannon({ url: target, connections: CONNECTIONS, duration: DURATION });
    instance.on("response", (_client: unknown, _status: number, _bytes: number, time: number) => { latencies.push(time); });
    const result = await instance;
    latencies.sort((a, b) => a - b);
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p));
    const rps = result.requests.total / (result.duration || DURATION);
    console.log(`${PATH}: ${CONNECTIONS} connections for ${DURATION} s, ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors`);
    console.log(`latency p50 ${p50!.toFixed(1)} ms · p95 ${p95!.toFixed(1)} ms · p99 ${p99!.toFixed(1)} ms · max ${latencies.at(-1)?.toFixed(1)} ms`);
    console.log(`throughput ${rps.toFixed(1)} req/s · ${(result.throughput.average / 1024 / 1024).toFixed(1)} MiB/s`);
    console.log(p95! < TARGET_P95 ? `PASS: p95 ${p95!.toFixed(1)} ms < ${TARGET_P95} ms` : `MISS: p95 ${p95!.toFixed(1)} ms ≥ ${TARGET_P95} ms (target)`);
    if (result.non2xx || result.errors) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
