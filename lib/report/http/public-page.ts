import type { EditionMeta } from "../editions/editions";
import { escapeHtml as e } from "../engine/markdown";
import { messages } from "../../i18n/messages";
import { headerLinks } from "../../site/nav";
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
@media print{.site,.bar,.old,.skip,footer.site-foot{display:none}main.wrap{padding:0;max-width:none}body{background:#fff}}
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
    `<header class="site"><nav aria-label="${chrome.reader.lang === "zh" ? "主导航" : "Main"}"><a class="brand" href="/">${brand}</a>` +
    `<div class="links">${links}</div></nav></header>`
  );
}

function shell(title: string, main: string, chrome: Chrome): string {
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<link rel="icon" href="/icon.svg"><title>${e(title)} · 年报</title><meta name="description" content="由已审核数据生成的高职院校质量年度报告"><style>${CHROME_CSS}</style></head><body>` +
    `<a class="skip" href="#main">跳到正文</a>${header(chrome)}` +
    `<main id="main" class="wrap">${main}</main>` +
    `<footer class="site-foot">年报 Nianbao · 数据均来自已审核通过的记录</footer></body></html>`
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
  const year = meta.year;
  const yearLinks =
    years.length > 1 && !permanent
      ? `<nav class="years" aria-label="报告年度">年度：${years.map((y) => `<a href="/reports/${y}"${y === year ? ` aria-current="page"` : ""}>${y}</a>`).join("")}</nav>`
      : "";
  const where = permanent
    ? `<a href="/reports/${year}">阅读${year}年度最新版本</a> · <a href="/reports/${year}/editions">历次版本</a> · <a href="/reports/${year}/print?edition=${meta.version}">打印版</a>`
    : `<a href="/reports/${year}/editions">历次版本</a> · <a href="/reports/${year}/print${meta.version === latest ? "" : `?edition=${meta.version}`}">打印版</a>` +
      ` · <a href="${editionPath(year, meta.version)}" data-permalink>本版固定链接</a>`;
  const bar =
    `<div class="bar"><nav aria-label="位置"><a href="/reports">质量年度报告</a> / ${year}</nav>${yearLinks}` +
    `<p data-edition="${meta.version}">第${meta.version}版 · 发布于 ${formatDate(meta.publishedAt)} · ${where}</p>` +
    // Plain links: the PDF and Word routes answer with the stored file, or with a page that waits for it.
    `<span class="dl"><a class="pdf" href="${editionPdfPath(year, meta.version)}" data-download-pdf>下载PDF</a>` +
    `<a class="pdf" href="/reports/${year}/docx?edition=${meta.version}" data-download-docx>下载Word</a>` +
    `<a class="pdf" href="/reports/${year}/xlsx?edition=${meta.version}" data-download-xlsx>下载数据表</a></span></div>`;
  const old =
    permanent || meta.version === latest
      ? ""
      : `<p class="old" role="note">您正在阅读第${meta.version}版（非最新版本）。<a href="/reports/${year}">阅读最新的第${latest}版</a></p>`;
  const title = permanent || meta.version !== latest ? `${meta.title}（第${meta.version}版）` : meta.title;
  return shell(title, bar + old + html, chrome);
}

export function notPublishedPage(year: number | null, chrome: Chrome): string {
  return shell(
    "报告尚未发布",
    `<div class="gone"><h1>${year ? `${year}年度报告尚未发布` : "该年度报告尚未发布"}</h1>` +
      `<p>This report has not been published yet, or the edition does not exist.</p><p><a href="/reports">查看已发布的报告</a></p></div>`,
    chrome,
  );
}
