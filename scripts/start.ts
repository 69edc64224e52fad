// `npm start`: one command from a fresh clone to a running portal.
// 1. database: DATABASE_URL, or the embedded PGlite server under ./.data (port 55432+, never 5432)
// 2. migrations, 3. demo data (embedded: on first start, external: only with NIANBAO_DEMO=1)
// 4. `next build` when no build exists, 5. serve it (scripts/serve.mjs) on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { DATA_DIR, resolveDatabase } from "../lib/runtime/database";
import { migrateDeploy } from "../lib/runtime/migrate";
import { authSecretProblem } from "../lib/auth/secret";
import { connectedAsOwner, grantAppRole } from "../lib/runtime/app-role";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

async function seedIfWanted(embedded: boolean) {
  const { db } = await import("../lib/server/db");
  const { seedDemo } = await import("../lib/demo/seed");
  const firstStart = (await db().reportYear.count()) === 0;
  // The embedded default shows the demo unless NIANBAO_DEMO=0 asks for a real, empty installation.
  if ((embedded && firstStart && process.env.NIANBAO_DEMO !== "0") || process.env.NIANBAO_DEMO === "1") {
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

/**
 * next-auth needs a secret. With DATABASE_URL (a real installation) it must be given, long and
 * unpublished, or we refuse to start. Only the embedded demo shape (no DATABASE_URL) generates
 * one per installation, kept in the data folder.
 */
function ensureAuthSecret(port: string) {
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!process.env.NEXTAUTH_SECRET && !process.env.DATABASE_URL) {
    const file = path.join(DATA_DIR, "nextauth-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(DATA_DIR, { recursive: true });
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  const problem = authSecretProblem(process.env.NEXTAUTH_SECRET);
  if (problem) throw new Error(problem);
}

async function main() {
  const port = process.env.PORT ?? "3000";
  ensureAuthSecret(port);
  const database = await resolveDatabase();
  console.log(`[nianbao] 数据库（database）: ${database.embedded ? "embedded PGlite" : "DATABASE_URL"}`);
  // With NIANBAO_MIGRATION_URL (the tables' owner), migrations run as the owner and the app's own
  // role (the user of DATABASE_URL) gets only the rights it needs: docs/security.md.
  const ownerUrl = process.env.NIANBAO_MIGRATION_URL;
  await migrateDeploy(ownerUrl ?? database.url, { quiet: true });
  if (ownerUrl) {
    const { role } = await grantAppRole({ ownerUrl, appUrl: database.url });
    console.log(`[nianbao] 应用以数据库角色 ${role} 运行（the app runs as database role ${role}）`);
  } else if (!database.embedded && (await connectedAsOwner(database.url))) {
    console.warn("[nianbao] 警告：应用以表的所有者或超级用户连接数据库，审计日志可被关闭；请设置 NIANBAO_MIGRATION_URL（warning: the app connects as the tables' owner or a superuser, so the audit log can be switched off; set NIANBAO_MIGRATION_URL, see docs/security.md）");
  }
  await seedIfWanted(database.embedded);
  buildIfNeeded();

  // Our own server around Next's handler, so the app can see each request's socket address.
  const server = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs"), port],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
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
