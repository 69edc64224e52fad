// Province mode's import throughput (issue 24, target ≥ 10 packages/s): N synthetic valid packages
// (six indicator tables of 40 rows, 10 cases with a photo each, built through the package schema
// by lib/package/synthetic.ts) handed in one after another by the department's admin, each
// verified, stored and unpacked in its transaction. On a scratch database of DATABASE_URL's
// server when set, else of an embedded PGlite; files go to a scratch storage folder.
// `npm run bench -- province` runs it alone; N=50 for a quick look.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-province-"));
process.env.NIANBAO_DATA_DIR = storageDir;

const { migrateDeploy } = await import("../../lib/runtime/migrate");
const { scratchDatabase } = await import("../../lib/runtime/scratch-database");
const { closePrismaClient, createPrismaClient } = await import("../../lib/server/db");
const { completeSetup } = await import("../../lib/institution/service");
const { issueSetupToken } = await import("../../lib/institution/setup-token");
const { handInPackage } = await import("../../lib/province/import");
const { buildPackage } = await import("../../lib/package/synthetic");

const N = Number(process.env.N ?? 500);
const TARGET = 10;
const database = await scratchDatabase({ serverUrl: process.env.DATABASE_URL, prefix: "nianbao_bench_province" });
await migrateDeploy(database.url, { quiet: true });
// As the admin's folder import would run with a few at a time: each package's work is mostly waiting (files, database).
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 4);
const prisma = createPrismaClient(database.url, CONCURRENCY);
try {
  const setupToken = (await issueSetupToken(prisma))!;
  const { administrator } = await completeSetup({
    prisma,
    setupToken,
    kind: "PROVINCE",
    institution: { name: "基准省教育厅" },
    admin: { username: "bench", displayName: "bench", password: "Jizhun-sheng-2025!", passwordConfirm: "Jizhun-sheng-2025!" },
  });
  const actor = { id: administrator!.id, username: "bench", displayName: "bench", role: "ADMIN" as const, departmentId: null };
  const codes = Array.from({ length: N }, (_, i) => String(4100000000 + i));
  const types = ["SECONDARY", "HIGHER", "UNDERGRADUATE"] as const;
  await prisma.college.createMany({
    data: codes.map((code, i) => ({ code, name: `基准学院${i}`, type: types[i % 3]!, city: `城市${i % 16}` })),
  });

  let t = Date.now();
  const packages = codes.map((code, i) => buildPackage({ code, type: types[i % 3], rowsPerTable: 40, cases: 10 }));
  const built = Date.now() - t;
  const bytes = packages.reduce((n, p) => n + p.byteLength, 0);

  t = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < packages.length) await handInPackage({ prisma, actor, bytes: packages[next++]! });
    }),
  );
  const ms = Date.now() - t;
  const rate = N / (ms / 1000);
  const [submissions, figures, cases] = await Promise.all([
    prisma.submission.count(),
    prisma.submittedFigure.count(),
    prisma.pooledCase.count(),
  ]);
  console.log(
    `${database.embedded ? "PGlite" : "Postgres"}: built ${N} packages (${(bytes / N / 1024).toFixed(0)} KB each) in ${built} ms; ` +
      `imported ${submissions} (${figures} figures, ${cases} cases; ${CONCURRENCY} at a time) in ${ms} ms: ${rate.toFixed(1)} packages/s (target ≥ ${TARGET}) ${rate >= TARGET ? "ok" : "SLOW"}`,
  );
  if (submissions !== N) throw new Error(`expected ${N} submissions, got ${submissions}`);
} finally {
  await closePrismaClient(prisma);
  await database.dispose();
  fs.rmSync(storageDir, { recursive: true, force: true });
}
