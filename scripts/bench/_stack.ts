// Shared by the report and scale benchmarks: a throw-away database with the demo data, a fresh
// build (skip with BENCH_SKIP_BUILD=1 when .next is built from this code), app instances on
// BENCH_PORT, BENCH_PORT+1, …, and autocannon with percentiles.
import { randomBytes } from "node:crypto";
import http from "node:http";
import autocannon from "autocannon";
import { buildApp, startFirstInstance, startReplica, type Instance } from "../../lib/ops/instances";
import { scratchDatabase } from "../../lib/runtime/scratch-database";

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const DURATION = Number(process.env.BENCH_DURATION ?? 15);
export const PATH = process.env.BENCH_PATH ?? "/reports/2022";
export const ACCEPT = "gzip, br";

export async function startStack(count: number): Promise<{ instances: Instance[]; stop: () => Promise<void>; databaseUrl: string }> {
  const base = Number(process.env.BENCH_PORT ?? 3201);
  const database = await scratchDatabase({
    serverUrl: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    prefix: "nianbao_bench",
  });
  const env = {
    DATABASE_URL: database.url,
    NIANBAO_DEMO: "1",
    // A fixed example secret is refused at start (lib/env.ts): a random one per run.
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64"),
    NIANBAO_WORKER: "off",
  };
  const instances: Instance[] = [];
  const stop = async () => {
    for (const i of instances.reverse()) await i.stop();
    await database.dispose();
  };
  try {
    if (process.env.BENCH_SKIP_BUILD !== "1") buildApp();
    instances.push(await startFirstInstance(env, base));
    for (let n = 1; n < count; n++) instances.push(await startReplica(env, base + n));
  } catch (err) {
    await stop();
    throw err;
  }
  return { instances, stop, databaseUrl: database.url };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export type Run = { rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number; requests: number; mibps: number };

export async function load(url: string, label: string): Promise<Run> {
  const latencies: number[] = [];
  const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { "accept-encoding": ACCEPT } });
  instance.on("response", (_c: unknown, _s: number, _b: number, time: number) => {
    latencies.push(time);
  });
  const r = await instance;
  latencies.sort((a, b) => a - b);
  const run: Run = {
    rps: r.requests.total / (r.duration || DURATION),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: r.non2xx,
    errors: r.errors,
    requests: r.requests.total,
    mibps: r.throughput.average / 1024 / 1024,
  };
  console.log(
    `${label.padEnd(34)} ${run.rps.toFixed(0).padStart(6)} req/s · p50 ${run.p50.toFixed(1)} ms · p95 ${run.p95.toFixed(1)} ms · p99 ${run.p99.toFixed(1)} ms · ${run.mibps.toFixed(1)} MiB/s · ${run.non2xx} non-2xx, ${run.errors} errors`,
  );
  return run;
}

/** The raw (still compressed) answer, as a CDN would store it: fetch() would decompress. */
export function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

export async function warm(url: string, n = 10) {
  for (let i = 0; i < n; i++) await rawGet(url, { "accept-encoding": ACCEPT });
}
