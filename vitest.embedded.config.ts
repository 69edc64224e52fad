import { defineConfig } from "vitest/config";
import base from "./vitest.config";
import { EMBEDDED_SUITE } from "./tests/support/embedded-suite";

/**
 * `npm run test:embedded`: the second pass, on the embedded PGlite database (the npm script unsets
 * DATABASE_URL), of the files that exercise something PGlite does differently: the list and the
 * reason for each file are in tests/support/embedded-suite.ts. Everything else ran on Postgres.
 */
// The listed files only, one project (the base config's unit/integration split is by folder).
const { projects: _projects, ...test } = base.test ?? {};
export default defineConfig({ ...base, test: { ...test, include: Object.keys(EMBEDDED_SUITE) } });
