import { SANS, SERIF } from "./fonts";

/**
 * A string for a CSS `content` value (margin boxes). Line breaks (LF, CR, FF) become spaces, quotes
 * and backslashes are escaped, and angle brackets (so "</style>" cannot end the sheet) and other
 * control characters become CSS hex escapes ("\\3c ").
 */
export function cssString(value: string): string {
  const escaped = value
    .replace(/[\r\n\f]+/g, " ")
    .replace(/[\\"'<>&\u0000-\u001f\u007f]/g, (c) => (c === "\\" || c === '"' ? `\\${c}` : `\\${c.charCodeAt(0).toString(16)} `));
  return `"${escaped}"`;
}

/**
 * The print stylesheet of the report: A4, a cover page, a table of contents, each chapter on a
 * new page, the report title as running header and 「- 8 -」 page numbers (CSS @page margin boxes,
 * which Chromium prints natively). It styles the markup of lib/report/engine/html.ts by its structure
 * and data attributes, not its Tailwind classes, so the PDF does not depend on the web build.
 * Everything is scoped under `.nb-print`, so the same rules serve the standalone print HTML and
 * the /reports/{year}/print page (where the site's header and footer are hidden). The sheet goes
 * after the report body, whose own stylesheet it overrides for print.
 */
export function printCss(runningHeader: string): string {
  const B = ".nb-print .report";
  return `
@page {
  size: A4;
  margin: 24mm 20mm 22mm 20mm;
  @top-center {
    content: ${cssString(runningHeader)};
    font-family: ${SANS}; font-weight: 400; font-size: 9pt; color: #374151;
    vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.6pt solid #1d4f91;
  }
  @bottom-center {
    content: "- " counter(page) " -";
    font-family: ${SERIF}; font-weight: 400; font-size: 10.5pt; color: #111827;
    vertical-align: top; padding-top: 5mm;
  }
}
@page nb-cover { margin: 0; @top-center { content: none; border: none; } @bottom-center { content: none; } }
@page nb-front { @top-center { content: none; border: none; } }

html, body { margin: 0; padding: 0; }
.nb-print { font-family: ${SERIF}; font-size: 11pt; line-height: 1.8; color: #111827; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; orphans: 2; widows: 2; }
.nb-print * { box-sizing: border-box; }
body:has(.nb-print) > header, body:has(.nb-print) > footer, body:has(.nb-print) > a[href="#main"] { display: none !important; }
body:has(.nb-print) > main { max-width: none !important; margin: 0 !important; padding: 0 !important; }
@media screen {
  body:has(.nb-print) { background: #e5e7eb; }
  .nb-print { width: 210mm; margin: 8mm auto; padding: 24mm 20mm; box-shadow: 0 1px 6px rgba(0,0,0,.2); }
  .nb-print .nb-cover { margin: -24mm -20mm 24mm; }
}

/* Cover */
.nb-print .nb-cover p { text-indent: 0; text-align: center; }
.nb-print .nb-cover { page: nb-cover; break-after: page; width: 210mm; height: 297mm; position: relative; overflow: hidden;
  display: flex; flex-direction: column; align-items: center; text-align: center; background: #fff; }
.nb-print .nb-cover-band { width: 100%; height: 118mm; background: linear-gradient(180deg, #12325c 0%, #1d4f91 100%); color: #fff;
  display: flex; flex-direction: column; justify-content: flex-end; align-items: center; padding-bottom: 16mm; }
.nb-print .nb-cover-logo { height: 26mm; width: auto; margin-bottom: 6mm; background: #fff; border-radius: 3mm; padding: 2mm; }
.nb-print .nb-cover-institution { font-family: ${SANS}; font-weight: 700; font-size: 20pt; letter-spacing: 0.3em; margin: 0; }
.nb-print .nb-cover-title { font-family: ${SERIF}; font-weight: 700; font-size: 34pt; line-height: 1.35; margin: 26mm 18mm 0; color: #12325c; }
.nb-print .nb-cover-rule { width: 60mm; height: 1.2mm; background: #d1495b; margin: 12mm auto 10mm; }
.nb-print .nb-cover-meta { font-family: ${SANS}; font-size: 13pt; color: #374151; margin: 2mm 0; }
.nb-print .nb-cover-foot { position: absolute; bottom: 22mm; left: 0; right: 0; font-family: ${SANS}; font-size: 12pt; color: #374151; }

/* Table of contents */
.nb-print .nb-declaration { page: nb-front; break-after: page; padding-top: 20mm; }
.nb-print .nb-declaration h2 { font-family: ${SANS}; font-weight: 700; font-size: 18pt; text-align: center; letter-spacing: 0.3em; margin: 0 0 10mm; color: #12325c; }
.nb-print .nb-declaration p { line-height: 2; }
.nb-print .nb-declaration p.sign { text-align: right; text-indent: 0; margin-top: 4mm; }
.nb-print .nb-toc { page: nb-front; break-after: page; font-family: ${SANS}; }
.nb-print .nb-toc h2 { font-family: ${SANS}; font-weight: 700; font-size: 18pt; text-align: center; letter-spacing: 1em; margin: 0 0 8mm; color: #12325c; }
.nb-print .nb-toc ol { list-style: none; margin: 0; padding: 0; }
.nb-print .nb-toc li { display: flex; align-items: baseline; gap: 2mm; break-inside: avoid; }
.nb-print .nb-toc li.nb-toc-1 { font-weight: 700; font-size: 12pt; margin-top: 3.2mm; }
.nb-print .nb-toc li.nb-toc-2 { font-size: 10.5pt; padding-left: 8mm; margin-top: 1mm; }
.nb-print .nb-toc a { color: inherit; text-decoration: none; }
.nb-print .nb-toc .nb-toc-leader { flex: 1; border-bottom: 0.9pt dotted #6b7280; transform: translateY(-1.2mm); min-width: 6mm; }
.nb-print .nb-toc .nb-toc-page { min-width: 9mm; text-align: right; font-variant-numeric: tabular-nums; font-weight: 400; }

/* Body: the public page's HTML (lib/report/engine/html.ts) with its own stylesheet; these rules come
   after it and are more specific, so print wins where the two differ. */
${B} { max-width: none; margin: 0; padding: 0; font-family: ${SERIF}; font-size: 11pt; line-height: 1.8; color: #111827; }
${B} > #cover, ${B} > #toc, ${B} > #declaration { display: none !important; }
/* Shared SVG definitions (0×0): out of the flow, or they make a line box and a blank page. */
${B} > svg, ${B} svg.absolute { position: absolute; width: 0; height: 0; overflow: hidden; }
${B} details, ${B} .np, ${B} .print\\:hidden { display: none !important; }
${B} a, ${B} a.ln { color: inherit; text-decoration: none; }
${B} section[id^="ch-"], ${B} #appendix { break-before: page; }
${B} h2, ${B} h3, ${B} h4 { font-family: ${SANS}; font-weight: 700; break-after: avoid; break-inside: avoid; border: none; padding: 0; }
${B} section[id^="ch-"] > h2, ${B} #appendix > h2 { font-size: 18pt; line-height: 1.4; color: #12325c; text-align: center; margin: 4mm 0 7mm; }
${B} h3 { font-size: 14pt; line-height: 1.5; margin: 6mm 0 3mm; color: #111827; }
${B} h4 { font-size: 12pt; line-height: 1.5; margin: 4mm 0 2mm; color: #12325c; }
${B} .rp { font-size: 11pt; line-height: 1.8; }
${B} p { margin: 0 0 2.2mm; text-indent: 2em; text-align: justify; }
${B} ul, ${B} ol { margin: 2mm 0 3mm; padding-left: 8mm; }
${B} li { margin: 0.6mm 0; }
${B} strong, ${B} b { font-weight: 700; }
${B} .metric { font-weight: 700; }
${B} [data-unapproved] { font-family: ${SANS}; font-size: 8pt; color: #92400e; background: none; border: 0.6pt solid #d97706; padding: 0 1mm; margin-left: 1mm; }

/* Tables: the header row repeats on every page, rows are never split */
${B} [data-table] { margin: 4mm 0 5mm; }
/* A short table moves whole to the next page rather than leave its header and a row behind. */
${B} [data-table]:not(:has(tbody tr:nth-child(25))) table { break-inside: avoid; }
${B} [data-table] p, ${B} .note { text-indent: 0; font-family: ${SANS}; font-size: 8.5pt; color: #4b5563; margin-top: 1mm; }
${B} .tw { overflow: visible; }
${B} table { width: 100%; border-collapse: collapse; font-family: ${SANS}; font-size: 9pt; line-height: 1.45; }
${B} caption { caption-side: top; font-family: ${SANS}; font-weight: 700; font-size: 10.5pt; padding-bottom: 2mm; margin: 0; text-align: center; break-after: avoid; }
${B} thead { display: table-header-group; background: none; }
${B} tr { break-inside: avoid; }
${B} th, ${B} td { border: 0.6pt solid #4b5563; padding: 1.2mm 1.6mm; vertical-align: middle; overflow-wrap: anywhere; }
${B} thead th { background: #dbe6f4; font-weight: 700; word-break: keep-all; }
${B} thead th:first-child { white-space: nowrap; }
${B} td.n { white-space: nowrap; text-align: center; }
${B} th.s, ${B} td.s { white-space: nowrap; overflow-wrap: normal; }
${B} td.r { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
${B} tbody th { font-weight: 400; }
${B} tr.t td, ${B} tr.font-semibold td { font-weight: 700; background: #f3f4f6; }

/* Figures keep their captions */
${B} figure { margin: 4mm auto 5mm; break-inside: avoid; text-align: center; }
${B} figure img { display: block; max-width: 100%; max-height: 120mm; width: auto; margin: 0 auto; object-fit: contain; }
${B} figure [role="img"], ${B} figure .art { width: 100%; max-width: 95mm; margin: 0 auto; }
${B} figure[data-chart] [role="img"], ${B} figure[data-chart] .art { max-width: 160mm; }
${B} figure svg { display: block; width: 100%; height: auto; }
${B} figcaption { font-family: ${SANS}; font-size: 9.5pt; line-height: 1.5; margin-top: 1.5mm; text-indent: 0; text-align: center; color: #111827; }

/* Cases are boxed; a long case continues in a second box on the next page */
${B} article[data-case] { border: 0.9pt solid #1d4f91; border-radius: 0; background: #f3f7fd; padding: 4mm 6mm 3mm; margin: 6mm 0;
  break-inside: auto; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
${B} .ct, ${B} .ht { font-size: 12pt; line-height: 1.5; margin: 4mm 0 2mm; color: #12325c; }
${B} article[data-case] > .ct { margin-top: 0; text-align: center; font-size: 12pt; }
${B} article[data-case] > .ct + p, ${B} article[data-case] .sub { text-align: right; text-indent: 0; font-family: ${SANS}; font-size: 10pt; }

/* Highlights */
${B} [data-highlight-group] ul, ${B} .hl ul { list-style: disc; line-height: 1.8; }
`;
}
