import "server-only";
import { fontFaceCss } from "../pdf/fonts";
import { renderPagePdf } from "../pdf/render";
import { storage } from "../storage";
import { partnerReportHtml, partnerReportTitle } from "./html";
import { publishedPartnerReport } from "./service";

/**
 * The PDF of an approved partner report. Printed on first request and kept in storage per
 * report version (an approved report does not change, so a version's PDF never goes stale).
 * A two-page print takes about a second, so unlike the college report it needs no job queue.
 */
export async function partnerReportPdf(options: { year: number; slug: string }) {
  const report = await publishedPartnerReport(options);
  const key = `partner-reports/${report.id}/v${report.version}.pdf`;
  const title = partnerReportTitle(report);
  const cached = await storage().getFile(key);
  if (cached) return { pdf: new Uint8Array(cached), title };
  const pdf = await renderPagePdf(partnerReportHtml(report, { fontCss: fontFaceCss("/fonts/") }), {
    title,
    author: report.enterprise.name,
  });
  await storage().putFile(key, pdf, { contentType: "application/pdf" });
  return { pdf, title };
}
