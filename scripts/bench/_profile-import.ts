// Where one package's import spends its time (issue 24): N realistic packages (default 30) handed in
// one at a time after a warm-up; prints the wall time, this process's CPU and the database server's
// CPU per package. PROFILE=file.cpuprofile writes a CPU profile of the timed part (open it in Chrome's
// DevTools). `npx tsx scripts/bench/_profile-import.ts` (not part of `npm run bench`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Session } from "node:inspector/promises";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-profile-province-"));
process.env.NIANBAO_DATA_DIR = storageDir;
const { migrateDeploy } = await import("../../lib/runtime/migrate");
const { scratchDatabase } = await import("../../lib/runtime/scratch-database");
const { closePrismaClient, createPrismaClient } = await import("../../lib/server/db");
const { benchCodes, setUpBenchProvince } = await import("./_province");
const { handInPackage } = await import("../../lib/province/import");
const { realisticPackage } = await import("./_realistic-package");

const N = Number(process.env.N ?? 30);
const database = await scratchDatabase({ serverUrl: process.env.DATABASE_URL, prefix: "nianbao_profile_province" });
await migrateDeploy(database.url, { quiet: true });
const prisma = createPrismaClient(database.url, 4);
try {
  const actor = await setUpBenchProvince(prisma);
  const codes = benchCodes(N + 3);
  await prisma.college.createMany({
    data: codes.map((code, i) => ({ code, name: `基准学院${i}`, type: "HIGHER" as const, city: "城市" })),
  });
  const packages = await Promise.all(codes.map((code) => realisticPackage({ code, type: "HIGHER" })));
  console.log(`package: ${(packages[0]!.byteLength / 1024).toFixed(0)} KB`);
  // Warm-up (module loads, prepared plans), then reset.
  for (const bytes of packages.slice(N)) await handInPackage({ prisma, actor, bytes });
  const session = process.env.PROFILE ? new Session() : null;
  if (session) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
  }
  // The database's side: CPU of the server processes serving this database (Linux /proc, clock ticks of 10 ms).
  const backends = (await prisma.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`).map(
    (r) => r.pid,
  );
  const ticks = () =>
    backends.reduce((n, pid) => {
      try {
        const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        return n + Number(f[11]) + Number(f[12]);
      } catch {
        return n;
      }
    }, 0);
  const ticks0 = ticks();
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const bytes of packages.slice(0, N)) await handInPackage({ prisma, actor, bytes });
  const total = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(`postgres CPU per package: ${(((ticks() - ticks0) * 10) / N).toFixed(1)} ms (${backends.length} backends)`);
  if (session) {
    const { profile } = await session.post("Profiler.stop");
    fs.writeFileSync(process.env.PROFILE!, JSON.stringify(profile));
  }
  console.log(`node CPU per package: ${((used.user + used.system) / 1000 / N).toFixed(1)} ms`);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(`${N} packages one at a time: ${(total / N).toFixed(1)} ms each (load ${load})`);
} finally {
  await closePrismaClient(prisma);
  await database.dispose();
  fs.rmSync(storageDir, { recursive: true, force: true });
}
