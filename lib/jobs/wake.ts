import { scaleEnv } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { errorFields, logger } from "../ops/log";

/**
 * After an enqueue has committed: start or wake this process's worker (lib/jobs/worker.ts), unless
 * NIANBAO_WORKER=off. Loaded lazily, so that modules which enqueue (exports, notices) need not
 * import the registry, which imports them.
 */
export function wakeWorker(options: { prisma?: PrismaClient } = {}): void {
  if (scaleEnv().NIANBAO_WORKER === "off") return;
  import("./worker")
    .then((w) => w.ensureWorker(options))
    .catch((err: unknown) => logger().error(errorFields(err), "job worker not started"));
}
