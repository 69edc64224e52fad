import type { PrismaClient } from "../generated/prisma/client";
import { fontFaceCss } from "./fonts";
import { renderPagePdf } from "./render";
import { db } from "../server/db";
import { storage, type FileStorage } from "../storage";
import { partnerReportHtml, partnerReportTitle } from "../partners/html";

/**
 * The PDF of an approved partner report, as a background job of the export queue
 * (lib/pdf/jobs.ts): one job per report version, printed by a worker, never in a request. An
 * approved report does not change, so a version's stored PDF never goes stale. No "server-only"
 * here: `npm run worker` runs this outside Next.
 */
export type PartnerPdfJobData = { document: "partner-report"; reportId: string; version: number };

export const isPartnerPdfJob = (data: unknown): data is PartnerPdfJobData =>
  typeof data === "object" && data !== null && (data as { document?: unknown }).document === "partner-report";

export const partnerPdfKey = (report: { id: string; version: number }) => `partner-reports/${report.id}/v${report.version}.pdf`;

export function partnerPdfJobHandler(options: { prisma?: PrismaClient; files?: FileStorage; render?: typeof renderPagePdf } = {}) {
  return async (job: { data: unknown }) => {
    if (!isPartnerPdfJob(job.data)) throw new Error("not a partner report job");
    const { reportId, version } = job.data;
    const report = await (options.prisma ?? db()).partnerReport.findUnique({
      where: { id: reportId },
      include: {
        enterprise: { select: { name: true } },
        photos: { orderBy: { createdAt: "asc" }, select: { fileId: true, caption: true } },
      },
    });
    // Returned or changed since it was asked for: nothing to print (a request for the new version asks again).
    if (!report || report.status !== "APPROVED" || report.version !== version) return;
    const pdf = await (options.render ?? renderPagePdf)(partnerReportHtml(report, { fontCss: fontFaceCss("/fonts/") }), {
      title: partnerReportTitle(report),
      author: report.enterprise.name,
    });
    await (options.files ?? storage()).putFile(partnerPdfKey(report), pdf, { contentType: "application/pdf" });
  };
}
