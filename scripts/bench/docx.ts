// Benchmark: `npm run report:docx` for the demo 2022 report, as a user runs it. Measures the wall
// time of the whole command (start-up, database, pictures, packing) and the peak memory of its
// process tree, sampling /proc every 100 ms; also the time the command reports for building the
// document alone. Target: ≤ 5 s and ≤ 500 MB. Works on a throw-away database with the demo data
// (DATABASE_URL's server when set, else an embedded PGlite). `npm run bench -- docx` runs it alone.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchEnv } from "../../lib/env";
import { demoDatabase, treeCpuSeconds, treeMemory } from "./_process";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const RUNS = benchEnv().BENCH_RUNS;
const TARGET_SECONDS = 5;
const TARGET_BYTES = 500 * 1024 ** 2;

async function runOnce(env: NodeJS.ProcessEnv, out: string) {
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/report-docx.ts", "--year", "2022", "--out", out],
    { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  let peak = { rss: 0, pss: 0 };
  // CPU time says what the command costs when the machine is shared (wall time grows with the load).
  let cpu = 0;
  const timer = setInterval(() => {
    const m = treeMemory(child.pid!);
    peak = { rss: Math.max(peak.rss, m.rss), pss: Math.max(peak.pss, m.pss) };
    cpu = Math.max(cpu, treeCpuSeconds(child.pid!));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`report:docx exited with ${code}: ${stderr}`);
  // The command's own last line: "…：201 KB，1.2 s" (building the document, after loading it).
  const build = Number(/，([\d.]+) s\s*$/.exec(stdout.trim())?.[1] ?? NaN);
  return { seconds, build, cpu, ...peak, bytes: fs.statSync(out).size };
}

export async function benchDocx() {
  const { url, stop } = await demoDatabase("nianbao_bench_docx", 56500);
  const env = { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: process.env.DATABASE_URL ? "4" : "1" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-docx-"));
  const results = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await runOnce(env, path.join(dir, `report-${i}.docx`));
      results.push(r);
      console.log(
        `  run ${i + 1}: ${r.seconds.toFixed(2)} s (document ${r.build.toFixed(1)} s; CPU ${r.cpu.toFixed(1)} s), peak RSS ${(r.rss / 1024 ** 2).toFixed(0)} MB (PSS ${(r.pss / 1024 ** 2).toFixed(0)} MB), ${(r.bytes / 1024).toFixed(0)} KB .docx`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await stop();
  }
  const seconds = results.map((r) => r.seconds).sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)];
  const peakRss = Math.max(...results.map((r) => r.rss));
  const cpu = results.map((r) => r.cpu).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  const documentSeconds = results.map((r) => r.build).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  const ok = median! <= TARGET_SECONDS && peakRss <= TARGET_BYTES;
  console.log(
    `docx: demo 2022 report, median ${median!.toFixed(2)} s (best ${seconds[0]!.toFixed(2)} s; document ${documentSeconds!.toFixed(1)} s; CPU ${cpu!.toFixed(1)} s), peak RSS ${(peakRss / 1024 ** 2).toFixed(0)} MB ` +
      `over ${results.length} runs, load ${os.loadavg()[0]!.toFixed(1)} — target ≤ ${TARGET_SECONDS} s, ≤ 500 MB: ${ok ? "OK" : "OVER"}`,
  );
  return { name: "docx", median, best: seconds[0], documentSeconds, cpu, peakRss, ok };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("scripts/bench/docx.ts")) {
  benchDocx()
    .then(() => process.exit(0))
    .catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
