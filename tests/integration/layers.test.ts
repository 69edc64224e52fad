import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : /\.(ts|tsx)$/.test(d.name) ? [path.join(dir, d.name)] : []));

/** Thin routes: pages and handlers call domain functions; none reaches the database or a kind's table itself. */
describe("layers", () => {
  it("nothing under app/ imports the Prisma client or the generated models", () => {
    const offenders = files(path.join(ROOT, "app")).filter((f) =>
      /lib\/server\/db|lib\/generated\/prisma/.test(fs.readFileSync(f, "utf8")),
    );
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("no code casts the client to reach a record kind's table", () => {
    const offenders = [...files(path.join(ROOT, "lib")), ...files(path.join(ROOT, "app"))]
      .filter((f) => !f.includes(`${path.sep}generated${path.sep}`))
      .filter((f) => /(prisma|client|db\(\)|tx)\s+as unknown as/.test(fs.readFileSync(f, "utf8")));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("no component decides what an error is by reading its message", () => {
    const offenders = files(path.join(ROOT, "components")).filter((f) =>
      /message\.(includes|match|startsWith)\(/.test(fs.readFileSync(f, "utf8")),
    );
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
