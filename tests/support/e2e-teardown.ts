import fs from "node:fs";

/** After the browser tests: the run's list of page shapes axe checked (made by playwright.config.ts). */
export default function teardown() {
  if (process.env.E2E_AXE_CLAIMS) fs.rmSync(process.env.E2E_AXE_CLAIMS, { recursive: true, force: true });
}
