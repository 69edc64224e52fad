import os from "node:os";
import { randomUUID } from "node:crypto";
import { scaleEnv } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { renderReportDocx } from "../docx/render";
import { isPartnerPdfJob, partnerPdfJobHandler } from "../partners/pdf-job";
import { errorFields, logger } from "../ops/log";
import { onShutdown } from "../ops/shutdown";
import type { ReportDocument } from "../report/engine/document";
import { buildReportWorkbook } from "../workbook/report";
import { db } from "../server/db";
import { storage, type FileStorage } from "../storage";
import { printed } from "../text";
import { renderInChildProcess, type ChildResult } from "./spawn";

/**
 * Every rendering a visitor can ask for — a published edition's PDF, Word document and data
 * workbook, an approved partner report's PDF — as background jobs in Postgres, run by a worker
 * inside the web server (or by `npm run worker` when NIANBAO_WORKER=off), one at a time, retried
 * with backoff. One job per document and version (its storage key): concurrent requests find the
 * same job and wait for it or are told to come back (202 + Retry-After); a request never renders.
 * A file is made once and stored; downloads read the stored file.
 *
 * Why not pg-boss (no longer a dependency; it worked on both databases in a quick check): it opens its own
 * connection pool, and the embedded PGlite server multiplexes every connection over one session
 * (the app runs a pool of 1 there; a second connection waits while the first is in a transaction,
 * and larger pools saw "portal does not exist" errors, see docs/decisions/003). One small table
 * reached through the app's own Prisma client keeps to that single connection, needs no schema
 * migration of its own and no maintenance timers. The table lives in its own schema, created on
 * first use, so it stays out of prisma/schema.prisma.
 */
/** The queue of edition exports (the name dates from when it only printed PDFs; kept for existing rows). */
export const PDF_QUEUE = "report-pdf";
/** The formats the queue makes: the PDF printed by Chromium, the Word document built by lib/docx, the data workbook. */
export const EXPORT_FORMATS = ["pdf", "docx", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const MAX_ATTEMPTS = 4;
/** Seconds before retry n (1-based): 15 s, 60 s, 135 s. */
export const retryDelaySeconds = (attempt: number) => 15 * attempt * attempt;
/**
 * Leases: a claimed job carries its worker's id and a lease the worker renews while it runs
 * (every third of NIANBAO_JOB_LEASE_SECONDS). A job whose lease ran out belonged to a worker that
 * died: the next claim takes it again. Renewals and the final state are written only by the lease
 * holder, so one job never runs in two workers at the same time.
 */
const leaseSeconds = () => scaleEnv().NIANBAO_JOB_LEASE_SECONDS;
/** This process's worker id (host, pid, random: restarts never reuse one). */
export const WORKER_ID = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
/** A failed job is tried again when someone asks for its PDF this long after it failed. */
const REARM_FAILED_AFTER_SECONDS = 15 * 60;

/** Run by the owner when it grants the app role its rights (lib/runtime/app-role.ts), and on first use. */
export const JOB_TABLE_SQL = [
  `CREATE SCHEMA IF NOT EXISTS nianbao_jobs`,
  `CREATE TABLE IF NOT EXISTS nianbao_jobs.job (
    id bigserial PRIMARY KEY,
    queue text NOT NULL,
    key text NOT NULL,
    data jsonb NOT NULL DEFAULT '{}',
    state text NOT NULL DEFAULT 'created' CHECK (state IN ('created', 'active', 'completed', 'failed')),
    attempts int NOT NULL DEFAULT 0,
    max_attempts int NOT NULL DEFAULT ${MAX_ATTEMPTS},
    run_after timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    finished_at timestamptz,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  // The format column came with the Word export; tables made before get it here (existing rows are PDFs).
  `ALTER TABLE nianbao_jobs.job ADD COLUMN IF NOT EXISTS format text NOT NULL DEFAULT 'pdf'`,
  `CREATE UNIQUE INDEX IF NOT EXISTS job_queue_key ON nianbao_jobs.job (queue, key)`,
  `CREATE INDEX IF NOT EXISTS job_fetch ON nianbao_jobs.job (queue, state, run_after)`,
  `ALTER TABLE nianbao_jobs.job ADD COLUMN IF NOT EXISTS locked_by text`,
  `ALTER TABLE nianbao_jobs.job ADD COLUMN IF NOT EXISTS lease_until timestamptz`,
];

export type JobState = "created" | "active" | "completed" | "failed";
export type JobRow = {
  id: number;
  key: string;
  format: ExportFormat;
  data: unknown;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
};

type Raw = {
  id: bigint | number;
  key: string;
  format: string;
  data: unknown;
  state: JobState;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
};
const toJob = (r: Raw): JobRow => ({
  id: Number(r.id),
  key: r.key,
  format: r.format === "docx" || r.format === "xlsx" ? r.format : "pdf",
  data: r.data,
  state: r.state,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  lastError: r.last_error,
});
const RETURNING = `RETURNING id, key, format, data, state, attempts, max_attempts, last_error`;

const ready = new WeakMap<PrismaClient, Promise<void>>();
const JOB_TABLE_LOCK = 740_211_014;
export function ensureJobTable(prisma: PrismaClient = db()): Promise<void> {
  let p = ready.get(prisma);
  if (!p) {
    // Look before creating: the app's own role may use the table but not create schemas (the owner
    // creates it at start, lib/runtime/app-role.ts). Up to date when the columns added later exist;
    // otherwise under a lock, as two instances creating it at once collide even with IF NOT EXISTS.
    p = (async () => {
      const [{ n } = { n: 0 }] = await prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'nianbao_jobs' AND table_name = 'job' AND column_name IN ('format', 'locked_by', 'lease_until')`,
      );
      if (n === 3) return;
      await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${JOB_TABLE_LOCK})`);
        for (const sql of JOB_TABLE_SQL) await tx.$executeRawUnsafe(sql);
      });
    })();
    p.catch(() => ready.delete(prisma));
    ready.set(prisma, p);
  }
  return p;
}

/** Adds the job, or re-arms a finished one (its file went missing) or a failed one after a cool-down. */
export async function enqueueJob(options: {
  prisma?: PrismaClient;
  queue?: string;
  key: string;
  format?: ExportFormat;
  data: unknown;
}): Promise<JobRow> {
  const prisma = options.prisma ?? db();
  await ensureJobTable(prisma);
  const rearm = `(job.state = 'completed' OR (job.state = 'failed' AND job.finished_at < now() - make_interval(secs => ${REARM_FAILED_AFTER_SECONDS})))`;
  const rows = await prisma.$queryRawUnsafe<Raw[]>(
    `INSERT INTO nianbao_jobs.job AS job (queue, key, data, format) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (queue, key) DO UPDATE SET
       state = CASE WHEN ${rearm} THEN 'created' ELSE job.state END,
       attempts = CASE WHEN ${rearm} THEN 0 ELSE job.attempts END,
       run_after = CASE WHEN ${rearm} THEN now() ELSE job.run_after END,
       data = EXCLUDED.data,
       updated_at = now()
     ${RETURNING}`,
    options.queue ?? PDF_QUEUE,
    options.key,
    JSON.stringify(options.data ?? {}),
    options.format ?? "pdf",
  );
  return toJob(rows[0]!); // INSERT … ON CONFLICT DO UPDATE … RETURNING always returns the row
}

export async function findJob(options: { prisma?: PrismaClient; queue?: string; key: string }): Promise<JobRow | null> {
  const prisma = options.prisma ?? db();
  await ensureJobTable(prisma);
  const rows = await prisma.$queryRawUnsafe<Raw[]>(
    `SELECT id, key, format, data, state, attempts, max_attempts, last_error FROM nianbao_jobs.job WHERE queue = $1 AND key = $2`,
    options.queue ?? PDF_QUEUE,
    options.key,
  );
  return rows[0] ? toJob(rows[0]) : null;
}

/**
 * Claims the next due job, or one whose worker's lease ran out (SKIP LOCKED: two workers never
 * take the same one).
 */
async function claimJob(prisma: PrismaClient, queue: string, workerId: string): Promise<JobRow | null> {
  const rows = await prisma.$queryRawUnsafe<Raw[]>(
    `UPDATE nianbao_jobs.job SET state = 'active', attempts = attempts + 1, started_at = now(), updated_at = now(),
       locked_by = $2, lease_until = now() + make_interval(secs => $3)
     WHERE id = (SELECT id FROM nianbao_jobs.job WHERE queue = $1
                   AND ((state = 'created' AND run_after <= now())
                        -- rows claimed before leases existed count as expired after 10 minutes
                        OR (state = 'active' AND COALESCE(lease_until, started_at + interval '10 minutes') < now() AND attempts < max_attempts))
                 ORDER BY run_after, id FOR UPDATE SKIP LOCKED LIMIT 1)
     ${RETURNING}`,
    queue,
    workerId,
    leaseSeconds(),
  );
  return rows[0] ? toJob(rows[0]) : null;
}

/** Extends the lease while the job runs; false when it is no longer ours (it expired and was taken). */
async function renewLease(prisma: PrismaClient, job: JobRow, workerId: string): Promise<boolean> {
  const n = await prisma.$executeRawUnsafe(
    `UPDATE nianbao_jobs.job SET lease_until = now() + make_interval(secs => $3), updated_at = now() WHERE id = $1 AND locked_by = $2 AND state = 'active'`,
    job.id,
    workerId,
    leaseSeconds(),
  );
  return n > 0;
}

/** Puts this worker's claimed jobs back (on shutdown), without counting the interrupted attempt. */
export async function releaseJobs(options: { prisma?: PrismaClient; workerId?: string } = {}): Promise<number> {
  const prisma = options.prisma ?? db();
  await ensureJobTable(prisma);
  return prisma.$executeRawUnsafe(
    `UPDATE nianbao_jobs.job SET state = 'created', attempts = GREATEST(attempts - 1, 0), locked_by = NULL, lease_until = NULL, run_after = now(), updated_at = now()
     WHERE locked_by = $1 AND state = 'active'`,
    options.workerId ?? WORKER_ID,
  );
}

async function finishJob(prisma: PrismaClient, job: JobRow, error: unknown, workerId: string): Promise<void> {
  // Only while the lease is still ours: a worker that lost it must not overwrite the new holder's state.
  const mine = `id = $1 AND locked_by = $2 AND state = 'active'`;
  if (!error) {
    await prisma.$executeRawUnsafe(
      `UPDATE nianbao_jobs.job SET state = 'completed', finished_at = now(), last_error = NULL, lease_until = NULL, updated_at = now() WHERE ${mine}`,
      job.id,
      workerId,
    );
    return;
  }
  const message = (error instanceof Error ? error.message : printed(error)).slice(0, 2000);
  if (job.attempts < job.maxAttempts) {
    await prisma.$executeRawUnsafe(
      `UPDATE nianbao_jobs.job SET state = 'created', run_after = now() + make_interval(secs => $3), last_error = $4, lease_until = NULL, updated_at = now() WHERE ${mine}`,
      job.id,
      workerId,
      retryDelaySeconds(job.attempts),
      message,
    );
  } else {
    await prisma.$executeRawUnsafe(
      `UPDATE nianbao_jobs.job SET state = 'failed', finished_at = now(), last_error = $3, lease_until = NULL, updated_at = now() WHERE ${mine}`,
      job.id,
      workerId,
      message,
    );
  }
}

export type JobHandler = (job: JobRow) => Promise<void>;

/**
 * Runs one due job if there is one; true when it ran one. A failing handler schedules a retry.
 * `exclusive: false` lets a worker process run several (NIANBAO_WORKER_CONCURRENCY); inside a web
 * server jobs and previews share one print at a time.
 */
export async function runNextJob(options: {
  prisma?: PrismaClient;
  queue?: string;
  handler: JobHandler;
  workerId?: string;
  exclusive?: boolean;
}): Promise<boolean> {
  const prisma = options.prisma ?? db();
  const workerId = options.workerId ?? WORKER_ID;
  await ensureJobTable(prisma);
  const job = await claimJob(prisma, options.queue ?? PDF_QUEUE, workerId);
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
  let error: unknown = null;
  try {
    await (options.exclusive === false ? options.handler(job) : exclusive(() => options.handler(job)));
  } catch (err) {
    error = err ?? new Error("unknown error");
    logger().error(
      { job: job.key, format: job.format, attempt: job.attempts, maxAttempts: job.maxAttempts, ...errorFields(error) },
      "job failed",
    );
  } finally {
    clearInterval(heartbeat);
  }
  await finishJob(prisma, job, error, workerId);
  return true;
}

/** Seconds until the next job is due; null when nothing is waiting. Also revives jobs of dead workers. */
export async function nextDue(prisma: PrismaClient, queue: string): Promise<number | null> {
  // A job whose every attempt ended with its worker's death is given up, like one that kept failing.
  await prisma.$executeRawUnsafe(
    `UPDATE nianbao_jobs.job SET state = 'failed', finished_at = now(), last_error = COALESCE(last_error, 'worker stopped during every attempt'), updated_at = now()
     WHERE queue = $1 AND state = 'active' AND lease_until < now() AND attempts >= max_attempts`,
    queue,
  );
  const rows = await prisma.$queryRawUnsafe<{ wait: number | null }[]>(
    // (GREATEST ignores NULL: without the CASE an empty queue would read as "due now".)
    `SELECT CASE WHEN MIN(due) IS NULL THEN NULL ELSE GREATEST(0, EXTRACT(EPOCH FROM MIN(due) - now())) END::float8 AS wait FROM (
       SELECT run_after AS due FROM nianbao_jobs.job WHERE queue = $1 AND state = 'created'
       UNION ALL SELECT lease_until FROM nianbao_jobs.job WHERE queue = $1 AND state = 'active' AND lease_until IS NOT NULL) d`,
    queue,
  );
  return rows[0]?.wait ?? null;
}

// ---- One export at a time in this process (jobs and reviewers' previews share it) ----

let tail: Promise<unknown> = Promise.resolve();
let busy = 0;
export function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  busy++;
  const run = tail.then(fn).finally(() => {
    busy--;
  });
  tail = run.catch(() => undefined);
  return run;
}
export const printsInProgress = () => busy;

// ---- The worker: started on demand, stops when the queue is empty ----

type WorkerState = { running: boolean; wake: (() => void) | null };
const holder = globalThis as unknown as { __nianbaoPdfWorker?: WorkerState };
const worker = () => (holder.__nianbaoPdfWorker ??= { running: false, wake: null });

/** Starts this web server's export worker (PDF, Word), unless NIANBAO_WORKER=off (then `npm run worker` runs the jobs). */
export function ensureExportWorker(options: { prisma?: PrismaClient; handler?: JobHandler } = {}): void {
  if (scaleEnv().NIANBAO_WORKER === "off") return;
  const w = worker();
  if (w.running) {
    w.wake?.();
    return;
  }
  w.running = true;
  onShutdown("export-worker", async () => {
    w.running = false;
    w.wake?.();
    await releaseJobs({ prisma: options.prisma });
  });
  void workLoop(options.prisma ?? db(), options.handler ?? exportJob)
    .catch((err) => logger().error(errorFields(err), "export worker stopped"))
    .finally(() => {
      w.running = false;
      w.wake = null;
    });
}

async function workLoop(prisma: PrismaClient, handler: JobHandler): Promise<void> {
  const w = worker();
  let failures = 0;
  for (;;) {
    if (!w.running) return; // shutting down
    try {
      if (await runNextJob({ prisma, handler })) {
        failures = 0;
        continue;
      }
      const wait = await nextDue(prisma, PDF_QUEUE);
      if (wait === null) return;
      failures = 0;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(Math.max(wait * 1000, 200), 30_000));
        w.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      w.wake = null;
    } catch (err) {
      // The database is unreachable: back off, give up after a minute; the next request restarts us.
      if (++failures > 6) throw err;
      await new Promise((r) => setTimeout(r, 10_000));
    }
  }
}

// ---- Report editions ----

export type EditionRef = { id: string; year: number; version: number; publishedAt: Date | string };

/** Where an export of an edition is stored. The id makes a rebuilt database never see an older file. */
export const editionFileKey = (e: Pick<EditionRef, "id" | "year" | "version">, extension: ExportFormat | "xlsx") =>
  `reports/${e.year}/report-${e.year}-v${e.version}-${e.id}.${extension}`;
export const editionPdfKey = (e: Pick<EditionRef, "id" | "year" | "version">) => editionFileKey(e, "pdf");

export type EditionExport =
  | { status: "ready"; key: string }
  | { status: "generating"; attempts: number; lastError: string | null; estimatedSeconds?: number }
  | { status: "failed"; lastError: string | null };

/** Kept for the PDF's callers: the state of an edition's PDF. */
export type EditionPdf = EditionExport;

type RequestOptions = {
  edition: EditionRef;
  prisma?: PrismaClient;
  files?: FileStorage;
  startWorker?: boolean;
  /** How long the request may wait for the job before answering 202 (quick files: the workbook, a partner PDF). */
  waitMs?: number;
};

/**
 * Jobs waiting to run, at most: the documents a visitor can ask for are the published ones, so
 * this is only reached when something is wrong; then a new document waits (202) until there is room.
 */
export const MAX_PENDING_JOBS = 100;
/** Requests of this process waiting for a job at the same time, at most; the rest are answered 202 at once. */
export const MAX_WAITING_REQUESTS = 16;
const WAIT_POLL_MS = 250;
let waiting = 0;

async function pendingJobs(prisma: PrismaClient): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM nianbao_jobs.job WHERE queue = $1 AND state IN ('created', 'active')`,
    PDF_QUEUE,
  );
  return row?.n ?? 0;
}

/**
 * The stored file `key`, or the one job that makes it (enqueued once, whoever asks and however
 * many ask at once). Never renders in the request: the worker of this web server does, or a
 * separate `npm run worker` when NIANBAO_WORKER=off. With `waitMs` the request waits that long
 * for the job (polling its row; bounded by MAX_WAITING_REQUESTS) before answering "generating".
 */
export async function requestExport(options: {
  key: string;
  format: ExportFormat;
  data: Record<string, unknown>;
  prisma?: PrismaClient;
  files?: FileStorage;
  startWorker?: boolean;
  waitMs?: number;
}): Promise<EditionExport> {
  const prisma = options.prisma ?? db();
  const files = options.files ?? storage();
  const { key, format } = options;
  if (await files.exists(key)) return { status: "ready", key };
  await ensureJobTable(prisma);
  const existing = await findJob({ prisma, key });
  const queued = existing && (existing.state === "created" || existing.state === "active");
  if (!queued && (await pendingJobs(prisma)) >= MAX_PENDING_JOBS) return { status: "generating", attempts: 0, lastError: null };
  let job = await enqueueJob({ prisma, key, format, data: options.data });
  if (options.startWorker !== false) ensureExportWorker({ prisma: options.prisma });
  if (options.waitMs && job.state !== "failed" && waiting < MAX_WAITING_REQUESTS) {
    waiting++;
    try {
      const deadline = Date.now() + options.waitMs;
      while (Date.now() < deadline && (job.state === "created" || job.state === "active")) {
        await new Promise((r) => setTimeout(r, WAIT_POLL_MS));
        job = (await findJob({ prisma, key })) ?? job;
      }
    } finally {
      waiting--;
    }
    if (job.state === "completed" && (await files.exists(key))) return { status: "ready", key };
  }
  if (job.state === "failed") return { status: "failed", lastError: job.lastError };
  const estimatedSeconds = await estimateSeconds({ prisma: options.prisma, format, jobId: job.id }).catch(() => undefined);
  return { status: "generating", attempts: job.attempts, lastError: job.lastError, estimatedSeconds };
}

/** The stored file of a published edition in a format, or the job that makes it. Never renders in the request. */
export function requestEditionExport(options: RequestOptions & { format: ExportFormat }): Promise<EditionExport> {
  return requestExport({
    ...options,
    key: editionFileKey(options.edition, options.format),
    data: { editionId: options.edition.id, format: options.format },
  });
}

/** Seconds a print took when nothing has been printed here yet (measured: a 77-page report ~3 s, plus start-up). */
const DEFAULT_SECONDS: Record<ExportFormat, number> = { pdf: 20, docx: 5, xlsx: 3 };

/**
 * How long until a job's file is ready, for 「正在生成PDF，约需N秒」: the mean of the last prints of
 * this format, times the jobs waiting before it and itself (one job runs at a time).
 */
export async function estimateSeconds(options: { prisma?: PrismaClient; format: ExportFormat; jobId: number }): Promise<number> {
  const prisma = options.prisma ?? db();
  const [row] = await prisma.$queryRawUnsafe<{ mean: number | null; ahead: number }[]>(
    `SELECT (SELECT avg(extract(epoch FROM finished_at - started_at))::float FROM
               (SELECT finished_at, started_at FROM nianbao_jobs.job WHERE queue = $1 AND format = $2 AND state = 'completed'
                  AND started_at IS NOT NULL AND finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT 5) recent) AS mean,
            (SELECT count(*)::int FROM nianbao_jobs.job WHERE queue = $1 AND state IN ('created', 'active') AND id < $3) AS ahead`,
    PDF_QUEUE,
    options.format,
    options.jobId,
  );
  const each = Math.max(2, Math.ceil(row?.mean ?? DEFAULT_SECONDS[options.format]));
  return each * (1 + (row?.ahead ?? 0));
}

export const requestEditionPdf = (options: RequestOptions) => requestEditionExport({ ...options, format: "pdf" });

export const CONTENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

type Meta = { version: number; publishedAt: Date };

/**
 * The job handler: renders the frozen document of an edition in the job's format and stores it.
 * The PDF is printed by Chromium in a child process; the Word document is built here (no browser,
 * a second or two, and still one job at a time).
 */
export function editionJobHandler(
  options: {
    prisma?: PrismaClient;
    files?: FileStorage;
    render?: (doc: ReportDocument, meta: Meta) => Promise<Pick<ChildResult, "pdf">>;
    renderDocx?: (doc: ReportDocument, meta: Meta & { files: FileStorage }) => Promise<Buffer>;
  } = {},
): JobHandler {
  return async (job) => {
    const prisma = options.prisma ?? db();
    const files = options.files ?? storage();
    const { editionId } = job.data as { editionId: string };
    const edition = await prisma.reportEdition.findUnique({
      where: { id: editionId },
      select: { id: true, year: true, version: true, publishedAt: true, document: true },
    });
    if (!edition) throw new Error(`edition ${editionId} no longer exists`);
    const doc = edition.document as unknown as ReportDocument;
    const meta = { version: edition.version, publishedAt: edition.publishedAt };
    if (job.format === "docx") {
      const docx = await (options.renderDocx ?? renderReportDocx)(doc, { ...meta, files });
      await files.putFile(editionFileKey(edition, "docx"), docx, { contentType: CONTENT_TYPES.docx });
      return;
    }
    if (job.format === "xlsx") {
      const book = await buildReportWorkbook(doc, { version: edition.version });
      await files.putFile(editionFileKey(edition, "xlsx"), book, { contentType: CONTENT_TYPES.xlsx });
      return;
    }
    const { pdf } = await (options.render ?? renderInChildProcess)(doc, meta);
    await files.putFile(editionPdfKey(edition), pdf, { contentType: CONTENT_TYPES.pdf });
  };
}

export const exportEditionJob: JobHandler = (job) => editionJobHandler()(job);

/** The queue's one handler: a partner report's PDF, or an edition's file in the job's format. */
export const exportJob: JobHandler = (job) => (isPartnerPdfJob(job.data) ? partnerPdfJobHandler()(job) : exportEditionJob(job));
