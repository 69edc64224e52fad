// `npm start`: one command from a fresh clone to a running portal.
// 1. database: DATABASE_URL, or the embedded PGlite server under ./.data (port 55432+, never 5432)
// 2. migrations, 3. demo data (embedded: on first start, external: only with NIANBAO_DEMO=1)
// 4. `next build` when no build exists, 5. `next start` on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { resolveDatabase } from "../lib/runtime/database";
import { migrateDeploy } from "../lib/runtime/migrate";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

async function seedIfWanted(embedded: boolean) {
  const { db } = await import("../lib/server/db");
  const { seedDemo } = await import("../lib/demo/seed");
  const firstStart = (await db().reportYear.count()) === 0;
  if ((embedded && firstStart) || process.env.NIANBAO_DEMO === "1") {
    console.log("[nianbao] 载入2022年演示数据（loading the 2022 demo data）…");
    await seedDemo(db(), { users: true });
  }
  await db().$disconnect();
  delete (globalThis as { __nianbaoPrisma?: unknown }).__nianbaoPrisma;
}

function buildIfNeeded() {
  if (fs.existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID")) && process.env.NIANBAO_REBUILD !== "1") return;
  console.log("[nianbao] 首次启动，正在构建（building the app once）…");
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: process.env });
  if (r.status !== 0) throw new Error("next build failed");
}

async function main() {
  const database = await resolveDatabase();
  console.log(`[nianbao] 数据库（database）: ${database.embedded ? "embedded PGlite" : "DATABASE_URL"}`);
  await migrateDeploy(database.url, { quiet: true });
  await seedIfWanted(database.embedded);
  buildIfNeeded();

  const port = process.env.PORT ?? "3000";
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", port], { cwd: ROOT, stdio: "inherit", env: process.env });
  console.log(`[nianbao] http://localhost:${port}`);
  const shutdown = async (code: number) => {
    await database.stop();
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch(async (err) => {
  console.error("[nianbao] 启动失败（start failed）:", err instanceof Error ? err.message : err);
  process.exit(1);
});
