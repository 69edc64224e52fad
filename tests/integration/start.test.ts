// `npm start` checks the environment before it starts anything: a bad value stops it with a message
// naming the variable and what it must be, in Chinese and English, and no stack trace.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    // A database nobody listens on: were the check missing, start-up would fail later, differently.
    env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", PORT: "3452", ...env },
  });
}

describe("npm start with a bad environment", () => {
  it("refuses a non-numeric login limit, naming it", () => {
    const run = start({ NIANBAO_LOGIN_LIMIT_USER: "abc" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("启动失败（start failed）");
    expect(run.stderr).toContain('NIANBAO_LOGIN_LIMIT_USER="abc": 应为正整数（must be a whole number ≥ 1）');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toContain("数据库");
  });

  it("lists every bad variable at once", () => {
    const run = start({ PORT: "http", NIANBAO_DEMO: "yes" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT="http": 应为1–65535 之间的端口号（must be a port number from 1 to 65535）');
    expect(run.stderr).toContain('NIANBAO_DEMO="yes": 应为 1 或 0（must be 1 or 0）');
  });
});
