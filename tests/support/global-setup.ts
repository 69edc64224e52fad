import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/runtime/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embedded: boolean;
  }
}

/**
 * Integration tests run against real Postgres: DATABASE_URL when set (CI: the machine's
 * Postgres), otherwise the embedded PGlite server. Each test file then makes its own database.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide("databaseUrl", process.env.DATABASE_URL);
    project.provide("embedded", false);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-vitest-"));
  const pg = await startEmbeddedPostgres({ dataDir: dir, port: 56100 });
  project.provide("databaseUrl", pg.url);
  project.provide("embedded", true);
  return async () => {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
