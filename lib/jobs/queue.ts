import os from "node:os";
import { randomUUID } from "node:crypto";
import { scaleEnv } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { errorFields, logger } from "../ops/log";
import { db } from "../server/db";
import { printed } from "../text";
import { isJobName, JOB_DEFINITIONS, retryDelaySeconds, type Dedupe, type JobName, type JobPayload } from "./definitions";
import { exclusive } from "./lane";

/**
 * The job table ("Job", prisma/schema.prisma) and the verbs on it: enqueue (also inside the
 * transaction of the change that caused the job), claim with a lease (FOR UPDATE SKIP LOCKED:
 * two workers never take the same job), renew, finish with a retry after a growing delay or the
 * failed state after the last attempt, and put back on shutdown. Plain SQL through the app's own
 * Prisma client: on the embedded PGlite server the app has one connection, and a job library
 * with a pool of its own would wait behind the app's transactions (docs/decisions/013).
 */

/** What runs the SQL: the app's client or a transaction's. */
type Sql = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

export type JobState = "created" | "active" | "completed" | "failed";
export type JobRow = {
  id: number;
  name: string;
  key: string;
  data: unknown;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
};
type Raw = {
  id: bigint | number;
  name: string;
  dedupeKey: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
};
const toJob = (r: Raw): JobRow => ({
  id: Number(r.id),
  name: r.name,
  key: r.dedupeKey,
  data: r.payload,
  state: r.state,
  attempts: r.attempts,
  maxAttempts: r.maxAttempts,
  lastError: r.lastError,
});
const COLUMNS = `id, name, "dedupeKey", payload, state, attempts, "maxAttempts", "lastError"`;

/** This process's worker id (host, pid, random: restarts never reuse one). */
export const WORKER_ID = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
const leaseSeconds = () => scaleEnv().NIANBAO_JOB_LEASE_SECONDS;
/** A failed export is tried again when someone asks for it this long after it failed. */
export const REARM_FAILED_AFTER_SECONDS = 15 * 60;

/** A job that can never succeed (its payload is not what its definition takes): failed at once, not retried. */
export class PermanentJobError extends Error {}

const REARM: Record<Dedupe, string> = {
  export: `job.state = 'completed' OR (job.state = 'failed' AND job."finishedAt" < now() - make_interval(secs => ${REARM_FAILED_AFTER_SECONDS}))`,
  again: `job.state IN ('completed', 'failed')`,
  once: `false`,
};

/** Adds a job, or meets the one already there under its key as its definition says (lib/jobs/definitions.ts). */
export async function insertJob(options: {
  client?: Sql;
  name: string;
  key: string;
  payload: unknown;
  maxAttempts: number;
  dedupe: Dedupe;
  /** Re-arm a finished or failed job whatever the definition says (a run asked for by hand). */
  force?: boolean;
}): Promise<JobRow> {
  const client = options.client ?? db();
  const rearm = options.force ? `job.state IN ('completed', 'failed')` : REARM[options.dedupe];
  // `again`: a running job has its runAfter moved past its start, so finishing re-arms it (finishJob).
  const again = options.dedupe === "again" ? `job.state = 'active'` : `false`;
  const rows = await client.$queryRawUnsafe<Raw[]>(
    `INSERT INTO "Job" AS job (name, "dedupeKey", payload, "maxAttempts") VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT ("dedupeKey") DO UPDATE SET
       state = CASE WHEN ${rearm} THEN 'created' ELSE job.state END,
       attempts = CASE WHEN ${rearm} THEN 0 ELSE job.attempts END,
       "runAfter" = CASE WHEN ${rearm} OR ${again} THEN now() ELSE job."runAfter" END,
       payload = EXCLUDED.payload,
       "updatedAt" = now()
     RETURNING ${COLUMNS}`,
    options.name,
    options.key,
    JSON.stringify(options.payload ?? {}),
    options.maxAttempts,
  );
  return toJob(rows[0]!); // INSERT … ON CONFLICT DO UPDATE … RETURNING always returns the row
}

/**
 * Enqueues a registered job; its payload is checked against the definition now, not when it runs.
 * Pass a transaction as `client` to enqueue with the change that caused it: both commit or neither.
 */
export async function enqueue<N extends JobName>(options: {
  name: N;
  key: string;
  payload: JobPayload<N>;
  client?: Sql;
  force?: boolean;
}): Promise<JobRow> {
  const def = JOB_DEFINITIONS[options.name];
  return insertJob({ ...options, payload: def.payload.parse(options.payload), maxAttempts: def.maxAttempts, dedupe: def.dedupe });
}

export async function findJob(options: { prisma?: Sql; key: string }): Promise<JobRow | null> {
  const rows = await (options.prisma ?? db()).$queryRawUnsafe<Raw[]>(`SELECT ${COLUMNS} FROM "Job" WHERE "dedupeKey" = $1`, options.key);
  return rows[0] ? toJob(rows[0]) : null;
}

/** Claims the next due job of these names (all when null), or one whose worker's lease ran out. */
async function claimJob(prisma: Sql, names: readonly string[] | null, workerId: string, key: string | null): Promise<JobRow | null> {
  const rows = await prisma.$queryRawUnsafe<Raw[]>(
    `UPDATE "Job" SET state = 'active', attempts = attempts + 1, "startedAt" = now(), "updatedAt" = now(),
       "lockedBy" = $2, "leaseUntil" = now() + make_interval(secs => $3)
     WHERE id = (SELECT id FROM "Job" WHERE ($1::text[] IS NULL OR name = ANY($1::text[])) AND ($4::text IS NULL OR "dedupeKey" = $4)
                   AND ((state = 'created' AND "runAfter" <= now())
                        OR (state = 'active' AND "leaseUntil" < now() AND attempts < "maxAttempts"))
                 ORDER BY "runAfter", id FOR UPDATE SKIP LOCKED LIMIT 1)
     RETURNING ${COLUMNS}`,
    names ? [...names] : null,
    workerId,
    leaseSeconds(),
    key,
  );
  return rows[0] ? toJob(rows[0]) : null;
}

/** Extends the lease while the job runs; false when it is no longer ours (it expired and was taken). */
async function renewLease(prisma: Sql, job: JobRow, workerId: string): Promise<boolean> {
  const n = await prisma.$executeRawUnsafe(
    `UPDATE "Job" SET "leaseUntil" = now() + make_interval(secs => $3), "updatedAt" = now() WHERE id = $1 AND "lockedBy" = $2 AND state = 'active'`,
    job.id,
    workerId,
    leaseSeconds(),
  );
  return n > 0;
}

/** Puts this worker's claimed jobs back (on shutdown), without counting the interrupted attempt. */
export function releaseJobs(options: { prisma?: Sql; workerId?: string } = {}): Promise<number> {
  return (options.prisma ?? db()).$executeRawUnsafe(
    `UPDATE "Job" SET state = 'created', attempts = GREATEST(attempts - 1, 0), "lockedBy" = NULL, "leaseUntil" = NULL, "runAfter" = now(), "updatedAt" = now()
     WHERE "lockedBy" = $1 AND state = 'active'`,
    options.workerId ?? WORKER_ID,
  );
}

async function finishJob(prisma: Sql, job: JobRow, error: unknown, workerId: string): Promise<void> {
  // Only while the lease is still ours: a worker that lost it must not overwrite the new holder's state.
  const mine = `id = $1 AND "lockedBy" = $2 AND state = 'active'`;
  if (!error) {
    // Enqueued again while it ran (dedupe `again`): it runs once more, with fresh attempts.
    await prisma.$executeRawUnsafe(
      `UPDATE "Job" SET state = CASE WHEN "runAfter" > "startedAt" THEN 'created' ELSE 'completed' END,
         attempts = CASE WHEN "runAfter" > "startedAt" THEN 0 ELSE attempts END,
         "finishedAt" = now(), "lastError" = NULL, "leaseUntil" = NULL, "updatedAt" = now() WHERE ${mine}`,
      job.id,
      workerId,
    );
    return;
  }
  const message = (error instanceof Error ? error.message : printed(error)).slice(0, 2000);
  if (job.attempts < job.maxAttempts && !(error instanceof PermanentJobError)) {
    await prisma.$executeRawUnsafe(
      `UPDATE "Job" SET state = 'created', "runAfter" = now() + make_interval(secs => $3), "lastError" = $4, "leaseUntil" = NULL, "updatedAt" = now() WHERE ${mine}`,
      job.id,
      workerId,
      retryDelaySeconds(job.attempts),
      message,
    );
  } else {
    await prisma.$executeRawUnsafe(
      `UPDATE "Job" SET state = 'failed', "finishedAt" = now(), "lastError" = $3, "leaseUntil" = NULL, "updatedAt" = now() WHERE ${mine}`,
      job.id,
      workerId,
      message,
    );
  }
}

export type JobHandler = (job: JobRow) => Promise<unknown>;

/**
 * Runs one due job if there is one; true when it ran one. A failing handler schedules a retry
 * (after 15 s, 60 s, 135 s … : `retryDelaySeconds`), the last failure leaves the job failed with
 * its error. `exclusive` (default: the definition's) runs it in the one-print-at-a-time lane.
 */
export async function runNextJob(options: {
  prisma?: PrismaClient;
  handler: JobHandler;
  /** Only jobs of these names (default: any). */
  names?: readonly string[];
  /** Only the job with this dedupe key (a run asked for by hand). */
  key?: string;
  workerId?: string;
  exclusive?: boolean;
  /** Called with what the handler returned. */
  onResult?: (job: JobRow, result: unknown) => void;
}): Promise<boolean> {
  const prisma = options.prisma ?? db();
  const workerId = options.workerId ?? WORKER_ID;
  const job = await claimJob(prisma, options.names ?? null, workerId, options.key ?? null);
  if (!job) return false;
  const heartbeat = setInterval(
    () => {
      renewLease(prisma, job, workerId)
        .then((mine) => {
          if (!mine) logger().warn({ job: job.key }, "job lease lost");
        })
        .catch((err: unknown) => logger().warn({ job: job.key, ...errorFields(err) }, "job lease renewal failed"));
    },
    (leaseSeconds() * 1000) / 3,
  );
  const inLane = options.exclusive ?? (isJobName(job.name) && "exclusive" in JOB_DEFINITIONS[job.name]);
  let error: unknown = null;
  try {
    const result = await (inLane ? exclusive(() => options.handler(job)) : options.handler(job));
    options.onResult?.(job, result);
  } catch (err) {
    error = err ?? new Error("unknown error");
    logger().error(
      { job: job.key, name: job.name, attempt: job.attempts, maxAttempts: job.maxAttempts, ...errorFields(error) },
      "job failed",
    );
  } finally {
    clearInterval(heartbeat);
  }
  await finishJob(prisma, job, error, workerId);
  return true;
}

/** Seconds until the next job is due; null when nothing is waiting. Also gives up jobs whose worker died in every attempt. */
export async function nextDue(prisma: Sql = db()): Promise<number | null> {
  await prisma.$executeRawUnsafe(
    `UPDATE "Job" SET state = 'failed', "finishedAt" = now(), "lastError" = COALESCE("lastError", 'worker stopped during every attempt'), "updatedAt" = now()
     WHERE state = 'active' AND "leaseUntil" < now() AND attempts >= "maxAttempts"`,
  );
  const rows = await prisma.$queryRawUnsafe<{ wait: number | null }[]>(
    // (GREATEST ignores NULL: without the CASE an empty queue would read as "due now".)
    `SELECT CASE WHEN MIN(due) IS NULL THEN NULL ELSE GREATEST(0, EXTRACT(EPOCH FROM MIN(due) - now())) END::float8 AS wait FROM (
       SELECT "runAfter" AS due FROM "Job" WHERE state = 'created'
       UNION ALL SELECT "leaseUntil" FROM "Job" WHERE state = 'active' AND "leaseUntil" IS NOT NULL) d`,
  );
  return rows[0]?.wait ?? null;
}

/** How long finished jobs stay in the table: long enough to read what ran, failures longer, to find out why. */
export const KEEP_COMPLETED_DAYS = 7;
export const KEEP_FAILED_DAYS = 30;

/**
 * Deletes jobs finished long ago (part of the daily run, lib/jobs/registry.ts). Waiting and running
 * jobs are never touched; a pruned export is made again if its file is asked for and missing, and a
 * pruned daily run is of a past date, which no schedule check enqueues again.
 */
export async function pruneJobs(options: { prisma?: Sql } = {}): Promise<{ completed: number; failed: number }> {
  const prisma = options.prisma ?? db();
  const prune = (state: JobState, days: number) =>
    prisma.$executeRawUnsafe(`DELETE FROM "Job" WHERE state = $1 AND "finishedAt" < now() - make_interval(days => $2)`, state, days);
  return { completed: await prune("completed", KEEP_COMPLETED_DAYS), failed: await prune("failed", KEEP_FAILED_DAYS) };
}
