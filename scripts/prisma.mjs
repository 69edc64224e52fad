#!/usr/bin/env node
// Runs the Prisma CLI the way it works offline here (docs/decisions/001-prisma-6-offline.md):
// a preload unrefs its long timers so it exits promptly, and a placeholder DATABASE_URL keeps
// `generate` from trying to download a native engine when none is set.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const preload = `--require=${path.join(root, "scripts", "unref-timers.cjs")}`;
const env = {
  ...process.env,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" "),
  DATABASE_URL: process.env.DATABASE_URL || "postgresql://unused@127.0.0.1:1/unused",
};
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
