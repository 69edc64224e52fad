// Enqueue and drain N no-op jobs through lib/jobs (the app's one Prisma client, pool of 1), and
// enqueue one inside a transaction that is rolled back: the numbers of docs/decisions/013. On a
// scratch database of DATABASE_URL's server when set, else of an embedded PGlite.
// `npm run bench -- jobs` runs it alone.
import { insertJob, runNextJob } from "../../lib/jobs/queue";
import { migrateDeploy } from "../../lib/runtime/migrate";
import { scratchDatabase } from "../../lib/runtime/scratch-database";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";

const database = await scratchDatabase({ serverUrl: process.env.DATABASE_URL, prefix: "nianbao_bench_jobs" });
await migrateDeploy(database.url, { quiet: true });
const N = Number(process.env.N ?? 200);
const prisma = createPrismaClient(database.url, 1);
const name = `bench-${Date.now()}`;
let t = Date.now();
for (let i = 0; i < N; i++)
  await insertJob({ client: prisma, name, key: `${name}-${i}`, payload: { i }, maxAttempts: 4, dedupe: "export" });
const enqueued = Date.now() - t;
t = Date.now();
let done = 0;
while (await runNextJob({ prisma, names: [name], exclusive: false, handler: () => Promise.resolve(done++) }));
const drained = Date.now() - t;
// An enqueue in the transaction of the change that caused it: rolled back with it.
const key = `${name}-rolled-back`;
await prisma
  .$transaction(async (tx) => {
    await insertJob({ client: tx, name, key, payload: {}, maxAttempts: 4, dedupe: "export" });
    throw new Error("rollback");
  })
  .catch(() => undefined);
const [{ n } = { n: -1 }] = await prisma.$queryRawUnsafe<{ n: number }[]>(
  `SELECT count(*)::int AS n FROM "Job" WHERE "dedupeKey" = $1`,
  key,
);
console.log(
  `${database.embedded ? "PGlite" : "Postgres"}: enqueued ${N} in ${enqueued} ms; drained ${done} in ${drained} ms; job of a rolled-back transaction left: ${n}`,
);
await closePrismaClient(prisma);
await database.dispose();
