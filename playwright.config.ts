import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { installedChromium } from "./lib/pdf/chromium-path";
import { appPort, currentInstance, E2E_WORKERS, IDP_PORT } from "./tests/support/e2e-instances";

const INSTANCES = Array.from({ length: E2E_WORKERS }, (_, i) => i);

/** The app's own choice (lib/pdf/chromium.ts): Debian's headless shell when installed. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? installedChromium() ?? "/usr/bin/chromium";
const SMALL_SHM = (() => {
  try {
    const { bavail, bsize } = fs.statfsSync("/dev/shm");
    return bavail * bsize < 1024 ** 3;
  } catch {
    return true;
  }
})();

// bcrypt at the lowest cost allowed (6) for every app the tests start (their demo users, the colleges a spec
// makes): each sign-in checks a password, and at 12 that was a tenth of the suite's time.
process.env.NIANBAO_PASSWORD_COST ??= "6";

// The page shapes axe has checked in this run (tests/e2e/support/axe.ts): made once here, in the
// runner, whose environment the workers inherit (this file is evaluated again in each of them).
process.env.E2E_AXE_CLAIMS ??= fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-axe-"));

/** Browser tests in the system Chromium (Debian's; its headless shell measured 25% less work) against the built app. */
export default defineConfig({
  // Browser tests and the attacks of tests/security/ run against the same built app.
  testDir: "tests",
  timeout: 60_000,
  // Two apps and two browsers share two cores (often with other work): a page after a server action
  // can take longer than the default 5 s to show its result. Seen: a sign-in, a whole-report preview.
  expect: { timeout: 15_000 },
  // Each worker has an app and a database of its own (tests/support/e2e-instances.ts): files are
  // handed to whichever worker is free and run one after another there, as with a single worker.
  fullyParallel: false,
  globalTeardown: "./tests/support/e2e-teardown.ts",
  workers: E2E_WORKERS,
  retries: 0,
  reporter: [["list"]],
  use: {
    // This file is evaluated again in each worker, where TEST_PARALLEL_INDEX names the worker's app.
    baseURL: `http://127.0.0.1:${appPort(currentInstance())}`,
    locale: "zh-CN",
    launchOptions: {
      executablePath: CHROMIUM,
      // Shared memory in /dev/shm where it is large enough (Playwright's default moves it to /tmp,
      // for containers with a 64 MB /dev/shm): measured ~10% less CPU over a spec here.
      ignoreDefaultArgs: ["--disable-dev-shm-usage"],
      args: [
        ...(SMALL_SHM ? ["--disable-dev-shm-usage"] : []),
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // Specs under e2e/year-end/ close or publish the demo's open year, which other specs expect open:
  // their project is declared last, and Playwright hands out files in the order of the projects, so a
  // worker that has begun them gets no other spec afterwards (the other worker's app is untouched).
  projects: [
    {
      name: "chromium",
      testMatch: ["e2e/**/*.spec.ts", "security/**/*.spec.ts"],
      testIgnore: ["e2e/year-end/**"],
      use: { browserName: "chromium" },
    },
    { name: "year-end", testMatch: ["e2e/year-end/**/*.spec.ts"], use: { browserName: "chromium" } },
  ],
  webServer: [
    {
      command: "tsx tests/support/oidc-idp.ts",
      url: `http://127.0.0.1:${IDP_PORT}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      env: { IDP_PORT: String(IDP_PORT), IDP_APP_URLS: INSTANCES.map((i) => `http://127.0.0.1:${appPort(i)}`).join(",") },
    },
    // One app per worker; the first builds, the others start on the same build once it is done.
    ...INSTANCES.map((instance) => ({
      command: "tsx tests/support/e2e-server.ts",
      url: `http://127.0.0.1:${appPort(instance)}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
      env: {
        PORT: String(appPort(instance)),
        E2E_INSTANCE: String(instance),
        E2E_PORT: String(appPort(0)),
        OIDC_ISSUER: `http://127.0.0.1:${IDP_PORT}`,
        OIDC_CLIENT_ID: "nianbao-e2e",
        OIDC_CLIENT_SECRET: "nianbao-e2e-secret",
      },
    })),
  ],
});
