import { recordTitle } from "../../records/declare";
import { type ModelName, RECORD_KINDS } from "../../records/kinds";
import { printed } from "../../text";
import { type ReportData, type Row, sourceOf } from "../model/data";
import { entered } from "../../decimal";
import type { Block, OtherDataBlock, OtherDataItem, ReportSection, SourceRef, TableBlock, TableRow } from "../model/document";

/**
 * Item 8 of issue 11: no approved data is silently left out. A record counts as shown when the
 * document names it as a source anywhere (a narrative token's trace, a table row, a chart, a case,
 * a highlight). What is not shown is listed at the end of the section that holds its topic:
 * indicators in a small unnumbered table, other records in a short list.
 */

const KIND_ZH = new Map(RECORD_KINDS.map((k) => [k.model, k.zh]));
const KIND_OF = new Map(RECORD_KINDS.map((k) => [k.model, k]));

/** A record's name as a reader knows it ("2022天津市校园手语国歌大赛（一等奖 3人次）"): its kind's declared title. */
export function recordLabel(model: ModelName, r: Row): string {
  const kind = KIND_OF.get(model);
  return kind ? recordTitle(kind, r) : r.id;
}

function blockSources(b: Block): SourceRef[] {
  switch (b.type) {
    case "table":
      return b.rows.flatMap((r) => r.sources);
    case "figure":
      return b.sources;
    case "case":
      return [b.source, ...b.figures.flatMap((f) => f.sources)];
    case "highlights":
      return b.groups.flatMap((g) => g.items.flatMap((i) => i.sources));
    case "other-data":
      return [...(b.indicators?.rows.flatMap((r) => r.sources) ?? []), ...b.records.map((r) => r.source)];
  }
}

/** Ids of every record the document shows (record ids are unique across kinds: one Record table). */
export function shownRecordIds(chapters: ReportSection[], appendix: TableBlock[] = []): Set<string> {
  const ids = new Set<string>();
  const add = (refs: SourceRef[]) => refs.forEach((s) => ids.add(s.id));
  const visit = (s: ReportSection) => {
    s.traced.forEach((t) => add(t.sources));
    s.blocks.forEach((b) => add(blockSources(b)));
    s.sections.forEach(visit);
  };
  chapters.forEach(visit);
  appendix.forEach((t) => add(blockSources(t)));
  return ids;
}

/** The block listing a section's records (of the report's year, with a topic in `topics`) that `shown` lacks; null when none. */
/** The columns of a section's 「本节其他已审核指标」 table, declared once: the workbook's sheet of them all prints the same. */
export const OTHER_INDICATOR_COLUMNS = ["指标", "数值", "单位"];

export function otherDataBlock(data: ReportData, topics: readonly string[], shown: ReadonlySet<string>): OtherDataBlock | null {
  if (!topics.length) return null;
  const left = (model: ModelName) =>
    data.rows[model].filter((r) => r.year === data.year && typeof r.topic === "string" && topics.includes(r.topic) && !shown.has(r.id));

  const indicatorRows: TableRow[] = left("indicator").map((r) => {
    const source = sourceOf("indicator", r);
    return {
      id: r.id,
      cells: [String(r.label), entered(String(r.value)), printed(r.unit ?? "")],
      sources: [source],
      ...(r.unapproved ? { unapproved: true as const } : {}),
    };
  });
  const records: OtherDataItem[] = RECORD_KINDS.filter((k) => k.model !== "indicator").flatMap((k) =>
    left(k.model).map((r) => {
      const label = recordLabel(k.model, r);
      return { text: `${KIND_ZH.get(k.model) ?? k.slug}：${label}`, source: sourceOf(k.model, r) };
    }),
  );
  if (!indicatorRows.length && !records.length) return null;
  return {
    type: "other-data",
    indicators: indicatorRows.length
      ? {
          type: "table",
          key: "other:indicators",
          number: 0,
          caption: "本节其他已审核指标",
          columns: OTHER_INDICATOR_COLUMNS,
          rows: indicatorRows,
        }
      : null,
    records,
  };
}
