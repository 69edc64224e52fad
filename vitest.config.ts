import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const ROOT = import.meta.dirname;

// bcrypt at the lowest cost allowed (6: 64 times less work than 12), here so that the templates' demo users (global setup), the test files
// and the servers they start all share it: the tests sign in and make users by the thousand.
// tests/security/passwords-are-not-truncated.test.ts checks that an installation gets 12.
process.env.NIANBAO_PASSWORD_COST ??= "6";

/**
 * Unit test files that replace a module (vi.mock): a mock applies only where the module is first
 * imported, so these keep a module graph of their own. Found by reading the files, not listed by hand.
 */
const MOCKING = ["lib", "prisma"].flatMap((dir) =>
  fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".test.ts") && /\bvi\.(do)?mock\(/.test(fs.readFileSync(path.join(ROOT, dir, f), "utf8")))
    .map((f) => `${dir}/${f.split(path.sep).join("/")}`),
);

export default defineConfig({
  resolve: { alias: { "@": path.resolve(ROOT) } },
  test: {
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each start their own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
    server: { deps: { inline: ["server-only"] } },
    alias: { "server-only": path.resolve(ROOT, "tests/support/server-only-stub.ts") },
    projects: [
      {
        extends: true,
        // Pure functions, no database, no state kept between files: they share one module graph per
        // worker instead of importing lib/ again for each file (measured: half the time).
        test: { name: "unit", include: ["lib/**/*.test.ts", "prisma/**/*.test.ts"], exclude: MOCKING, isolate: false },
      },
      {
        extends: true,
        // Each file has its own database, job handlers and clock (or mocks a module): isolated.
        test: { name: "integration", include: ["tests/integration/**/*.test.ts", "tests/security/**/*.test.ts", ...MOCKING] },
      },
    ],
  },
});
