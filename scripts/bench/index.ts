// `npm run bench`: runs every benchmark in scripts/bench/ (each file but this one), one after the other.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const DIR = import.meta.dirname;
const TSX = path.resolve(DIR, "..", "..", "node_modules", "tsx", "dist", "cli.mjs");
const only = process.argv.slice(2);
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.endsWith(".d.ts") && !f.startsWith("_"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

let failed = 0;
for (const f of files) {
  console.log(`\n=== bench: ${f} ===`);
  const r = spawnSync(process.execPath, [TSX, path.join(DIR, f)], { stdio: "inherit", env: process.env });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
