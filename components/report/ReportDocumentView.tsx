import type { ReportDocument, SourceRef } from "@/lib/report/model/document";
import { renderReportHtml } from "@/lib/report/engine/html";

/**
 * The report body: cover, table of contents, chapters with their narratives, tables, figures
 * and cases, and the indicator appendix. The PDF renders this same component. The HTML is built
 * by lib/report/engine/html.ts (escaped and sanitised there); pass `html` when it is already cached.
 */
export function ReportDocumentView({
  document,
  html,
  recordHref,
}: {
  document: ReportDocument;
  html?: string;
  recordHref?: (ref: SourceRef) => string;
}) {
  return <div className="report-body" dangerouslySetInnerHTML={{ __html: html ?? renderReportHtml(document, { recordHref }) }} />;
}
