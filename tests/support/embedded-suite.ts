/**
 * The test files `npm run test:embedded` runs a second time, against the embedded PGlite database
 * (vitest.embedded.config.ts); `npm run test:unit` runs every file, these included, against Postgres.
 *
 * A file is here because something it exercises can behave differently on PGlite: Postgres 18
 * compiled to WebAssembly behind a wire-protocol server that multiplexes every connection over one
 * session, so the app runs a pool of ONE connection there (a query outside an open transaction
 * waits forever), locks and concurrent workers share that session, and migrations, the demo seed,
 * backups and raw SQL meet another server version. The pool of 1 touches every transaction, so each
 * module that opens its own transactions has one file here that drives them. A file that tests
 * nothing database-specific (rendering, parsing, policy, pages) runs once, on Postgres.
 *
 * tests/integration/embedded-suite.test.ts checks that every file listed exists, uses a database and
 * says why it is here. Adding a file: give the reason in one line, as below.
 */
export const EMBEDDED_SUITE: Readonly<Record<string, string>> = {
  // Schema, seed and backups on another server version.
  "tests/integration/migrations.test.ts":
    "every migration applied to an empty PGlite database (Postgres 18 in WASM), a second deploy a no-op, and the one-record-table data migration",
  "tests/integration/seed.test.ts":
    "the demo seed is what the embedded default loads on its first start; a second run (skipDuplicates) changes nothing",
  "tests/integration/backup.test.ts":
    "backup and restore read a REPEATABLE READ snapshot as row_to_json and write json_populate_recordset, here with PGlite as both source and target",
  "tests/integration/constraints.test.ts":
    "CHECK constraints and the append-only audit trigger raised by PGlite, their errors through the wire protocol, and psql against the embedded server",
  // Locks and concurrent workers over one multiplexed session.
  "tests/integration/job-leases.test.ts":
    "FOR UPDATE SKIP LOCKED, an advisory lock and lease renewal with several workers whose connections PGlite multiplexes over one session",
  "tests/integration/pdf-jobs.test.ts": "INSERT … ON CONFLICT … RETURNING on the Job table and one export at a time on the pool of 1",
  "tests/integration/jobs.test.ts":
    "a mail job enqueued inside the app's transaction on the one PGlite connection, and a second client's worker draining it over the same multiplexed session",
  "tests/security/indicator-keys-cannot-be-squatted.test.ts":
    "pg_advisory_xact_lock(hashtext(…)) and the partial unique index that make a second approval of one key a conflict",
  "tests/security/login-throttling.test.ts":
    "failed-login counts written by a second app client and read by the first, both multiplexed by PGlite",
  // Each module's own transactions on the pool of 1 (a stray query outside the transaction would hang).
  "tests/integration/workflow.test.ts":
    "every record transition (lib/records/write.ts) in its interactive transaction, and version conflicts",
  "tests/integration/import.test.ts":
    "one all-or-nothing transaction inserting through json_populate_recordset (lists, decimals, dates, timestamps), rolled back on a database error",
  "tests/integration/college-setup.test.ts":
    "first-run set-up, the embedded newcomer's path: the institution's advisory lock, departments' and users' transactions",
  "tests/integration/people-import.test.ts": "departments and users created from a sheet in one transaction (lib/import/people/commit.ts)",
  "tests/integration/signoff.test.ts":
    "publishing and sign-off transactions (lib/report/editions/editions.ts, signoff.ts) and the published jsonb read back unchanged",
  "tests/integration/report-years.test.ts":
    "opening a year copies the outline and narratives in one transaction (lib/years/service.ts, lib/report/outline/outline.ts)",
  "tests/integration/tasks.test.ts": "task assignment, completion and reminder transactions (lib/tasks/service.ts, reminders.ts)",
  "tests/integration/partners.test.ts": "the partner reports' transitions in their transactions (lib/partners/service.ts)",
  "tests/integration/files.test.ts": "evidence files and figures written with their record in one transaction (lib/evidence/service.ts)",
  "tests/integration/rule-packs.test.ts": "rule packs imported and edited in transactions as jsonb (lib/rules/store.ts)",
};
