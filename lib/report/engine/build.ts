import type { PrismaClient } from "../../generated/prisma/client";
import { buildNamedBlock, chartForFigure } from "./blocks";
import { blockOptionsOf, orderedModel, orderRows, type RowOrder } from "../model/block-options";
import { type OutlineRow, type ReportData, type Row, rowsOf, sourceOf, type TypicalCase } from "../model/data";
import { loadReportData, type ReportInput } from "./load";
import {
  anchorOf,
  type Block,
  type CaseBlock,
  DOCUMENT_FORMAT,
  POOLED_CASE_KIND,
  type FigureBlock,
  type ReportDocument,
  type ReportMode,
  type ReportSection,
  type TableBlock,
  type TocEntry,
  type TracedValue,
} from "../model/document";
import { buildHighlights } from "./highlights";
import { buildIndicatorTables } from "./indicator-tables";
import { escapeHtml, renderMarkdown } from "./markdown";
import { dropWrittenUnits, type MetricContext, type Resolved, resolveToken, withUnit } from "../tokens/tokens";
import { printed } from "../../text";
import { otherDataBlock, shownRecordIds } from "./other-data";
import { lastYearContext, withLastYear, YEAR_OVER_YEAR } from "../tokens/year-over-year";

/**
 * Assembles a year's ReportDocument from the database: the outline's chapters and sections, each
 * with its narrative (tokens resolved), its named tables and charts, its figures and its cases;
 * then numbers 表N, 图N and 案例N in reading order.
 */
export async function buildReportDocument(options: {
  prisma: PrismaClient;
  year: number;
  mode: ReportMode;
  now?: Date;
}): Promise<ReportDocument | null> {
  const data = await loadReportData(options);
  return data ? assembleDocument(data, options.now) : null;
}

const ua = (row: { unapproved?: true }) => (row.unapproved ? { unapproved: true as const } : {});

function figureBlock(f: Row, ctx: MetricContext & { topics: readonly string[] }, files: Map<string, string>): FigureBlock {
  const caption = String(f.caption);
  if (typeof f.chart === "string" && f.chart) {
    const chart = chartForFigure(f.chart, ctx, caption, f.id);
    if (chart) return { ...chart, sources: [sourceOf("figure", f), ...chart.sources], ...ua(f) };
  }
  const fileId = files.get(f.id);
  return {
    type: "figure",
    id: f.id,
    number: 0,
    caption,
    alt: printed(f.altText ?? caption),
    ...(fileId ? { src: `/files/${encodeURIComponent(fileId)}/web` } : { placeholder: true as const }),
    sources: [sourceOf("figure", f)],
    ...ua(f),
  };
}

/** The section's context with the records of a table's kind in the order its outline block sets. */
function withRowOrder<C extends MetricContext>(ctx: C, block: string, order: RowOrder | undefined): C {
  const model = orderedModel(block);
  if (!model || !order || order === "entry") return ctx;
  return { ...ctx, data: { ...ctx.data, rows: { ...ctx.data.rows, [model]: orderRows(block, order, ctx.data.rows[model]) } } };
}

/** A token as it appears in narrative HTML: the value, marked so readers and tests can find it. */
/** A quoted value with its unit (「94.81%」); a missing one is 「—」 alone. */
function tokenHtml(token: string, r: Resolved | null): string {
  const text = r ? withUnit(r) : null;
  if (text === null) return `<span class="metric metric-missing" data-token="${escapeHtml(token)}" title="数据缺失（no data）">—</span>`;
  return `<span class="metric" data-token="${escapeHtml(token)}">${escapeHtml(text)}</span>`;
}

/** A picked typical case as a case block: its college named under the title, its photos as its figures. */
function typicalCaseBlock(c: TypicalCase): CaseBlock {
  const source = { kind: POOLED_CASE_KIND, id: c.id, year: c.year, label: c.college };
  return {
    type: "case",
    id: c.id,
    number: 0,
    title: c.title,
    subtitle: c.subtitle ? `${c.college}　${c.subtitle}` : c.college,
    html: renderMarkdown(c.text),
    figures: c.photos.map((p, i) => ({
      type: "figure",
      id: `${c.id}-${i + 1}`,
      number: 0,
      caption: p.caption || c.title,
      alt: p.caption || c.title,
      ...(p.fileId ? { src: `/files/${encodeURIComponent(p.fileId)}/web` } : { placeholder: true as const }),
      sources: [source],
    })),
    source,
  };
}

export function assembleDocument(data: ReportInput, now = new Date()): ReportDocument {
  const { year } = data;
  const current: MetricContext = { year, data };
  const previous = lastYearContext(data);
  const cases = rowsOf(data, "case", year);
  const figures = rowsOf(data, "figure", year);
  const caseIds = new Set(cases.map((c) => c.id));
  // A Figure record that names a chart replaces the section's generated chart of that name.
  const chartsWithFigure = new Set(figures.map((f) => f.chart).filter((c): c is string => typeof c === "string" && c !== ""));
  const usesIndicatorBlock = data.outline.some((s) => s.blocks.includes("table:indicators"));
  const indicatorTables = () => buildIndicatorTables(data.rulePack.indicatorTables, current, previous);
  const appendixData: TableBlock[] = [];

  function section(row: OutlineRow): ReportSection {
    const ctx = { ...current, topics: row.topics };
    const traced = new Map<string, TracedValue>();
    const resolved = new Map<string, Resolved | null>();
    const resolve = (token: string) => {
      if (!resolved.has(token)) resolved.set(token, resolveToken(current, token));
      return resolved.get(token)!; // set just above
    };
    const narrative = dropWrittenUnits(row.narrative, (token) => resolve(token)?.unit ?? "");
    const html = renderMarkdown(narrative, (token) => {
      const r = resolve(token);
      if (r && r.text !== null && !traced.has(token))
        traced.set(token, { token, label: r.label, text: r.text, unit: r.unit, sources: r.sources });
      return tokenHtml(token, r);
    });

    const blocks: Block[] = [];
    for (const name of row.blocks) {
      if (name === "list:highlights") {
        const h = buildHighlights({ rows: data.rows, institution: data.institution, year });
        if (h.groups.length) blocks.push(h);
      } else if (name === "table:indicators") {
        blocks.push(...indicatorTables());
      } else if (name === "province:typical-cases") {
        blocks.push(...(data.typicalCases ?? []).map(typicalCaseBlock));
      } else if (name.startsWith("chart:") && chartsWithFigure.has(name.slice("chart:".length))) {
        continue;
      } else {
        // The outline sets the table's row order and whether it is printed in the appendix.
        const options = blockOptionsOf(row.blockOptions, name);
        let b = buildNamedBlock(name, withRowOrder(ctx, name, options.order));
        const yoy = YEAR_OVER_YEAR[name];
        if (b?.type === "table" && yoy) {
          const before = buildNamedBlock(name, { ...previous, topics: row.topics });
          b = withLastYear(b, before?.type === "table" ? before : null, yoy, previous.year);
        }
        if (b && b.type === "table" && options.appendix) appendixData.push(b);
        else if (b) blocks.push(b);
      }
    }
    const inSection = (r: Row) => typeof r.topic === "string" && row.topics.includes(r.topic);
    for (const f of figures) {
      if (inSection(f) && !(typeof f.caseId === "string" && caseIds.has(f.caseId))) blocks.push(figureBlock(f, ctx, data.files));
    }
    for (const c of cases.filter(inSection)) {
      const block: CaseBlock = {
        type: "case",
        id: c.id,
        number: 0,
        title: String(c.title),
        ...(typeof c.subtitle === "string" && c.subtitle ? { subtitle: c.subtitle } : {}),
        html: renderMarkdown(String(c.body)),
        figures: figures.filter((f) => f.caseId === c.id).map((f) => figureBlock(f, ctx, data.files)),
        source: sourceOf("case", c),
        ...ua(c),
      };
      blocks.push(block);
    }
    const level = row.level === 1 ? 1 : 2;
    return {
      key: row.key,
      anchor: anchorOf(level === 1 ? "ch" : "sec", row.key),
      level,
      number: row.number,
      // "学年学校主要成果" reads "2021-2022学年学校主要成果", as in the report.
      title: row.title.startsWith("学年") ? `${data.academicYear}${row.title}` : row.title,
      html,
      blocks,
      traced: [...traced.values()],
      sections: [],
    };
  }

  const chapters = data.outline
    .filter((r) => r.level === 1)
    .map((ch) => {
      const s = section(ch);
      s.sections = data.outline.filter((r) => r.parentKey === ch.key).map(section);
      return s;
    });
  const appendix = [...appendixData, ...(usesIndicatorBlock ? [] : indicatorTables())];
  addOtherData(data, chapters, appendix);
  const counts = numberDocument(chapters, appendix);

  const toc: TocEntry[] = [];
  for (const ch of chapters) {
    toc.push({ anchor: ch.anchor, label: `${ch.number}${ch.title}`, level: 1 });
    for (const s of ch.sections) toc.push({ anchor: s.anchor, label: `${s.number}${s.title}`, level: 2 });
  }
  if (appendix.length) toc.push({ anchor: "appendix", label: "附录：数据表与质量年报指标表", level: 1 });

  return {
    format: DOCUMENT_FORMAT,
    year,
    academicYear: data.academicYear,
    institution: data.institution,
    logoFileId: data.logoFileId,
    title: data.title,
    templateKey: data.templateKey,
    mode: data.mode,
    generatedAt: now.toISOString(),
    toc,
    chapters,
    appendix,
    counts,
    headline: HEADLINE_TOKENS.map((token) => {
      const r = resolveToken(current, token);
      return {
        token,
        label: r?.label ?? token,
        unit: r?.unit ?? "",
        text: r?.text ?? null,
        lastYear: resolveToken(previous, token)?.text ?? null,
      };
    }),
    declaration: data.declaration,
  };
}

/** The figures the home page compares across published years, frozen with each edition. */
export const HEADLINE_TOKENS = ["employment.graduates", "employment.placementRate", "funding.incomeTotal", "awards.count"] as const;

/**
 * Approved records and indicators that nothing above shows (no token quotes them, no table, chart,
 * case or highlight lists them) go to the end of the section whose topics hold them.
 */
function addOtherData(data: ReportData, chapters: ReportSection[], appendix: TableBlock[]) {
  const shown = shownRecordIds(chapters, appendix);
  const sections = chapters.flatMap((c) => [c, ...c.sections]);
  const topicsOf = new Map(data.outline.map((r) => [r.key, r.topics]));
  const claimed = new Set<string>();
  // Subsections first: a topic a chapter and its section share belongs to the section.
  for (const s of [...sections.filter((x) => x.level === 2), ...sections.filter((x) => x.level === 1)]) {
    const topics = (topicsOf.get(s.key) ?? []).filter((t) => !claimed.has(t));
    topics.forEach((t) => claimed.add(t));
    const block = otherDataBlock(data, topics, shown);
    if (block) s.blocks.push(block);
  }
}

/** Numbers tables, figures and cases in reading order (a section's own blocks before its subsections'). */
export function numberDocument(chapters: ReportSection[], appendix: TableBlock[] = []) {
  const n = { tables: 0, figures: 0, cases: 0, unapproved: 0 };
  const figure = (f: FigureBlock) => {
    f.number = ++n.figures;
    if (f.unapproved) n.unapproved++;
  };
  const visit = (s: ReportSection) => {
    for (const b of s.blocks) {
      if (b.type === "table") {
        b.number = ++n.tables;
        n.unapproved += b.rows.filter((r) => r.unapproved).length;
      } else if (b.type === "figure") figure(b);
      else if (b.type === "case") {
        b.number = ++n.cases;
        if (b.unapproved) n.unapproved++;
        b.figures.forEach(figure);
      } else if (b.type === "highlights") n.unapproved += b.groups.flatMap((g) => g.items).filter((i) => i.unapproved).length;
      else n.unapproved += [...(b.indicators?.rows ?? []), ...b.records.map((r) => r.source)].filter((i) => i.unapproved).length;
    }
    s.sections.forEach(visit);
  };
  chapters.forEach(visit);
  for (const t of appendix) t.number = ++n.tables;
  return n;
}
