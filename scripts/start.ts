// `npm start`: one command from a fresh clone to a running portal.
// 1. database: DATABASE_URL, or the embedded PGlite server under ./.data (port 55432+, never 5432)
// 2. migrations, 3. demo data (embedded: on first start, external: only with NIANBAO_DEMO=1)
// 4. `next build` when no build exists (beside 1-3), 5. the web server (scripts/serve.ts: Next with request ids,
// JSON logs and a graceful SIGTERM) on PORT (default 3000).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { authSecretProblem } from "../lib/auth/secret";
import { dataDir, env, scaleEnv } from "../lib/env";
import { prepareDatabase } from "../lib/runtime/database";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** The app server opens its own connections: this process lets go of the database before it starts. */
async function releaseDatabase() {
  const { closePrismaClient, db } = await import("../lib/server/db");
  await closePrismaClient(db());
  delete (globalThis as { __nianbaoPrisma?: unknown }).__nianbaoPrisma;
}

/**
 * `next build` when no build exists (or NIANBAO_REBUILD), as a child process, so the database can be
 * migrated and seeded beside it: the build reads no data, and the two together take the longer of the
 * two rather than their sum. `done` settles when the build is over (at once when none is needed).
 */
function buildIfNeeded(buildEnv: NodeJS.ProcessEnv): { done: Promise<void>; cancel: () => void } {
  const { NEXT_DIST_DIR, NIANBAO_REBUILD } = env();
  if (fs.existsSync(path.join(ROOT, NEXT_DIST_DIR, "BUILD_ID")) && !NIANBAO_REBUILD) return { done: Promise.resolve(), cancel: () => {} };
  console.log("[nianbao] 首次启动，正在构建（building the app once）…");
  // Compile only: types are checked by `npm run typecheck` and CI. A full check would need the
  // devDependencies (the tests import vitest), which a production install (--omit=dev) leaves out.
  const build = spawn(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...buildEnv, NIANBAO_SKIP_TYPECHECK: "1" },
  });
  const done = new Promise<void>((resolve, reject) => {
    build.on("error", reject);
    build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error("next build failed"))));
  });
  done.catch(() => undefined); // awaited by the caller; a failure is reported there
  return { done, cancel: () => build.kill("SIGTERM") };
}

/**
 * next-auth needs a secret. With DATABASE_URL (a real installation) it must be given, long and
 * unpublished, or we refuse to start. Only the embedded demo shape (no DATABASE_URL) generates
 * one per installation, kept in the data folder.
 */
function ensureAuthSecret(port: number) {
  if (!env().NEXTAUTH_URL) process.env.NEXTAUTH_URL = `http://localhost:${port}`;
  if (!env().NEXTAUTH_SECRET && !env().DATABASE_URL) {
    // A generated secret belongs to one instance: instances sharing users need the same one.
    if (scaleEnv().NIANBAO_INSTANCES > 1 || env().S3_BUCKET) {
      throw new Error(
        "多个实例或对象存储时必须设置 NEXTAUTH_SECRET（with several instances or S3 storage, set NEXTAUTH_SECRET for all of them）",
      );
    }
    const file = path.join(dataDir(), "nextauth-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dataDir(), { recursive: true, mode: 0o700 });
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  const problem = authSecretProblem(process.env.NEXTAUTH_SECRET);
  if (problem) throw new Error(problem);
}

/** An installation that is not set up yet: the one-time set-up token, in the log only its owner reads. */
async function announceSetupToken(port: number) {
  const { db } = await import("../lib/server/db");
  const { issueSetupToken, setupTokenNotice } = await import("../lib/institution/setup-token");
  const token = await issueSetupToken(db());
  if (token) console.log(setupTokenNotice(token, env().NEXTAUTH_URL ?? `http://localhost:${port}`));
}

async function main() {
  // A bad variable stops here, before anything is started, with every problem named.
  const port = env().PORT;
  ensureAuthSecret(port);
  // The build runs beside migrations and the demo seed. It starts once the database answers: the
  // embedded server's start has a time limit that a build beside it could make it miss on a busy
  // machine. Its environment is taken now, without the embedded database's URL (a build reads no data).
  const buildEnv = { ...process.env };
  let build: ReturnType<typeof buildIfNeeded> | undefined;
  const database = await prepareDatabase({ onStarted: () => (build = buildIfNeeded(buildEnv)) }).catch((err: unknown) => {
    build?.cancel(); // nothing will serve what it builds
    throw err;
  });
  try {
    await announceSetupToken(port);
    await releaseDatabase();
    await build?.done;
  } catch (err) {
    await database.stop(); // the embedded server must not outlive a failed start
    throw err;
  }

  // Our own server around Next's handler (scripts/serve.ts): request ids, the socket address, graceful
  // shutdown and the published report's pre-compressed bytes.
  const server = spawn(process.execPath, [TSX, path.join(ROOT, "scripts", "serve.ts")], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, PORT: String(port), NODE_ENV: "production" },
  });
  console.log(`[nianbao] http://localhost:${port}`);
  const shutdown = async (code: number) => {
    await database.stop();
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((err: unknown) => {
  console.error("[nianbao] 启动失败（start failed）:", err instanceof Error ? err.message : err);
  process.exit(1);
});
