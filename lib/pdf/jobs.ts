import type { PrismaClient } from "../generated/prisma/client";
import { renderReportDocx } from "../docx/render";
import { EXPORT_FORMATS, JOB_DEFINITIONS, retryDelaySeconds, type ExportFormat } from "../jobs/definitions";
import { enqueue, findJob, type JobHandler, type JobRow } from "../jobs/queue";
import { wakeWorker } from "../jobs/wake";
import { isPartnerPdfJob, type PartnerPdfJobData } from "./partner-job";
import { type ReportDocument, storedDocument } from "../report/model/document";
import { editionFileKey, editionPdfKey, type EditionRef } from "../report/editions/files";
import { buildReportWorkbook } from "../workbook/report";
import { db } from "../server/db";
import { storage, type FileStorage } from "../storage";
import { renderInChildProcess, type ChildResult } from "./spawn";

/**
 * Every rendering a visitor can ask for — a published edition's PDF, Word document and data
 * workbook, an approved partner report's PDF — as jobs of the one job system (lib/jobs: the "Job"
 * table, the registry, one worker loop with leases, retries and backoff). One job per document and
 * version (its storage key is the job's dedupe key): concurrent requests find the same job and wait
 * for it or are told to come back (202 + Retry-After); a request never renders. A file is made once
 * and stored; downloads read the stored file. Why our own queue and not pg-boss:
 * docs/decisions/013-one-job-system.md.
 */
export { EXPORT_FORMATS, retryDelaySeconds, findJob, type ExportFormat, type JobHandler, type JobRow };
export { exclusive, printsInProgress } from "../jobs/lane";
export const MAX_ATTEMPTS = JOB_DEFINITIONS["export.edition"].maxAttempts;
const EXPORT_NAMES = ["export.edition", "export.partner-pdf"] as const;

/** Enqueues the export that makes `key`: an edition's file in a format, or a partner report's PDF. */
export function enqueueExport(options: {
  prisma?: PrismaClient;
  key: string;
  data: { editionId: string; format: ExportFormat } | PartnerPdfJobData;
}): Promise<JobRow> {
  const { data } = options;
  return isPartnerPdfJob(data)
    ? enqueue({ client: options.prisma, name: "export.partner-pdf", key: options.key, payload: data })
    : enqueue({ client: options.prisma, name: "export.edition", key: options.key, payload: data });
}

// ---- Report editions ----

export { editionFileKey, editionPdfKey, type EditionRef };

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
    `SELECT count(*)::int AS n FROM "Job" WHERE name = ANY($1::text[]) AND state IN ('created', 'active')`,
    [...EXPORT_NAMES],
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
  data: { editionId: string; format: ExportFormat } | PartnerPdfJobData;
  prisma?: PrismaClient;
  files?: FileStorage;
  startWorker?: boolean;
  waitMs?: number;
}): Promise<EditionExport> {
  const prisma = options.prisma ?? db();
  const files = options.files ?? storage();
  const { key, format } = options;
  if (await files.exists(key)) return { status: "ready", key };
  const existing = await findJob({ prisma, key });
  const queued = existing && (existing.state === "created" || existing.state === "active");
  if (!queued && (await pendingJobs(prisma)) >= MAX_PENDING_JOBS) return { status: "generating", attempts: 0, lastError: null };
  let job = await enqueueExport({ prisma, key, data: options.data });
  if (options.startWorker !== false) wakeWorker({ prisma: options.prisma });
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
               (SELECT "finishedAt" AS finished_at, "startedAt" AS started_at FROM "Job" WHERE name = ANY($1::text[])
                  AND COALESCE(payload->>'format', 'pdf') = $2 AND state = 'completed'
                  AND "startedAt" IS NOT NULL AND "finishedAt" IS NOT NULL ORDER BY "finishedAt" DESC LIMIT 5) recent) AS mean,
            (SELECT count(*)::int FROM "Job" WHERE name = ANY($1::text[]) AND state IN ('created', 'active') AND id < $3) AS ahead`,
    [...EXPORT_NAMES],
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
    const { editionId, format } = JOB_DEFINITIONS["export.edition"].payload.parse(job.data);
    const edition = await prisma.reportEdition.findUnique({
      where: { id: editionId },
      select: { id: true, year: true, version: true, publishedAt: true, document: true },
    });
    if (!edition) throw new Error(`edition ${editionId} no longer exists`);
    const doc = storedDocument(edition.document);
    const meta = { version: edition.version, publishedAt: edition.publishedAt };
    if (format === "docx") {
      const docx = await (options.renderDocx ?? renderReportDocx)(doc, { ...meta, files });
      await files.putFile(editionFileKey(edition, "docx"), docx, { contentType: CONTENT_TYPES.docx });
      return;
    }
    if (format === "xlsx") {
      const book = await buildReportWorkbook(doc, { version: edition.version });
      await files.putFile(editionFileKey(edition, "xlsx"), book, { contentType: CONTENT_TYPES.xlsx });
      return;
    }
    const { pdf } = await (options.render ?? renderInChildProcess)(doc, meta);
    await files.putFile(editionPdfKey(edition), pdf, { contentType: CONTENT_TYPES.pdf });
  };
}
