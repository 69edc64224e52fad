// Province mode's import throughput (issue 24, target ≥ 10 packages/s): N packages (default 500) handed
// in by the department's admin as a folder (handInPackages: a few at a time, as the hand-in page does),
// each verified, stored and unpacked in its transaction. The packages are a real one's size
// (scripts/bench/_realistic-package.ts: the 2024 rule pack's indicator rows, ten cases with a photo
// each, a ~400 KB PDF; ~2 MB); PACKAGES=tiny for the small synthetic ones of the tests. N=100 for a
// quicker look. The machine is shared: the load average is printed beside the figure, and the
// process's CPU time per package, which depends less on the neighbours. Then every aggregate on them. On a scratch database of
// DATABASE_URL's server when set, else of an embedded PGlite; files go to a scratch storage folder.
// `npm run bench -- province-import` runs it alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-province-"));
process.env.NIANBAO_DATA_DIR = storageDir;

const { migrateDeploy } = await import("../../lib/runtime/migrate");
const { scratchDatabase } = await import("../../lib/runtime/scratch-database");
const { closePrismaClient, createPrismaClient } = await import("../../lib/server/db");
const { benchCodes, setUpBenchProvince } = await import("./_province");
const { folderConcurrency, handInPackages } = await import("../../lib/province/import");
const { buildPackage } = await import("../../lib/package/synthetic");
const { realisticPackage } = await import("./_realistic-package");
const { aggregateTables, topPerRegion } = await import("../../lib/province/aggregates");

const N = Number(process.env.N ?? 500);
const TINY = process.env.PACKAGES === "tiny";
const TARGET = 10;
const database = await scratchDatabase({ serverUrl: process.env.DATABASE_URL, prefix: "nianbao_bench_province" });
await migrateDeploy(database.url, { quiet: true });
// The app's pool (8 against Postgres, 1 against PGlite) and the folder import's share of it.
const POOL = Number(process.env.POOL ?? (database.embedded ? 1 : 8));
const CONCURRENCY = Number(process.env.CONCURRENCY ?? folderConcurrency(POOL));
const prisma = createPrismaClient(database.url, POOL);
const loadavg = () => {
  const [one, five] = os.loadavg();
  return `load ${one!.toFixed(1)} (1 min) ${five!.toFixed(1)} (5 min) on ${os.availableParallelism()} cores`;
};
try {
  const actor = await setUpBenchProvince(prisma);
  const codes = benchCodes(N);
  const types = ["SECONDARY", "HIGHER", "UNDERGRADUATE"] as const;
  await prisma.college.createMany({
    data: codes.map((code, i) => ({ code, name: `基准学院${i}`, type: types[i % 3]!, city: `城市${i % 16}` })),
  });

  let t = Date.now();
  const packages = [];
  for (const [i, code] of codes.entries())
    packages.push({
      fileName: `${code}.zip`,
      bytes: TINY
        ? buildPackage({ code, type: types[i % 3], rowsPerTable: 40, cases: 10 })
        : await realisticPackage({ code, type: types[i % 3]! }),
    });
  const built = Date.now() - t;
  const bytes = packages.reduce((n, p) => n + p.bytes.byteLength, 0);

  const before = loadavg();
  t = Date.now();
  const cpu = process.cpuUsage();
  const outcomes = await handInPackages({ prisma, actor, packages, concurrency: CONCURRENCY });
  const ms = Date.now() - t;
  const used = process.cpuUsage(cpu);
  const after = loadavg();
  const rate = N / (ms / 1000);
  const refused = outcomes.filter((o) => !o.result);
  const [submissions, figures, cases] = await Promise.all([
    prisma.submission.count(),
    prisma.submittedFigure.count(),
    prisma.pooledCase.count(),
  ]);
  console.log(
    `${database.embedded ? "PGlite" : "Postgres"}: built ${N} ${TINY ? "tiny" : "realistic"} packages (${(bytes / N / 1024).toFixed(0)} KB each) in ${built} ms`,
  );
  console.log(
    `imported ${submissions} (${figures} figures, ${cases} cases; ${CONCURRENCY} at a time, pool ${POOL}) in ${ms} ms: ` +
      `${rate.toFixed(1)} packages/s (target ≥ ${TARGET}) ${rate >= TARGET ? "ok" : "SLOW"}; ` +
      `node CPU ${((used.user + used.system) / 1000 / N).toFixed(1)} ms per package`,
  );
  console.log(`  ${before} before, ${after} after`);

  // Then every aggregate the province screens show, on what was imported (province-aggregates.ts
  // measures them on two years of seeded figures).
  await aggregateTables(prisma, 2024);
  t = Date.now();
  await aggregateTables(prisma, 2024, "all");
  await aggregateTables(prisma, 2024, "type");
  await aggregateTables(prisma, 2024, "city");
  await topPerRegion(prisma, 2024, "scorecard.r01", 0.1);
  const aggregates = Date.now() - t;
  console.log(
    `  every aggregate of the ${N} imported: ${aggregates} ms (target ≤ 2000 ms) ${aggregates <= 2000 ? "ok" : "OVER"}; ${loadavg()}`,
  );
  if (refused.length) throw new Error(`${refused.length} refused: ${refused[0]!.file}: ${refused[0]!.problems.join("; ")}`);
  if (submissions !== N) throw new Error(`expected ${N} submissions, got ${submissions}`);
} finally {
  await closePrismaClient(prisma);
  await database.dispose();
  fs.rmSync(storageDir, { recursive: true, force: true });
}
