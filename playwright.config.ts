import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A local OpenID Connect provider standing in for the college's identity platform. */
const IDP_PORT = PORT + 50;

/** Browser tests in the system Chromium (Debian's /usr/bin/chromium) against the built app. */
export default defineConfig({
  // Browser tests and the attacks of tests/security/ run against the same built app.
  testDir: "tests",
  testMatch: ["e2e/**/*.spec.ts", "security/**/*.spec.ts"],
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    {
      command: "tsx tests/support/oidc-idp.ts",
      url: `http://127.0.0.1:${IDP_PORT}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      env: { IDP_PORT: String(IDP_PORT), IDP_APP_URL: `http://127.0.0.1:${PORT}` },
    },
    {
      command: "tsx tests/support/e2e-server.ts",
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(PORT),
        OIDC_ISSUER: `http://127.0.0.1:${IDP_PORT}`,
        OIDC_CLIENT_ID: "nianbao-e2e",
        OIDC_CLIENT_SECRET: "nianbao-e2e-secret",
      },
    },
  ],
});
