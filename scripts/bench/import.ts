// Benchmark: importing 10,000 competition-award rows from an .xlsx through the code the import
// page uses — parseSpreadsheet → validateSheet + findDuplicates → importRecords (which
// re-validates and writes all rows and their audit rows in one transaction).
// The import runs in a child process so that its peak memory is the import's alone: RSS is
// sampled from /proc every 50 ms, and the child also reports its own peak (getrusage maxRSS).
// Works on a throw-away database: on DATABASE_URL's server when set, else an embedded PGlite.
// Target on the 2-core machine: < 30 s and < 500 MB.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchEnv, env } from "../../lib/env";
import { scratchDatabase } from "../../lib/runtime/scratch-database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const ROWS = benchEnv().BENCH_IMPORT_ROWS;
const TARGET_SECONDS = 30;
const TARGET_BYTES = 500 * 1024 ** 2;
const PAGE = 4096;
const MB = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MB`;

type ChildResult = { parse: number; validate: number; commit: number; created: number; maxRss: number; load: number };

/** The measured part, run in the child: `tsx scripts/bench/import.ts --child <file.xlsx>`. */
async function child(file: string) {
  const loadStarted = performance.now();
  const { createPrismaClient, closePrismaClient } = await import("../../lib/server/db");
  const { parseSpreadsheet } = await import("../../lib/import/parse");
  const { findDuplicates, validateSheet } = await import("../../lib/import/validate");
  const { importRecords } = await import("../../lib/import/commit");
  const { kindBySlug } = await import("../../lib/records/kinds");
  const prisma = createPrismaClient(env().DATABASE_URL!, 4);
  const user = await prisma.user.findUniqueOrThrow({ where: { username: "staff-a" } });
  const actor = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, departmentId: user.departmentId };
  const kind = kindBySlug("competition-awards")!;
  const load = (performance.now() - loadStarted) / 1000;

  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const s = (now - t) / 1000;
    t = now;
    if (benchEnv().BENCH_DEBUG)
      console.error(
        `lap ${s.toFixed(2)} s rss ${MB(process.memoryUsage().rss)} heap ${MB(process.memoryUsage().heapUsed)} max ${MB(process.resourceUsage().maxRSS * 1024)}`,
      );
    return s;
  };
  const bytes = fs.readFileSync(file);
  const { rows } = await parseSpreadsheet(bytes);
  const parse = lap();
  // What the preview does; the commit below validates again, as the server does at confirm time.
  await (async () => {
    const sheet = validateSheet({ kind, rows, year: 2022, academicYear: "2021-2022" });
    if (sheet.issues.length)
      throw new Error(`fixture has ${sheet.issues.length} invalid cells: ${JSON.stringify(sheet.issues.slice(0, 3))}`);
    const dups = await findDuplicates({ prisma, kind, year: 2022, departmentId: actor.departmentId!, valid: sheet.valid });
    if (dups.length) throw new Error(`fixture has ${dups.length} duplicates`);
  })();
  const validate = lap();
  const out = await importRecords({ actor, kind, year: 2022, rows, prisma });
  const commit = lap();
  await closePrismaClient(prisma);
  const result: ChildResult = { parse, validate, commit, created: out.created.length, maxRss: process.resourceUsage().maxRSS * 1024, load };
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

async function fixture(file: string) {
  const ExcelJS = (await import("exceljs")).default;
  const { buildTemplate, DATA_SHEET } = await import("../../lib/import/template");
  const { formatPrizes } = await import("../../lib/records/format");
  const { competitionAwards, TABLE1_ROWS } = await import("../../prisma/demo/records");
  const { kindBySlug } = await import("../../lib/records/kinds");
  const LEVEL = {
    INTERNATIONAL: "国际级",
    NATIONAL: "国家级",
    PROVINCIAL: "省市级",
    INDUSTRY: "行业级",
    DISTRICT: "区级",
    SCHOOL: "校级",
  } as Record<string, string>;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await buildTemplate(kindBySlug("competition-awards")!));
  const sheet = wb.getWorksheet(DATA_SHEET)!;
  sheet.spliceRows(3, 1); // the example row
  const table1 = competitionAwards.slice(0, TABLE1_ROWS);
  for (let i = 0; i < ROWS; i++) {
    const r = table1[i % table1.length];
    sheet.addRow([
      `${r!.competition}（基准测试 ${i + 1}）`,
      LEVEL[r!.level as string],
      formatPrizes(r!.prizes),
      i % 7 ? "学生" : "教师",
      r!.entryType === "INDIVIDUAL" ? "个人" : "团体",
      // A day of each month of the 2021-2022 academic year (the report year 2022's dates must fall in it).
      `${(i % 12) + 9 > 12 ? 2022 : 2021}-${String((((i % 12) + 8) % 12) + 1).padStart(2, "0")}-15`,
      "天津市教育委员会",
      "技能大赛",
    ]);
  }
  await wb.xlsx.writeFile(file);
}

/** RSS of the largest process in the tree under `root` (tsx runs the script in a child node process). */
function rssOf(root: number): number {
  const parents = new Map<number, number>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* ended */
    }
  }
  let max = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      max = Math.max(max, Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE);
    } catch {
      /* ended */
    }
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return max;
}

export async function benchImport() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-import-"));
  const file = path.join(dir, "awards.xlsx");
  const database = await scratchDatabase({ serverUrl: env().DATABASE_URL, prefix: "nianbao_bench_import" });
  try {
    const { migrateDeploy } = await import("../../lib/runtime/migrate");
    const { createPrismaClient, closePrismaClient } = await import("../../lib/server/db");
    const { seedDemo } = await import("../../lib/demo/seed");
    await migrateDeploy(database.url, { quiet: true });
    const prisma = createPrismaClient(database.url, 2);
    await seedDemo(prisma, { users: true });
    await fixture(file);

    const started = process.hrtime.bigint();
    const proc = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/bench/import.ts", "--child", file], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, NIANBAO_DATA_DIR: dir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (d) => {
      stdout += d;
    });
    proc.stderr.on("data", (d) => {
      stderr += d;
    });
    let sampled = 0;
    const timer = setInterval(() => {
      sampled = Math.max(sampled, rssOf(proc.pid!));
    }, 50);
    const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
    clearInterval(timer);
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const line = stdout.split("\n").find((l) => l.startsWith("BENCH_RESULT "));
    if (code !== 0 || !line) throw new Error(`import bench child exited with ${code}: ${stderr.slice(-2000)}`);
    const r = JSON.parse(line.slice("BENCH_RESULT ".length)) as ChildResult;
    if (benchEnv().BENCH_DEBUG) process.stderr.write(stderr);
    const saved = await prisma.competitionAward.count({ where: { competition: { contains: "（基准测试 " }, record: { status: "DRAFT" } } });
    const audits = await prisma.auditLog.count({ where: { action: "CREATE", reason: "import" } });
    await closePrismaClient(prisma);
    if (saved !== ROWS || audits !== ROWS) throw new Error(`expected ${ROWS} rows and audit rows, found ${saved} and ${audits}`);

    const seconds = r.parse + r.validate + r.commit;
    const peakRss = Math.max(sampled, r.maxRss);
    const ok = seconds < TARGET_SECONDS && peakRss < TARGET_BYTES;
    console.log(
      `  .xlsx ${(fs.statSync(file).size / 1024 ** 2).toFixed(1)} MB; parse ${r.parse.toFixed(2)} s, validate + duplicate check ${r.validate.toFixed(2)} s, ` +
        `commit (re-validate + 1 transaction) ${r.commit.toFixed(2)} s; process start and module load ${r.load.toFixed(2)} s, wall ${wall.toFixed(2)} s`,
    );
    console.log(
      `import: ${ROWS} competition awards, ${seconds.toFixed(2)} s, peak RSS ${MB(peakRss)} (sampled ${MB(sampled)}, getrusage ${MB(r.maxRss)}), ` +
        `load ${os.loadavg()[0]!.toFixed(1)} — target < ${TARGET_SECONDS} s, < 500 MB: ${ok ? "OK" : "OVER"}`,
    );
    return { name: "import", seconds, peakRss, ok };
  } finally {
    await database.dispose().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes("--child")) {
  child(process.argv[process.argv.indexOf("--child") + 1]!)
    .then(() => process.exit(0))
    .catch((err) => {
      console.error(err instanceof Error ? err.stack : err);
      process.exit(1);
    });
} else if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("scripts/bench/import.ts")) {
  benchImport()
    .then((r) => process.exit(r.ok ? 0 : 1))
    .catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
