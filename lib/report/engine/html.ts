import { PLACEHOLDER_DEFS, placeholderSvg } from "./placeholder";
import { DECLARATION_TITLE, declarationParagraphs } from "../model/declaration";
import { formatLongDate } from "../../time";
import type {
  Block,
  CaseBlock,
  FigureBlock,
  HighlightsBlock,
  OtherDataBlock,
  ReportDocument,
  ReportSection,
  SourceRef,
  TableBlock,
  TracedValue,
} from "../model/document";
import { POOLED_CASE_KIND } from "../model/document";
import { escapeHtml as e } from "./markdown";

/**
 * Renders a ReportDocument to HTML. It is a string renderer (not React elements) because the
 * public page serves the same frozen document to every reader: the HTML is computed once per
 * edition and cached (lib/report/editions/editions.ts), which keeps a 95-figure report fast under load.
 * Every value from the database goes through `e()`; narrative and case HTML come from the
 * sanitising Markdown renderer; SVG comes from our own chart and placeholder code.
 *
 * The report carries its own small stylesheet (REPORT_CSS, short class names) so that the page
 * stays small and the PDF (which prints this HTML) gets the same typography and print rules.
 */

export type RenderOptions = {
  /** Where a source record is shown: the public record page, or the admin page in preview. */
  recordHref?: (ref: SourceRef) => string;
};

/**
 * The public record page of a source, with an anchor on its row. `record` makes the list open on
 * the page that holds the row, however long the list is.
 */
export function publicRecordHref(ref: SourceRef): string {
  // A partner enterprise's row points at its published report (lib/report/engine/blocks.ts).
  if (ref.kind === "enterprise") return `/reports/${ref.year}/enterprises/${encodeURIComponent(ref.id)}`;
  const id = encodeURIComponent(ref.id);
  // A case is read whole on its own page (its text and photos), not as a title in a list.
  if (ref.kind === "cases") return `/records/cases/${id}`;
  return `/records/${encodeURIComponent(ref.kind)}?year=${ref.year}&record=${id}#${id}`;
}

const SERIF = `"Noto Serif SC","Noto Serif CJK SC","Songti SC","SimSun",serif`;
const SANS = `"Noto Sans SC","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif`;

export const REPORT_CSS = `
.report{font-family:${SERIF};color:#0f172a;max-width:48rem;margin:0 auto}
.report .sf{font-family:${SANS}}
.report a.ln{color:#173f74;text-decoration:underline;text-underline-offset:2px}
.report .rp{font-size:1rem;line-height:2}
@media (min-width:640px){.report .rp{font-size:17px}}
.report .rp p{margin:.75rem 0;text-indent:2em}
.report .rp ol,.report .rp ul{margin:.75rem 0;padding-left:2rem}
.report .rp ol{list-style:decimal}.report .rp ul{list-style:disc}
.report .rp li{margin:.25rem 0}.report .rp strong{font-weight:700}
.report .rp a{color:#173f74;text-decoration:underline}
.report .metric{font-weight:600;font-variant-numeric:tabular-nums}
.report .metric-missing{color:#b91c1c}
.report .cover{display:flex;min-height:60vh;flex-direction:column;align-items:center;justify-content:center;gap:1.5rem;border-radius:.75rem;background:linear-gradient(#12325c,#173f74);padding:4rem 1.5rem;text-align:center;color:#fff}
.report .cover h1{font-size:2.25rem;font-weight:700;line-height:1.25}
@media (min-width:640px){.report .cover h1{font-size:3rem}}
.report .declaration{margin:2.5rem 0;border:1px solid #e2e8f0;border-radius:.5rem;background:#fff;padding:1.5rem 1.25rem;line-height:2}
.report .declaration h2{font-size:1.375rem;font-weight:700;text-align:center;color:#12325c;margin-bottom:1rem}
.report .declaration p{text-indent:2em}.report .declaration p.sign{text-align:right;text-indent:0}
.report .toc{margin:2.5rem 0;border:1px solid #e2e8f0;border-radius:.5rem;background:#fff;padding:1.25rem}
.report .toc h2{font-size:1.25rem;font-weight:700;color:#12325c}
.report .toc li{margin-top:.5rem;font-weight:500}.report .toc li.l2{margin-top:.125rem;padding-left:1.5rem;font-size:.875rem;font-weight:400}
.report .toc a{color:#1e293b;text-decoration:underline;text-decoration-color:#cbd5e1;text-underline-offset:4px}
.report h2.ch{margin-top:3rem;border-bottom:2px solid #173f74;padding-bottom:.5rem;font-size:1.5rem;font-weight:700;color:#12325c}
.report h3.se{margin-top:2rem;font-size:1.25rem;font-weight:700}
.report section{scroll-margin-top:1rem}
.report .tb{margin:1.5rem 0}
.report .tw{overflow-x:auto}
.report table{width:100%;border-collapse:collapse;font-size:.875rem;line-height:1.5rem}
.report caption{margin-bottom:.5rem;font-size:1rem;font-weight:600}
.report thead{background:#f1f5f9}
.report td,.report th{border:1px solid #cbd5e1;padding:.375rem .5rem;vertical-align:top}
.report th{font-weight:500}.report th[scope=rowgroup]{text-align:center;vertical-align:middle}
.report td.n{white-space:nowrap;text-align:center}
.report th.s,.report td.s{white-space:nowrap}.report td.r{white-space:nowrap;text-align:right;font-variant-numeric:tabular-nums}
.report tr.t{background:#f8fafc;font-weight:600}.report tr.u{background:#fffbeb}
.report .note{margin-top:.25rem;font-size:.75rem;color:#475569}
.report td.ly{color:#475569;background:#f8fafc}
.report .od{margin:1.5rem 0;border-top:1px dashed #cbd5e1;padding-top:.75rem;font-size:.875rem}
.report .od h3,.report .od h4,.report .od h5{font-weight:600;color:#334155}.report .od table{max-width:32rem}
.report .od ul{margin-top:.25rem;padding-left:1.5rem;list-style:disc;line-height:1.75rem}
.report figure{margin:1.25rem 0}
.report figure .art{margin:0 auto;max-width:36rem}
.report figure img{margin:0 auto;max-height:28rem;width:auto;border-radius:.25rem}
.report figcaption{margin-top:.5rem;text-align:center;font-size:.875rem;color:#334155}
.report .case{margin:2rem 0;border:1px solid #d9e8ff;border-radius:.5rem;background:#f5f9ff;padding:1rem}
@media (min-width:640px){.report .case{padding:1.5rem}}
.report .case .ct{font-size:1.125rem;font-weight:700;color:#12325c}
.report .case .sub{margin-top:.25rem;text-align:right;font-size:.875rem;color:#334155}
.report .hl .ht{font-weight:700;color:#12325c;margin-top:1rem}
.report .hl ul{margin-top:.5rem;padding-left:1.5rem;list-style:disc;line-height:1.75rem}
.report .src{margin-top:.25rem;font-size:.75rem;color:#475569}
.report .src summary{cursor:pointer}
.report .src ul{margin-top:.25rem;display:flex;flex-wrap:wrap;column-gap:.75rem;row-gap:.25rem}
.report .trace{margin:.75rem 0;border:1px solid #e2e8f0;border-radius:.25rem;background:#fff;padding:.5rem .75rem}
.report .trace ul{display:block}.report .trace li{margin:.25rem 0}
.report .ua{margin-left:.25rem;display:inline-block;border-radius:.25rem;background:#fef3c7;padding:0 .375rem;font-size:.75rem;font-weight:500;color:#78350f;vertical-align:middle;font-family:${SANS}}
@media print{
 .report .np{display:none}
 .report .cover{min-height:90vh;break-after:page;background:none;color:#0f172a}
 .report .toc{break-after:page;border:0}
 .report .declaration{break-after:page;border:0}
 .report section.l1{break-before:page}
 .report h2,.report h3,.report h4,.report caption{break-after:avoid}
 .report figure,.report .case,.report tr{break-inside:avoid}
 .report .tw{overflow:visible}
}
`.replace(/\n\s*/g, "");

const UA = `<span class="ua" data-unapproved>未审核</span>`;
const link = (url: string, text: string, extra = "") => `<a class="ln" href="${e(url)}"${extra}>${text}</a>`;

/** 真实性责任声明, the page after the cover: the institution's wording, its legal representative and the sign-off date. */
export function declarationHtml(doc: ReportDocument, id = "declaration"): string {
  const d = doc.declaration;
  if (!d) return "";
  return (
    `<section id="${id}" class="declaration" aria-labelledby="${id}-h" data-declaration>` +
    `<h2 id="${id}-h">${DECLARATION_TITLE}</h2>` +
    declarationParagraphs(d)
      .map((p) => `<p>${e(p)}</p>`)
      .join("") +
    `<p class="sign">${e(doc.institution)}</p>` +
    `<p class="sign">法定代表人：<span data-representative>${e(d.representative ?? "（未填写）")}</span></p>` +
    `<p class="sign">日期：<span data-signed-at>${d.signedAt ? e(formatLongDate(d.signedAt)) : "（审定后填写）"}</span></p>` +
    `</section>`
  );
}

export function renderReportHtml(doc: ReportDocument, options: RenderOptions = {}): string {
  const href = options.recordHref ?? publicRecordHref;
  const uniq = (sources: SourceRef[]) => [...new Map(sources.map((s) => [`${s.kind}:${s.id}`, s])).values()];

  const sourcesList = (sources: SourceRef[], label: string, max = 24) => {
    const unique = uniq(sources);
    if (!unique.length) return "";
    return (
      `<details class="src sf np"><summary>${e(label)}（${unique.length}条记录）</summary><ul>` +
      unique
        .slice(0, max)
        .map((s) => `<li>${link(href(s), e(s.label))}${s.unapproved ? UA : ""}</li>`)
        .join("") +
      (unique.length > max ? `<li>等${unique.length}条</li>` : "") +
      `</ul></details>`
    );
  };

  const figure = (f: FigureBlock) => {
    const art = f.svg ?? (f.placeholder ? placeholderSvg(f.caption) : "");
    const label = f.placeholder ? `示意占位图（原始照片未上传）：${f.alt}` : f.alt;
    const media = f.src
      ? `<img src="${e(f.src)}" alt="${e(f.alt)}" loading="lazy">`
      : // A chart scrolls sideways on a phone (its labels stay readable), so it can take the keyboard's focus.
        `<div role="img" aria-label="${e(label)}" class="art"${f.chart ? ` tabindex="0"` : ""}>${art}</div>`;
    return (
      `<figure id="fig-${f.number}" data-figure="${f.number}"${f.chart ? ` data-chart="${e(f.chart)}"` : ""}>` +
      media +
      `<figcaption class="sf">图${f.number} ${e(f.caption)}${f.unapproved ? UA : ""}</figcaption>` +
      (f.chart ? sourcesList(f.sources, "图表数据来源") : "") +
      `</figure>`
    );
  };

  /** 序号, 省市级, 国家级: short labels stay on one line; numbers (amounts, counts, rates) align right. */
  const cellClassName = (text: string, data: boolean) =>
    data && /^[-+]?\d[\d,]*(\.\d+)?%?$/.test(text.trim()) ? "r" : [...text].length <= 5 ? "s" : "";
  const cellClass = (text: string, data: boolean) => {
    const name = cellClassName(text, data);
    return name ? ` class="${name}"` : "";
  };

  /** `region`: the scrolling box's name when the caption alone is not unique on the page (every section's 本节其他已审核指标). */
  const table = (t: TableBlock, anchor = `tbl-${t.number}`, region?: string) => {
    const capId = `${anchor}-c`;
    const head = (t.groupColumn ? [t.groupColumn, ...t.columns] : t.columns)
      .map((c) => `<th scope="col"${cellClass(c, false)}>${e(c)}</th>`)
      .join("");
    const body = t.rows
      .map((r, i) => {
        let groupCell = "";
        if (t.groupColumn && (i === 0 || t.rows[i - 1]!.group !== r.group)) {
          let span = 1;
          while (i + span < t.rows.length && t.rows[i + span]!.group === r.group) span++;
          groupCell = `<th scope="rowgroup" rowspan="${span}">${e(r.group ?? "")}</th>`;
        }
        const own = r.sources.length === 1 && !r.total;
        const cells = r.cells
          .map((c, j) => {
            const content = j === 0 && own ? link(href(r.sources[0]!), e(c), ` title="查看来源记录"`) : e(c);
            // The first column is a 序号 or a short name, except in a section's other-data table (an indicator's label).
            const first = j === 0 && !t.key.startsWith("other:");
            const names = first ? ["n"] : [cellClassName(c, true), t.lastYear && j >= t.lastYear.column ? "ly" : ""].filter(Boolean);
            const cls = names.length ? ` class="${names.join(" ")}"` : "";
            return `<td${cls}>${content}${j === r.cells.length - 1 && r.unapproved ? UA : ""}</td>`;
          })
          .join("");
        const cls = `${r.total ? "t" : ""}${r.unapproved ? " u" : ""}`.trim();
        return `<tr id="${t.number ? `t${t.number}` : anchor}-${e(r.id)}"${cls ? ` class="${cls}"` : ""}>${groupCell}${cells}</tr>`;
      })
      .join("");
    // Rows computed from several records (totals, indicator rows) list their sources below the table.
    const computed = t.rows.filter((r) => r.total || r.sources.length > 1).flatMap((r) => r.sources);
    const lastYear = t.rows.flatMap((r) => r.lastYearSources ?? []);
    return (
      `<div class="tb"${t.number ? ` data-table="${t.number}"` : ""} data-table-key="${e(t.key)}"${t.lastYear ? ` data-last-year="${t.lastYear.year}"` : ""}>` +
      `<div class="tw" role="region" ${region ? `aria-label="${e(region)}"` : `aria-labelledby="${capId}"`} tabindex="0"><table class="sf">` +
      `<caption id="${capId}">${t.number ? `表${t.number} ` : ""}${e(t.caption)}</caption>` +
      `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
      (t.note ? `<p class="note sf">注：${e(t.note)}</p>` : "") +
      sourcesList(computed, "合计与计算值的来源") +
      (t.lastYear ? sourcesList(lastYear, `${t.lastYear.year}年数据的来源`) : "") +
      `</div>`
    );
  };

  const otherData = (o: OtherDataBlock, n: number, h: number, where: string) =>
    `<div class="od sf" data-other-data>` +
    (o.indicators ? table(o.indicators, `od-${n}`, `${where}：${o.indicators.caption}`) : "") +
    (o.records.length
      ? `<h${h}>本节其他已审核记录</h${h}><ul>` +
        o.records
          .map((r) => `<li data-other-record="${e(r.source.id)}">${link(href(r.source), e(r.text))}${r.source.unapproved ? UA : ""}</li>`)
          .join("") +
        `</ul>`
      : "") +
    `</div>`;
  let otherSeq = 0;

  // A case or highlight heading is one level below its section's (h3 under a chapter, h4 under a section): no skipped levels.
  const caseBlock = (c: CaseBlock, h: number) =>
    `<article id="case-${c.number}" class="case" data-case="${c.number}" aria-labelledby="case-${c.number}-t">` +
    `<h${h} id="case-${c.number}-t" class="ct sf">案例${c.number}：${e(c.title)}${c.unapproved ? UA : ""}</h${h}>` +
    (c.subtitle ? `<p class="sub sf">${e(c.subtitle)}</p>` : "") +
    `<div class="rp">${c.html}</div>` +
    c.figures.map(figure).join("") +
    // A province's typical case names its college (under the title): there is no record here to link to.
    (c.source.kind === POOLED_CASE_KIND ? "" : `<p class="src sf np">${link(href(c.source), "案例来源记录")}</p>`) +
    `</article>`;

  const highlights = (h: HighlightsBlock, level: number) =>
    `<div class="hl">` +
    h.groups
      .map(
        (g) =>
          `<div data-highlight-group="${e(g.title)}"><h${level} class="ht sf">【${e(g.title)}】</h${level}><ul>${g.items
            .map(
              (it) =>
                `<li>${e(it.text)}${it.unapproved ? UA : ""} <span class="src sf np">${link(href(it.sources[0]!), "来源", ` aria-label="${e(`${it.text}：来源记录`)}"`)}</span></li>`,
            )
            .join("")}</ul></div>`,
      )
      .join("") +
    `</div>`;

  const block = (b: Block, h: number, where: string) =>
    b.type === "table"
      ? table(b)
      : b.type === "figure"
        ? figure(b)
        : b.type === "case"
          ? caseBlock(b, h)
          : b.type === "highlights"
            ? highlights(b, h)
            : otherData(b, ++otherSeq, h, where);

  const traced = (values: TracedValue[]) =>
    values.length
      ? `<details class="trace src sf np"><summary>本节引用数据的来源（${values.length}项）</summary><ul>` +
        values
          .map(
            (v) =>
              `<li data-trace="${e(v.token)}"><b>${e(v.label)}：${e(v.text)}${e(v.unit)}</b> — ` +
              v.sources
                .slice(0, 8)
                .map((s) => `${link(href(s), e(s.label))}${s.unapproved ? UA : ""}`)
                .join("、") +
              (v.sources.length > 8 ? ` 等${v.sources.length}条记录` : "") +
              `</li>`,
          )
          .join("") +
        `</ul></details>`
      : "";

  const section = (s: ReportSection): string => {
    const h = s.level === 1 ? `<h2 id="${s.anchor}-h" class="ch sf">` : `<h3 id="${s.anchor}-h" class="se sf">`;
    return (
      `<section id="${s.anchor}" aria-labelledby="${s.anchor}-h" class="l${s.level}" data-section="${e(s.key)}">` +
      `${h}${e(s.number)}${e(s.title)}</h${s.level === 1 ? 2 : 3}>` +
      (s.html ? `<div class="rp">${s.html}</div>` : "") +
      traced(s.traced) +
      s.blocks.map((b) => block(b, s.level === 1 ? 3 : 4, `${s.number}${s.title}`)).join("") +
      s.sections.map(section).join("") +
      `</section>`
    );
  };

  return (
    `<article class="report" data-report-year="${doc.year}" data-mode="${doc.mode}"><style>${REPORT_CSS}</style>${PLACEHOLDER_DEFS}` +
    `<header id="cover" class="cover">` +
    (doc.logoFileId
      ? `<img src="/files/${e(doc.logoFileId)}/web" alt="${e(doc.institution)}校徽" class="cover-logo" style="height:4rem;width:auto;margin-bottom:.5rem">`
      : "") +
    `<p class="sf" style="font-size:1.125rem;letter-spacing:.1em">${e(doc.institution)}</p>` +
    `<h1>${e(doc.title)}</h1><p class="sf" style="color:#d9e8ff">${e(doc.academicYear)}学年</p></header>` +
    declarationHtml(doc) +
    `<nav id="toc" aria-labelledby="toc-h" class="toc sf"><h2 id="toc-h">目录</h2><ol>` +
    doc.toc.map((t) => `<li${t.level === 2 ? ` class="l2"` : ""}><a href="#${e(t.anchor)}">${e(t.label)}</a></li>`).join("") +
    `</ol></nav>` +
    doc.chapters.map(section).join("") +
    (doc.appendix.length
      ? `<section id="appendix" aria-labelledby="appendix-h" class="l1"><h2 id="appendix-h" class="ch sf">附录：数据表与质量年报指标表</h2>` +
        `<p class="note sf">数值由已审核记录计算或取自单项指标；无数据的指标留空。</p>` +
        doc.appendix.map((t) => table(t)).join("") +
        `</section>`
      : "") +
    `</article>`
  );
}
