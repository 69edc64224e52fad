import { scaleEnv } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { errorFields, logger } from "../ops/log";
import { onShutdown } from "../ops/shutdown";
import { db } from "../server/db";
import { nextDue, releaseJobs, runNextJob, WORKER_ID } from "./queue";
import { registeredHandler, type JobContext } from "./registry";
import { enqueueDueSchedules } from "./schedule";
import { registerWorkerStarter } from "./wake";

/**
 * The one worker loop, for every job in the registry: inside a web server (`ensureWorker`, one job
 * at a time) and in `npm run worker` (`runWorker`, NIANBAO_WORKER_CONCURRENCY at a time). Each turn
 * it checks the schedules (at most once a minute), runs the next due job, or sleeps until one is
 * due, a poll interval passes, or this process enqueues something (`wake`).
 */
export type WorkerOptions = {
  prisma?: PrismaClient;
  context?: JobContext;
  concurrency?: number;
  /** Keep polling when nothing is due (a worker process, a web server's resident worker); otherwise stop. */
  resident?: boolean;
  pollMs?: number;
  /** false in a worker process: its slots print in parallel instead of through the one-print lane. */
  exclusive?: boolean;
  signal?: AbortSignal;
  workerId?: string;
  /** Check the schedules (default true; tests of other jobs turn it off). */
  schedules?: boolean;
};

const SCHEDULE_CHECK_MS = 60_000;
type Shared = { wakers: Set<() => void>; lastScheduleCheck: number; web: { running: boolean; stop: AbortController | null } };
// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoJobWorker: Shared | undefined;
}
const holder = globalThis;
const shared = () => (holder.__nianbaoJobWorker ??= { wakers: new Set(), lastScheduleCheck: 0, web: { running: false, stop: null } });

/** Wakes this process's sleeping worker slots (after an enqueue). */
export function wake(): void {
  for (const w of shared().wakers) w();
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      shared().wakers.delete(done);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    shared().wakers.add(done);
    signal?.addEventListener("abort", done);
  });
}

async function checkSchedules(prisma: PrismaClient): Promise<void> {
  const s = shared();
  if (scaleEnv().NIANBAO_SCHEDULE === "off" || Date.now() - s.lastScheduleCheck < SCHEDULE_CHECK_MS) return;
  s.lastScheduleCheck = Date.now();
  await enqueueDueSchedules({ prisma });
}

/** Runs the loop until the signal aborts (or, not resident, until nothing is due). */
export async function runWorker(options: WorkerOptions = {}): Promise<void> {
  const prisma = options.prisma ?? db();
  const handler = registeredHandler({ prisma, ...options.context });
  const pollMs = options.pollMs ?? scaleEnv().NIANBAO_WORKER_POLL_MS;
  const log = logger().child({ worker: options.workerId ?? WORKER_ID });
  const slot = async (n: number) => {
    let failures = 0;
    while (!options.signal?.aborted) {
      try {
        if (n === 0 && options.schedules !== false) await checkSchedules(prisma);
        if (await runNextJob({ prisma, handler, workerId: options.workerId, exclusive: options.exclusive })) {
          failures = 0;
          continue;
        }
        const wait = await nextDue(prisma);
        if (wait === null && !options.resident) return;
        failures = 0;
        await sleep(wait === null ? pollMs : Math.min(Math.max(wait * 1000, 50), pollMs), options.signal);
      } catch (err) {
        // The database is unreachable: back off; an on-demand worker gives up after a minute (the next enqueue restarts it).
        log.error({ slot: n, ...errorFields(err) }, "worker loop error, retrying");
        if (!options.resident && ++failures > 6) throw err;
        await sleep(10_000, options.signal);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 1 }, (_, i) => slot(i)));
}

/**
 * This web server's worker, unless NIANBAO_WORKER=off (then it only enqueues and `npm run worker`
 * runs the jobs). Started at boot by scripts/serve.ts (resident: it also runs the schedules), or on
 * demand by an enqueue in a server started otherwise (it then stops when nothing is due). A call
 * while it runs wakes it.
 */
export function ensureWorker(options: { prisma?: PrismaClient; resident?: boolean } = {}): void {
  if (scaleEnv().NIANBAO_WORKER === "off") return;
  const web = shared().web;
  if (web.running) {
    wake();
    return;
  }
  web.running = true;
  const stop = new AbortController();
  web.stop = stop;
  onShutdown("job-worker", async () => {
    stop.abort();
    await releaseJobs({ prisma: options.prisma });
  });
  void runWorker({ prisma: options.prisma, resident: options.resident, pollMs: options.resident ? 30_000 : 1_000, signal: stop.signal })
    .catch((err: unknown) => logger().error(errorFields(err), "job worker stopped"))
    .finally(() => {
      web.running = false;
      web.stop = null;
    });
}

/** Whether this process's web worker is running (for tests of NIANBAO_WORKER=off). */
export const webWorkerRunning = () => shared().web.running;

// Enqueuers below this module start it through lib/jobs/wake.ts.
registerWorkerStarter(ensureWorker);
