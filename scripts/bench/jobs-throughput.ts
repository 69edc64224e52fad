// Enqueue and drain N no-op jobs through lib/jobs (the app's one Prisma client), and enqueue one
// inside an open transaction that is rolled back: the numbers in docs/decisions/013-one-job-system.md.
// `DATABASE_URL=… npx tsx scripts/bench/jobs-throughput.ts` (the database must be migrated).
import { insertJob, runNextJob } from "../../lib/jobs/queue";
import { closePrismaClient, createPrismaClient } from "../../lib/server/db";

const N = Number(process.env.N ?? 200);
const url = process.env.DATABASE_URL!;
const prisma = createPrismaClient(url, 1);
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
console.log(`enqueued ${N} in ${enqueued} ms; drained ${done} in ${drained} ms; job of a rolled-back transaction left: ${n}`);
await prisma.$executeRawUnsafe(`DELETE FROM "Job" WHERE name = $1`, name);
await closePrismaClient(prisma);
