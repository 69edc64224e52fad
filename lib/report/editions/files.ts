import type { PrismaClient } from "../../generated/prisma/client";
import type { ExportFormat } from "../../jobs/definitions";
import { enqueue, type JobRow } from "../../jobs/queue";
import { wakeWorker } from "../../jobs/wake";

/** A published edition as its exports know it. */
export type EditionRef = { id: string; year: number; version: number; publishedAt: Date | string };

/** Where an export of an edition is stored. The id makes a rebuilt database never see an older file. */
export const editionFileKey = (e: Pick<EditionRef, "id" | "year" | "version">, extension: ExportFormat) =>
  `reports/${e.year}/report-${e.year}-v${e.version}-${e.id}.${extension}`;
export const editionPdfKey = (e: Pick<EditionRef, "id" | "year" | "version">) => editionFileKey(e, "pdf");

/**
 * Queues the job that makes an edition's file (one per edition and format: its storage key is the
 * job's key) and wakes this process's worker. By name, through lib/jobs: the rendering itself is the
 * outputs layer's (lib/pdf/jobs.ts), above this one.
 */
export async function queueEditionExport(options: {
  edition: Pick<EditionRef, "id" | "year" | "version">;
  format: ExportFormat;
  prisma?: PrismaClient;
  startWorker?: boolean;
}): Promise<JobRow> {
  const { edition, format } = options;
  const job = await enqueue({
    client: options.prisma,
    name: "export.edition",
    key: editionFileKey(edition, format),
    payload: { editionId: edition.id, format },
  });
  if (options.startWorker !== false) wakeWorker({ prisma: options.prisma });
  return job;
}
