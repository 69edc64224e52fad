// Benchmark: `npm run report:pdf` for the demo 2022 report, as a user runs it. Measures the wall
// time of the whole command and the peak memory of its whole process tree (Node, Chromium and
// its helper processes), sampling /proc every 100 ms. Target: < 10 s and < 1.2 GB.
// Works on a throw-away database with the demo data: on DATABASE_URL's server when set, else an
// embedded PGlite.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { demoDatabase, treeMemory } from "./_process";
import { benchEnv, env } from "../../lib/env";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const RUNS = benchEnv().BENCH_RUNS;
const TARGET_SECONDS = 10;
const TARGET_BYTES = 1.2 * 1024 ** 3;

async function runOnce(env: NodeJS.ProcessEnv, out: string) {
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/report-pdf.ts", "--year", "2022", "--out", out],
    { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  let peak = { rss: 0, pss: 0, processes: 0 };
  const sample = () => {
    const m = treeMemory(child.pid!);
    if (m.rss > peak.rss) peak = { ...peak, rss: m.rss };
    if (m.pss > peak.pss) peak = { ...peak, pss: m.pss };
    peak.processes = Math.max(peak.processes, m.processes);
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`report:pdf exited with ${code}: ${stderr}`);
  return { seconds, ...peak, bytes: fs.statSync(out).size };
}

export async function benchPdf() {
  const { url, stop } = await demoDatabase("nianbao_bench_pdf", 56400);
  const childEnv = { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: env().DATABASE_URL ? "4" : "1" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-pdf-"));
  const results = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await runOnce(childEnv, path.join(dir, `report-${i}.pdf`));
      results.push(r);
      console.log(
        `  run ${i + 1}: ${r.seconds.toFixed(2)} s, peak RSS ${(r.rss / 1024 ** 2).toFixed(0)} MB (PSS ${(r.pss / 1024 ** 2).toFixed(0)} MB, ${r.processes} processes), ${(r.bytes / 1024 ** 2).toFixed(1)} MB PDF`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await stop();
  }
  const seconds = results.map((r) => r.seconds).sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)];
  const peakRss = Math.max(...results.map((r) => r.rss));
  const peakPss = Math.max(...results.map((r) => r.pss));
  // PSS counts each shared page once (split among the processes sharing it): the tree's real
  // footprint. Summed RSS counts Chromium's shared binary and libraries once per process (~12).
  const ok = median! < TARGET_SECONDS && peakPss < TARGET_BYTES;
  console.log(
    `pdf: demo 2022 report, median ${median!.toFixed(2)} s (best ${seconds[0]!.toFixed(2)} s), peak RSS ${(peakRss / 1024 ** 2).toFixed(0)} MB ` +
      `(PSS ${(peakPss / 1024 ** 2).toFixed(0)} MB) over ${results.length} runs, load ${os.loadavg()[0]!.toFixed(1)} — target < ${TARGET_SECONDS} s, < 1.2 GB (PSS): ${ok ? "OK" : "OVER"}`,
  );
  return { name: "pdf", median, best: seconds[0], peakRss, peakPss, ok };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("scripts/bench/pdf.ts")) {
  benchPdf()
    .then(() => process.exit(0))
    .catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
