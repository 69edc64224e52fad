import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authSecretProblem } from "../../lib/auth/secret";

/**
 * Finding 10: the shipped compose file fixed NEXTAUTH_SECRET and turned the demo on, so anyone
 * could forge an admin session. Now a real installation (DATABASE_URL set) refuses to start
 * without a long, unpublished secret, and the compose file ships neither a secret nor the demo.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

function start(secret: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", PORT: "3399" };
  delete env.NEXTAUTH_SECRET;
  if (secret !== undefined) env.NEXTAUTH_SECRET = secret;
  return spawnSync(process.execPath, [TSX, "scripts/start.ts"], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
}

describe("the app refuses to start with a forgeable session secret", () => {
  it.each([
    ["missing", undefined],
    ["the value docker-compose.yml used to ship", "change-me-to-a-long-random-string"],
    ["shorter than 32 characters", "a-short-but-random-8Hq2"],
  ])("refuses a secret that is %s, with a message naming NEXTAUTH_SECRET", (_why, secret) => {
    const run = start(secret);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NEXTAUTH_SECRET/);
    expect(run.stderr).not.toMatch(/migrate|ECONNREFUSED/); // refused before touching the database
  });

  it("accepts a long random secret", () => {
    expect(authSecretProblem("Zq3vT0q1b3Yl9g2mE6fS0r8xWcKp4nH7uJ5dA1sLz0I")).toBeNull();
  });
});

describe("docker-compose.yml, the production shape", () => {
  const compose = fs
    .readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("#"))
    .join("\n");

  it("fixes no NEXTAUTH_SECRET: it must come from the installation's own .env", () => {
    const line = /NEXTAUTH_SECRET:\s*(.+)/.exec(compose)?.[1] ?? "";
    expect(line).toMatch(/^\$\{NEXTAUTH_SECRET:\?/);
  });

  it("does not load the demo accounts", () => {
    expect(compose).not.toMatch(/NIANBAO_DEMO/);
  });
});
