import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each start their own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
    server: { deps: { inline: ["server-only"] } },
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts") },
    projects: [
      {
        extends: true,
        // Pure functions, no database, no module-level state between files: they share one module
        // graph per worker instead of importing lib/ again for each file (measured: half the time).
        test: { name: "unit", include: ["lib/**/*.test.ts", "prisma/**/*.test.ts"], isolate: false },
      },
      {
        extends: true,
        // Each file has its own database, job handlers and clock: isolated, as they were written.
        test: { name: "integration", include: ["tests/integration/**/*.test.ts", "tests/security/**/*.test.ts"] },
      },
    ],
  },
});
