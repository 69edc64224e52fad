// `npm start`: one command from a fresh clone to a running portal.
// 1. database: DATABASE_URL, or the embedded PGlite server under ./.data (port 55432+, never 5432)
// 2. migrations, 3. demo data (embedded: on first start, external: only with NIANBAO_DEMO=1)
// 4. `next build` when no build exists, 5. the web server (scripts/serve.ts: Next with request ids,
// JSON logs and a graceful SIGTERM) on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { DATA_DIR, resolveDatabase } from "../lib/runtime/database";
import { migrateDeploy } from "../lib/runtime/migrate";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

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

/** next-auth needs a secret: use NEXTAUTH_SECRET, or one generated once and kept in the data folder. */
function ensureAuthSecret(port: string) {
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const port = process.env.PORT ?? "3000";
  ensureAuthSecret(port);
  const database = await resolveDatabase();
  console.log(`[nianbao] 数据库（database）: ${database.embedded ? "embedded PGlite" : "DATABASE_URL"}`);
  await migrateDeploy(database.url, { quiet: true });
  await seedIfWanted(database.embedded);
  buildIfNeeded();

  const server = spawn(process.execPath, [TSX, path.join(ROOT, "scripts", "serve.ts")], { cwd: ROOT, stdio: "inherit", env: { ...process.env, PORT: port } });
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
