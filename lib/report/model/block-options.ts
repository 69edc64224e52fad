import { z } from "zod";
import { bi } from "../../i18n/bilingual";
import { printed } from "../../text";
import type { ModelName } from "../../records/kinds";
import type { Row } from "./data";
import { BLOCK_NAMES, type BlockName, blockDecl, REPORT_BLOCKS } from "./tables";

/**
 * What a year's outline says about each generated block a section shows (OutlineSection.blockOptions,
 * keyed by block name): the order of a table's rows, and whether the table is printed in the
 * appendix instead of in the section (a text that cites 表1/表2 keeps those numbers for the tables
 * it names). Settings live in the outline, so every college and every year sets its own.
 */
export const ROW_ORDERS = ["entry", "name", "size"] as const;
export type RowOrder = (typeof ROW_ORDERS)[number];
export type BlockOptions = { order?: RowOrder; appendix?: boolean };

export const ZBlockOptions = z.object({
  order: z.enum(ROW_ORDERS, { error: bi("行的顺序无效", "invalid row order") }).optional(),
  appendix: z.boolean().optional(),
});

/** The generated blocks a section can show, with their names in the outline editor (declared in ./tables). */
export const BLOCK_LABELS = Object.fromEntries(Object.entries(REPORT_BLOCKS).map(([name, d]) => [name, d.label])) as Record<
  BlockName,
  string
>;
export { BLOCK_NAMES };

type Orderable = { model: ModelName; name: string; size?: { label: string; value: (r: Row) => number } };

/**
 * The record-backed tables whose rows can be ordered: what "by name" and "largest first" sort by.
 * "entry" keeps the records' own order (each record's 排序号, then when it was entered).
 */
export const ORDERABLE_TABLES: Partial<Record<BlockName, Orderable>> = Object.fromEntries(
  BLOCK_NAMES.flatMap((name) => {
    const d = blockDecl(name);
    return d?.model && d.order ? [[name, { model: d.model, ...d.order }]] : [];
  }),
);

/** The choices the outline editor offers for one table, in words a quality office uses. */
export function rowOrderChoices(block: string): { value: RowOrder; label: string }[] {
  const t = blockDecl(block)?.order;
  if (!t) return [];
  return [
    { value: "entry", label: "按录入顺序（记录的排序号）" },
    { value: "name", label: "按名称（拼音）" },
    ...(t.size ? [{ value: "size" as const, label: `按${t.size.label}从多到少` }] : []),
  ];
}

/** One block's settings from the stored JSON (anything unreadable counts as the defaults). */
export function blockOptionsOf(stored: unknown, block: string): BlockOptions {
  const all = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const parsed = ZBlockOptions.safeParse(all[block] ?? {});
  return parsed.success ? parsed.data : {};
}

const collator = new Intl.Collator("zh-CN-u-co-pinyin", { numeric: true });

/** The records of a table's kind in the chosen order (a stable sort: ties keep the entry order). */
export function orderRows(block: string, order: RowOrder | undefined, list: Row[]): Row[] {
  const t = blockDecl(block)?.order;
  if (!t || !order || order === "entry") return list;
  const keyed = list.map((r, i) => ({ r, i }));
  if (order === "name") keyed.sort((a, b) => collator.compare(printed(a.r[t.name] ?? ""), printed(b.r[t.name] ?? "")) || a.i - b.i);
  else if (order === "size" && t.size) {
    const size = t.size.value;
    keyed.sort((a, b) => size(b.r) - size(a.r) || a.i - b.i);
  }
  return keyed.map((k) => k.r);
}

/** The model whose rows a table lists, when its rows can be ordered. */
export const orderedModel = (block: string): ModelName | undefined => ORDERABLE_TABLES[block as BlockName]?.model;
