import type { TestProject } from "vitest/node";
import { dropStaleScratchDatabases } from "../../lib/runtime/scratch-database";
import { makeTemplates, type Templates } from "./templates";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embedded: boolean;
    /** The run's template databases (tests/support/templates.ts), copied by tests/support/database.ts. */
    templates: Templates;
  }
}

/**
 * Integration tests run against real Postgres: DATABASE_URL when set (CI: the machine's
 * Postgres), otherwise the embedded PGlite (each test file then starts its own embedded server,
 * one database each). Each test file makes its own databases, copied from the run's templates.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL || null;
  // Template names carry this process's pid: those of a run that was killed are dropped here.
  if (serverUrl) for (const prefix of ["nianbao_tpl_migrated", "nianbao_tpl_demo"]) await dropStaleScratchDatabases(serverUrl, prefix);
  const { templates, dispose } = await makeTemplates(serverUrl, process.pid);
  project.provide("databaseUrl", serverUrl ?? "");
  project.provide("embedded", !serverUrl);
  project.provide("templates", templates);
  return dispose;
}
