// The embedded-database pass runs only the files of tests/support/embedded-suite.ts: each must exist,
// use a database and say why it is there, or the second pass silently tests less than it claims.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_SUITE } from "../support/embedded-suite";
import embeddedConfig from "../../vitest.embedded.config";
import baseConfig from "../../vitest.config";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** vitest's include globs ("dir/**\/*.test.ts") as expressions (path.matchesGlob is experimental on Node 20). */
const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*\*\//g, "\0")
      .replace(/\*/g, "[^/]*")
      .replace(/\0/g, "(?:.*/)?")}$`,
  );
const USES_A_DATABASE = /\b(demoDatabase|migratedDatabase|freshDatabase|scratchDatabase)\(/;

describe("the embedded-database pass", () => {
  const listed = Object.entries(EMBEDDED_SUITE);

  it("lists only test files that exist and use a database", () => {
    expect(listed.length).toBeGreaterThan(0);
    const missing = listed.filter(([file]) => !fs.existsSync(path.join(ROOT, file))).map(([file]) => file);
    expect(missing, "listed in tests/support/embedded-suite.ts but not found").toEqual([]);
    const noDatabase = listed
      .filter(([file]) => !USES_A_DATABASE.test(fs.readFileSync(path.join(ROOT, file), "utf8")))
      .map(([file]) => file);
    expect(noDatabase, "listed but never makes a database: it tests nothing PGlite could change").toEqual([]);
  });

  it("gives each file a one-line reason", () => {
    const unexplained = listed.filter(([, why]) => why.trim().length < 20 || /\n/.test(why)).map(([file]) => file);
    expect(unexplained).toEqual([]);
  });

  it("is what test:embedded runs, and every listed file also runs on Postgres", () => {
    expect(embeddedConfig.test?.include).toEqual(listed.map(([file]) => file));
    // The base config's files are those of its projects (unit, integration).
    const projects = (baseConfig.test?.projects ?? []) as { test?: { include?: string[] } }[];
    const globs = projects.flatMap((p) => p.test?.include ?? []).map(globToRegExp);
    expect(globs.length).toBeGreaterThan(0);
    const notOnPostgres = listed.filter(([file]) => !globs.some((glob) => glob.test(file))).map(([file]) => file);
    expect(notOnPostgres).toEqual([]);
  });
});
