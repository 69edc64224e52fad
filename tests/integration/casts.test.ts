import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * `as unknown as` tells the compiler to stop checking. Outside tests at most three may remain, each
 * with a comment saying why; Prisma's generated client (lib/generated) is not ours and not counted.
 */
describe("casts", () => {
  it("keeps `as unknown as` outside tests to three", () => {
    let out = "";
    try {
      out = execFileSync(
        "grep",
        ["-rn", "as unknown as", "lib", "app", "components", "scripts", "prisma", "--include=*.ts", "--include=*.tsx"],
        { cwd: ROOT, encoding: "utf8" },
      );
    } catch (e) {
      // grep exits 1 when nothing matches.
      if ((e as { status?: number }).status !== 1) throw e;
    }
    const found = out
      .split("\n")
      .filter(Boolean)
      .filter((line) => !/test/.test(line.split(":")[0]!) && !line.startsWith("lib/generated/"));
    expect(found.length, found.join("\n")).toBeLessThanOrEqual(3);
  });
});
