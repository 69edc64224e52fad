import { scaleEnv } from "../env";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * After an enqueue has committed: start or wake this process's worker, unless NIANBAO_WORKER=off.
 * The worker (lib/jobs/worker.ts) sits above every handler it runs, so modules that enqueue (exports,
 * notices) cannot import it: it registers itself here when a process loads it (the web server at
 * start through instrumentation.ts and scripts/serve.ts, `npm run worker`). A process that never
 * loaded it (a script, a test) leaves the job in the table for a worker that polls it.
 */
type Starter = (options: { prisma?: PrismaClient }) => void;
declare global {
  var __nianbaoJobStarter: Starter | undefined;
}

export function registerWorkerStarter(start: Starter): void {
  globalThis.__nianbaoJobStarter = start;
}

export function wakeWorker(options: { prisma?: PrismaClient } = {}): void {
  if (scaleEnv().NIANBAO_WORKER === "off") return;
  globalThis.__nianbaoJobStarter?.(options);
}
