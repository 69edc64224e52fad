import type { EditionMeta } from "../editions/editions";
import { escapeHtml as e } from "../engine/markdown";
import { fill, messages } from "../../i18n/catalogue";
import { headerLinks, type SiteReader } from "../../site/nav";
import { formatDate } from "../../time";
import type { Chrome } from "../../web/reader";

/**
 * The public report page as one HTML document: site header, toolbar (year selector, edition,
 * link to the other editions), the edition's cached report HTML, footer. It is served by a route
 * handler rather than a React page because an edition never changes: sending cached bytes keeps
 * /reports/{year} fast under load (a React page would also inline the whole report a second
 * time as its hydration payload). The look follows the site's layout (components/ui/SiteHeader).
 */
const CHROME_CSS = `
*,*::before,*::after{box-sizing:border-box;margin:0;padding:0}
html{-webkit-text-size-adjust:100%}
body{min-height:100vh;background:#f8fafc;color:#0f172a;font-family:"Noto Sans SC","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;-webkit-font-smoothing:antialiased}
a{color:inherit}
img,svg{display:block;max-width:100%}
ol,ul{list-style:none}
.skip{position:absolute;left:-9999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:10}
.site{background:#173f74;color:#fff}
.site nav,.wrap{margin:0 auto;max-width:72rem;padding:0 1rem}
.site nav{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding-top:.75rem;padding-bottom:.75rem}
.site .brand{display:flex;align-items:center;gap:.5rem;font-size:1.125rem;font-weight:600;letter-spacing:.025em;text-decoration:none}
.site .brand .logo{height:2rem;width:2rem;border-radius:.25rem;background:#fff;object-fit:contain;padding:.125rem}
.site .brand span{font-size:.875rem;font-weight:400;color:#d9e8ff}
.site .links{margin-left:auto;display:flex;flex-wrap:wrap;align-items:center;gap:.25rem 1rem;font-size:.875rem}
.site .links a.lang{border:1px solid rgba(255,255,255,.4);border-radius:.25rem;padding:.125rem .5rem}
.site .links a{text-decoration:none}.site .links a:hover{text-decoration:underline}
main.wrap{padding-top:1.5rem;padding-bottom:2.5rem}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;margin-bottom:1rem;font-size:.875rem;color:#334155}
.bar a{color:#173f74;text-decoration:underline}
.bar .dl{margin-left:auto;display:flex;flex-wrap:wrap;gap:.5rem}
.bar a.pdf{border-radius:.25rem;background:#173f74;color:#fff;padding:.25rem .75rem;font-weight:500;text-decoration:none}.bar a.pdf:hover{background:#12325c}
.years{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
.years a{border:1px solid #cbd5e1;border-radius:9999px;padding:0 .75rem;text-decoration:none;color:#1e293b}
.years a[aria-current]{border-color:#173f74;background:#173f74;color:#fff}
.old{margin-bottom:1rem;border:1px solid #fcd34d;border-radius:.25rem;background:#fffbeb;padding:.5rem .75rem;font-size:.875rem;color:#78350f}
.old a{color:#78350f;text-decoration:underline}
.gone{margin:4rem auto;max-width:36rem;text-align:center}.gone h1{font-size:1.5rem;color:#12325c;margin-bottom:.75rem}.gone p{color:#475569;margin:.5rem 0}.gone a{color:#173f74;text-decoration:underline}
footer.site-foot{border-top:1px solid #e2e8f0;padding:1.5rem 0;text-align:center;font-size:.75rem;color:#475569}
.jump,.totop{display:none}
@media screen and (max-width:767px){
.jump{display:block;margin-bottom:1rem;border:1px solid #cbd5e1;border-radius:.5rem;background:#fff;font-size:.9375rem}
.jump summary{cursor:pointer;padding:.625rem .875rem;font-weight:600;color:#12325c}
.jump nav{max-height:70vh;overflow-y:auto;border-top:1px solid #e2e8f0;padding:.25rem .875rem .75rem}
.jump li{margin-top:.5rem}.jump li.l2{margin-top:.25rem;padding-left:1rem;font-size:.875rem}
.jump a{color:#1e293b;text-decoration:underline;text-decoration-color:#cbd5e1;text-underline-offset:4px}
.totop{display:block;position:fixed;right:.75rem;bottom:.75rem;z-index:10;border-radius:9999px;background:#173f74;color:#fff;padding:.5rem .875rem;font-size:.875rem;text-decoration:none;box-shadow:0 2px 6px rgba(15,23,42,.3)}
.report figure[data-chart] .art{overflow-x:auto}.report figure[data-chart] .art svg{min-width:620px}
}
@media print{.site,.bar,.old,.skip,.jump,.totop,footer.site-foot{display:none}main.wrap{padding:0;max-width:none}body{background:#fff}}
`.replace(/\n/g, "");

function header(chrome: Chrome): string {
  const t = messages(chrome.reader.lang);
  const { college } = chrome;
  const logo = college?.logoFileId ? `<img class="logo" src="/files/${e(college.logoFileId)}/thumb" alt="">` : "";
  const brand = college
    ? `${logo}<span data-testid="college-name">${e(college.name)}</span><span>· ${e(t.appName)}</span>`
    : `${e(t.appName)} <span>· ${e(t.tagline)}</span>`;
  const links = headerLinks(chrome.reader, chrome.back)
    .map(
      (l) =>
        `<a href="${e(l.href)}"${l.kind === "language" ? ` class="lang"` : ""}${l.testId ? ` data-testid="${l.testId}"` : ""}>${e(l.label)}</a>`,
    )
    .join("");
  return (
    `<header class="site" id="top"><nav aria-label="${chrome.reader.lang === "zh" ? "主导航" : "Main"}"><a class="brand" href="/">${brand}</a>` +
    `<div class="links">${links}</div></nav></header>`
  );
}

function shell(title: string, main: string, chrome: Chrome): string {
  const t = messages(chrome.reader.lang);
  return (
    `<!DOCTYPE html><html lang="${chrome.reader.lang === "en" ? "en" : "zh-CN"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<link rel="icon" href="/icon.svg"><title>${e(title)} · 年报</title><meta name="description" content="由已审核数据生成的高职院校质量年度报告"><style>${CHROME_CSS}</style></head><body>` +
    `<a class="skip" href="#main">${e(t.skipToContent)}</a>${header(chrome)}` +
    `<main id="main" class="wrap">${main}</main>` +
    `<footer class="site-foot">年报 Nianbao · ${e(t.footerNote)}</footer></body></html>`
  );
}

/**
 * On a phone the report is one very long page: a collapsed 目录 above it (the report's own
 * contents, copied from its TOC) and a back-to-top link that stays in the corner. Both are plain
 * HTML (the page runs no script) and shown on narrow screens only.
 */
function phoneNavigation(html: string, lang: SiteReader["lang"]): string {
  const t = messages(lang);
  const toc = /<nav id="toc"[^>]*>[\s\S]*?(<ol>[\s\S]*?<\/ol>)<\/nav>/.exec(html)?.[1];
  return (
    (toc
      ? `<details class="jump" data-phone-contents><summary>${e(t.contents)}</summary><nav aria-label="${e(t.contentsJump)}">${toc}</nav></details>`
      : "") + `<a class="totop" href="#top" data-back-to-top>${e(t.backToTop)}</a>`
  );
}

/**
 * The public report's Content-Security-Policy: static HTML with no script at all, inline styles
 * and SVG, images from this site only, and it may not be framed.
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The permanent (immutable, cacheable for a year) addresses of an edition and its PDF. */
export const editionPath = (year: number, version: number) => `/reports/${year}/editions/${version}`;
export const editionPdfPath = (year: number, version: number) => `${editionPath(year, version)}/pdf`;

/**
 * The page of an edition. `permanent` is the page at the edition's own address: it may be cached
 * for a year, so it says nothing that changes later (no year list, no "not the latest" notice).
 */
export function publishedReportPage(options: {
  meta: EditionMeta;
  html: string;
  years: number[];
  latest: number;
  permanent?: boolean;
  chrome: Chrome;
}): string {
  const { meta, html, years, latest, permanent, chrome } = options;
  const t = messages(chrome.reader.lang);
  const year = meta.year;
  const yearLinks =
    years.length > 1 && !permanent
      ? `<nav class="years" aria-label="${e(t.reportYears)}">${e(t.yearPrefix)}${years.map((y) => `<a href="/reports/${y}"${y === year ? ` aria-current="page"` : ""}>${y}</a>`).join("")}</nav>`
      : "";
  const where = permanent
    ? `<a href="/reports/${year}">${e(fill(t.readLatestOfYear, { year }))}</a> · <a href="/reports/${year}/editions">${e(t.allEditions)}</a> · <a href="/reports/${year}/print?edition=${meta.version}">${e(t.printVersion)}</a>`
    : `<a href="/reports/${year}/editions">${e(t.allEditions)}</a> · <a href="/reports/${year}/print${meta.version === latest ? "" : `?edition=${meta.version}`}">${e(t.printVersion)}</a>` +
      ` · <a href="${editionPath(year, meta.version)}" data-permalink>${e(t.permalink)}</a>`;
  const bar =
    `<div class="bar"><nav aria-label="${e(t.breadcrumb)}"><a href="/reports">${e(t.reportsTitle)}</a> / ${year}</nav>${yearLinks}` +
    `<p data-edition="${meta.version}">${e(fill(t.editionLine, { version: meta.version, date: formatDate(meta.publishedAt) }))} · ${where}</p>` +
    // Plain links: the PDF and Word routes answer with the stored file, or with a page that waits for it.
    `<span class="dl"><a class="pdf" href="${editionPdfPath(year, meta.version)}" data-download-pdf>${e(t.downloadPdf)}</a>` +
    `<a class="pdf" href="/reports/${year}/docx?edition=${meta.version}" data-download-docx>${e(t.downloadWord)}</a>` +
    `<a class="pdf" href="/reports/${year}/xlsx?edition=${meta.version}" data-download-xlsx>${e(t.downloadData)}</a></span></div>`;
  const old =
    permanent || meta.version === latest
      ? ""
      : `<p class="old" role="note">${e(fill(t.oldEdition, { version: meta.version }))}<a href="/reports/${year}">${e(fill(t.readLatestEdition, { latest }))}</a></p>`;
  const title = permanent || meta.version !== latest ? `${meta.title}（第${meta.version}版）` : meta.title;
  // The report itself is written in Chinese, whatever the reader's language.
  const report = chrome.reader.lang === "en" ? `<div lang="zh-CN">${html}</div>` : html;
  return shell(title, bar + old + phoneNavigation(html, chrome.reader.lang) + report, chrome);
}

export function notPublishedPage(year: number | null, chrome: Chrome): string {
  const t = messages(chrome.reader.lang);
  return shell(
    t.notPublishedTitle,
    `<div class="gone"><h1>${e(year ? fill(t.notPublishedYear, { year }) : t.notPublishedTitle)}</h1>` +
      `<p>This report has not been published yet, or the edition does not exist.</p><p><a href="/reports">${e(t.seePublished)}</a></p></div>`,
    chrome,
  );
}
