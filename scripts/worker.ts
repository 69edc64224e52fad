// `npm run worker`: the one job loop (lib/jobs/worker.ts) in a process of its own, serving no HTTP:
// every export (PDF, Word, workbook, partner PDFs), mail and the daily run. Run one or more next to
// web instances started with NIANBAO_WORKER=off (they only enqueue). NIANBAO_WORKER_CONCURRENCY
// jobs at a time (1). On SIGTERM it takes nothing new, lets running jobs finish for
// NIANBAO_SHUTDOWN_TIMEOUT_MS (20 s), then puts the unfinished ones back. A worker that dies
// without that loses nothing either: its lease runs out and another takes the job.
import { scaleEnv } from "../lib/env";
import { releaseJobs, WORKER_ID } from "../lib/jobs/queue";
import { runWorker } from "../lib/jobs/worker";
import { errorFields, logger } from "../lib/ops/log";
import { db } from "../lib/server/db";

const DRAIN_MS = scaleEnv().NIANBAO_SHUTDOWN_TIMEOUT_MS;
const log = logger().child({ worker: WORKER_ID });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const concurrency = scaleEnv().NIANBAO_WORKER_CONCURRENCY;
  log.info({ concurrency, leaseSeconds: scaleEnv().NIANBAO_JOB_LEASE_SECONDS }, "worker started");
  const stop = new AbortController();
  // Poll: a job enqueued by any web instance is seen within NIANBAO_WORKER_POLL_MS.
  const loop = runWorker({ concurrency, resident: true, exclusive: false, signal: stop.signal });
  const shutdown = async (signal: string) => {
    if (stop.signal.aborted) return;
    stop.abort();
    log.info({ signal }, "worker stopping: finishing running jobs");
    const finished = await Promise.race([loop.then(() => true), sleep(DRAIN_MS).then(() => false)]);
    if (!finished) log.warn({ released: await releaseJobs() }, "drain timeout: unfinished jobs put back");
    await db().$disconnect();
    log.info("worker stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  await loop;
}

main().catch((err) => {
  log.fatal(errorFields(err), "worker failed");
  process.exit(1);
});
