// The app under test for Playwright: a fresh build on a fresh database with the demo data.
// With DATABASE_URL set, a throw-away database on that server; otherwise a new embedded one.
// One per worker (E2E_INSTANCE, tests/support/e2e-instances.ts): instance 0 builds, the others
// start on that build once instance 0 answers (then migrate and seed their own databases).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import pg from "pg";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { dropStaleScratchDatabases, scratchDatabase } from "../../lib/runtime/scratch-database";
import { appPort, smtpPort } from "./e2e-instances";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const EXPECTED_NOISE = /^\[auth\] JWT_SESSION_ERROR$/;

async function dropRole(serverUrl: string, role: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP ROLE IF EXISTS "${role}"`);
  } finally {
    await client.end();
  }
}

/** Until the first instance serves: its build is then complete, and this instance may start on it. */
async function firstInstanceUp() {
  const url = `http://127.0.0.1:${appPort(0)}/`;
  for (;;) {
    const ok = await fetch(url).then(
      (res) => res.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function main() {
  const instance = Number(process.env.E2E_INSTANCE ?? 0);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NIANBAO_REBUILD: process.env.E2E_SKIP_BUILD === "1" || instance > 0 ? "0" : "1",
    NEXTAUTH_URL: `http://127.0.0.1:${process.env.PORT ?? "3100"}`,
    // A fresh secret per run: published values are refused at start.
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    // The browser tests sign in many times from one address.
    NIANBAO_LOGIN_LIMIT_IP: "10000",
    NIANBAO_SKIP_TYPECHECK: "1",
    // Notices must come from what a spec does, not from the daily run the clock happens to reach.
    NIANBAO_SCHEDULE: "off",
    // Notification mail goes to the SMTP server a test starts on this port (tests/support/smtp.ts).
    SMTP_URL: `smtp://127.0.0.1:${smtpPort(instance)}`,
  };
  let cleanup = async () => {};
  if (process.env.DATABASE_URL) {
    await dropStaleScratchDatabases(process.env.DATABASE_URL, "nianbao_e2e");
    const database = await scratchDatabase({ serverUrl: process.env.DATABASE_URL, prefix: "nianbao_e2e" });
    // The production shape: migrations as the owner, the app as its own restricted role.
    const role = `nianbao_e2e_app_${process.pid}`;
    const appUrl = new URL(database.url);
    appUrl.username = role;
    appUrl.password = crypto.randomBytes(12).toString("hex");
    env.NIANBAO_MIGRATION_URL = database.url;
    env.DATABASE_URL = appUrl.toString();
    env.NIANBAO_DEMO = "1";
    cleanup = async () => {
      await database.dispose();
      await dropRole(process.env.DATABASE_URL!, role);
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-e2e-"));
    env.NIANBAO_DATA_DIR = dir;
    env.NIANBAO_PG_PORT = String(56900 + instance);
    cleanup = () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true }));
  }
  if (instance > 0 && process.env.E2E_SKIP_BUILD !== "1") await firstInstanceUp();
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    cwd: ROOT,
    env,
    stdio: ["inherit", "inherit", "pipe"],
  });
  // The app logs every refused session cookie; the browser tests forge and expire hundreds on purpose
  // (tests/e2e/auth/admin-pages, a deactivated user): those lines are dropped, everything else passes.
  readline.createInterface({ input: child.stderr }).on("line", (line) => {
    if (!EXPECTED_NOISE.test(line)) process.stderr.write(`${line}\n`);
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  child.on("exit", (code) => {
    void cleanup()
      .catch(() => undefined)
      .then(() => process.exit(code ?? 0));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
