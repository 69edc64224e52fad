// `npm run report:pdf` on a fresh clone, before any `npm start`: with DATABASE_URL unset it prepares
// the embedded database the way `npm start` does (migrations, the demo data on first start) instead
// of failing on a table that does not exist yet.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_CHROMIUM_MISSING } from "../../lib/pdf/spawn";
import { chromiumSkipReason } from "../support/chromium";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

describe("report:pdf before any npm start", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-fresh-pdf-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("migrates and seeds the empty embedded database, then prints the 2022 report", () => {
    const { DATABASE_URL: _unset, ...env } = process.env;
    const out = path.join(dataDir, "report.pdf");
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/report-pdf.ts", "--year", "2022", "--out", out],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 280_000,
        // Its own data folder and a port of its own, away from the 55432 of a developer's `npm start`.
        env: { ...env, NIANBAO_DATA_DIR: dataDir, NIANBAO_PG_PORT: String(56300 + Math.floor(Math.random() * 100)) },
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).not.toContain("does not exist");
    expect(run.stdout).toContain("embedded PGlite");
    expect(run.stdout).toContain("载入2022年演示数据");
    if (chromiumSkipReason()) {
      // Without a browser it gets as far as printing, and says why it stops there.
      expect(run.status, output).toBe(EXIT_CHROMIUM_MISSING);
    } else {
      expect(run.status, output).toBe(0);
      expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    }
  }, 300_000);
});
