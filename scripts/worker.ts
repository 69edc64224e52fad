// `npm run worker`: the background jobs (every PDF, Word and workbook export) in a process of
// their own, serving no HTTP. Run one or more next to web instances started with NIANBAO_WORKER=off.
// NIANBAO_WORKER_CONCURRENCY jobs at a time (1). On SIGTERM it takes nothing new, lets running
// jobs finish for NIANBAO_SHUTDOWN_TIMEOUT_MS (20 s), then puts the unfinished ones back.
// A worker that dies without that loses nothing either: its lease runs out and another takes the job.
import { scaleEnv } from "../lib/env";
import { exportJob, nextDue, PDF_QUEUE, releaseJobs, runNextJob, WORKER_ID } from "../lib/pdf/jobs";
import { errorFields, logger } from "../lib/ops/log";
import { db } from "../lib/server/db";

const POLL_MS = scaleEnv().NIANBAO_WORKER_POLL_MS;
const DRAIN_MS = scaleEnv().NIANBAO_SHUTDOWN_TIMEOUT_MS;
const log = logger().child({ worker: WORKER_ID });

let stopping = false;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function slot(n: number): Promise<void> {
  while (!stopping) {
    try {
      if (await runNextJob({ handler: exportJob, exclusive: false })) continue;
      const wait = await nextDue(db(), PDF_QUEUE);
      // Poll: a job queued by any web instance is seen within POLL_MS.
      await sleep(wait === null ? POLL_MS : Math.min(Math.max(wait * 1000, 50), POLL_MS));
    } catch (err) {
      log.error({ slot: n, ...errorFields(err) }, "worker loop error, retrying");
      await sleep(5_000);
    }
  }
}

async function main() {
  const concurrency = scaleEnv().NIANBAO_WORKER_CONCURRENCY;
  log.info({ concurrency, leaseSeconds: scaleEnv().NIANBAO_JOB_LEASE_SECONDS }, "worker started");
  const slots = Promise.all(Array.from({ length: concurrency }, (_, i) => slot(i)));
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "worker stopping: finishing running jobs");
    const finished = await Promise.race([slots.then(() => true), sleep(DRAIN_MS).then(() => false)]);
    if (!finished) log.warn({ released: await releaseJobs() }, "drain timeout: unfinished jobs put back");
    await db().$disconnect();
    log.info("worker stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  await slots;
}

main().catch((err) => {
  log.fatal(errorFields(err), "worker failed");
  process.exit(1);
});
