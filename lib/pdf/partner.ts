import "server-only";
import { requestExport, type EditionExport } from "./jobs";
import { storage } from "../storage";
import { partnerReportTitle } from "../partners/html";
import { partnerPdfKey } from "./partner-job";
import { publishedPartnerReport } from "../partners/service";

/** A two-page print takes about a second: the first request waits this long for its job. */
const WAIT_MS = 10_000;

/**
 * The PDF of an approved partner report: the stored file, or the one job per report version that
 * prints it (lib/pdf/partner-job.ts). A request never prints: six visitors asking at once share
 * one job, and a web instance without a worker (NIANBAO_WORKER=off) only enqueues.
 */
export async function partnerReportPdf(options: {
  year: number;
  slug: string;
}): Promise<{ title: string; pdf: Uint8Array } | { title: string; pending: Exclude<EditionExport, { status: "ready" }> }> {
  const report = await publishedPartnerReport(options);
  const title = partnerReportTitle(report);
  const key = partnerPdfKey(report);
  const state = await requestExport({
    key,
    format: "pdf",
    data: { document: "partner-report", reportId: report.id, version: report.version },
    waitMs: WAIT_MS,
  });
  const bytes = state.status === "ready" ? await storage().getFile(key) : null;
  if (bytes) return { title, pdf: new Uint8Array(bytes) };
  return { title, pending: state.status === "ready" ? { status: "generating", attempts: 0, lastError: null } : state };
}
