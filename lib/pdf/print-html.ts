import { type ReportDocument, reportFullTitle } from "../report/model/document";
import { declarationHtml, renderReportHtml } from "../report/engine/html";
import { escapeHtml as e } from "../report/engine/markdown";
import { fontFaceCss } from "./fonts";
import { printCss } from "./print-css";
import { formatYearMonth } from "../time";

/**
 * The report as print HTML: our cover and table of contents (with page numbers once known),
 * then the same body HTML as the public page (lib/report/engine/html.ts), styled by print-css.ts.
 */
export type PrintMeta = { version?: number; publishedAt?: Date | string | null };

export { reportFullTitle } from "../report/model/document";

function dateZh(value: Date | string | null | undefined): string {
  const d = value ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) return "";
  return formatYearMonth(d);
}

export function coverHtml(doc: ReportDocument, meta: PrintMeta = {}): string {
  const draft = doc.mode === "preview";
  return (
    `<div class="nb-cover" data-print="cover">` +
    `<div class="nb-cover-band">` +
    (doc.logoFileId ? `<img class="nb-cover-logo" src="/files/${e(doc.logoFileId)}/web" alt="">` : "") +
    `<p class="nb-cover-institution">${e(doc.institution)}</p></div>` +
    `<p class="nb-cover-title">${e(doc.institution)}<br>${e(doc.title)}</p>` +
    `<div class="nb-cover-rule"></div>` +
    `<p class="nb-cover-meta">（${e(doc.academicYear)}学年）</p>` +
    (draft
      ? `<p class="nb-cover-meta">审阅稿 · 含未审核数据（draft for review）</p>`
      : meta.version
        ? `<p class="nb-cover-meta">第${meta.version}版</p>`
        : "") +
    `<p class="nb-cover-foot">${e(doc.institution)}<br>${e(dateZh(draft ? doc.generatedAt : (meta.publishedAt ?? doc.generatedAt)))}</p>` +
    `</div>`
  );
}

/** The table of contents; `pages` maps an anchor to its page (blank until the first print is measured). */
export function tocHtml(doc: ReportDocument, pages: Record<string, number> = {}): string {
  return (
    `<nav class="nb-toc" data-print="toc" aria-labelledby="nb-toc-h"><h2 id="nb-toc-h">目录</h2><ol>` +
    doc.toc
      .map(
        (t) =>
          `<li class="nb-toc-${t.level}"><a href="#${e(t.anchor)}">${e(t.label)}</a>` +
          `<span class="nb-toc-leader"></span><span class="nb-toc-page" data-toc-page="${e(t.anchor)}">${pages[t.anchor] ?? ""}</span></li>`,
      )
      .join("") +
    `</ol></nav>`
  );
}

/**
 * Cover, contents and body inside `.nb-print` (what the print page shows inside the site layout).
 * `bodyHtml` is the body as the public page renders it, when it is cached already.
 */
export function printBodyHtml(
  doc: ReportDocument,
  options: PrintMeta & { tocPages?: Record<string, number>; bodyHtml?: string } = {},
): string {
  return (
    `<div class="nb-print" lang="zh-CN">${coverHtml(doc, options)}${doc.declaration ? `<div class="nb-declaration">${declarationHtml(doc, "nb-declaration")}</div>` : ""}` +
    `${tocHtml(doc, options.tocPages)}${options.bodyHtml ?? renderReportHtml(doc)}` +
    `<style>${printCss(reportFullTitle(doc))}</style></div>`
  );
}

/** A complete HTML document for Chromium; fonts load from `fontBaseUrl` + "<package>/<file>". */
export function printDocumentHtml(
  doc: ReportDocument,
  options: PrintMeta & { tocPages?: Record<string, number>; fontBaseUrl: string },
): string {
  const title = reportFullTitle(doc);
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(title)}</title>` +
    `<meta name="author" content="${e(doc.institution)}"><meta name="description" content="${e(`${title}（${doc.academicYear}学年）`)}">` +
    `<style>${fontFaceCss(options.fontBaseUrl)}</style></head>` +
    `<body>${printBodyHtml(doc, options)}</body></html>`
  );
}
