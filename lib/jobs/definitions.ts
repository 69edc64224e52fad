import { z } from "zod";

/**
 * Every kind of background work, by name: what its payload must be, how often it is tried and how
 * two enqueues of the same thing meet (`dedupe`). Handlers are attached in lib/jobs/registry.ts;
 * this file has none, so any module (a notice written in a transaction, an export route) can enqueue
 * without importing what the job does.
 */

/** The formats an edition is exported in: the PDF printed by Chromium, the Word document, the data workbook. */
export const EXPORT_FORMATS = ["pdf", "docx", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * How an enqueue meets a job already there under the same dedupe key:
 * - `export`: one job per document version; a finished one is run again (its file went missing),
 *   a failed one only after a cool-down (so a broken print is not retried by every visitor).
 * - `again`: news since the job started must be sent too: a finished job is re-armed, a running
 *   one runs once more after it ends (mail).
 * - `once`: the first enqueue wins (the daily run of one date).
 */
export type Dedupe = "export" | "again" | "once";

export type JobDefinition = {
  payload: z.ZodType;
  maxAttempts: number;
  dedupe: Dedupe;
  /** Shares the process's one-print-at-a-time lane with reviewers' previews (lib/pdf/jobs.ts `exclusive`). */
  exclusive?: boolean;
};

export const JOB_DEFINITIONS = {
  "export.edition": {
    payload: z.object({ editionId: z.string().min(1), format: z.enum(EXPORT_FORMATS) }),
    maxAttempts: 4,
    dedupe: "export",
    exclusive: true,
  },
  "export.partner-pdf": {
    payload: z.object({ document: z.literal("partner-report"), reportId: z.string().min(1), version: z.number().int() }),
    maxAttempts: 4,
    dedupe: "export",
    exclusive: true,
  },
  /** The notices of one user still to be mailed (the notification rows are the outbox). */
  "mail.instant": { payload: z.object({ userId: z.string().min(1) }), maxAttempts: 6, dedupe: "again" },
  /** The link that confirms a user's new mail address (lib/notifications/service.ts); the token is made at sending. */
  "mail.confirm-address": { payload: z.object({ userId: z.string().min(1) }), maxAttempts: 6, dedupe: "again" },
  /** Deadline and overdue-task reminders, then every mail due and the daily digests. */
  "daily.run": { payload: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }), maxAttempts: 4, dedupe: "once" },
} as const satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof JOB_DEFINITIONS;
export type JobPayload<N extends JobName> = z.input<(typeof JOB_DEFINITIONS)[N]["payload"]>;
export const JOB_NAMES = Object.keys(JOB_DEFINITIONS) as JobName[];
export const isJobName = (name: string): name is JobName => Object.hasOwn(JOB_DEFINITIONS, name);

/** Seconds before retry n (1-based): 15 s, 60 s, 135 s, 240 s, 375 s. */
export const retryDelaySeconds = (attempt: number) => 15 * attempt * attempt;
