import { z } from "zod";
import { bi } from "../../i18n/bilingual";
import { printed } from "../../text";
import type { ModelName } from "../../records/kinds";
import type { Row } from "../engine/data";

/** The data blocks (generated tables and charts) an outline section can show by name (lib/report/outline/templates.ts). */
export type BlockName =
  | "table:competition-awards"
  | "table:majors"
  | "table:certificate-pilots"
  | "table:employment"
  | "table:social-training"
  | "table:luban-workshops"
  | "table:funding-income"
  | "table:partner-enterprises"
  | "chart:funding-income"
  | "chart:supervision-grades"
  | "list:highlights"
  | "table:indicators";

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

/** The generated blocks a section can show, with their names in the outline editor. */
export const BLOCK_LABELS: Record<BlockName, string> = {
  "table:competition-awards": "表：学生技能竞赛获奖",
  "table:majors": "表：专业（群）设置",
  "table:certificate-pilots": "表：1+X证书试点",
  "table:employment": "表：分专业毕业去向落实",
  "table:social-training": "表：社会培训项目",
  "table:luban-workshops": "表：鲁班工坊",
  "table:funding-income": "表：办学经费收入",
  "table:partner-enterprises": "表：合作企业年度报告汇总",
  "chart:funding-income": "图：办学经费收入构成",
  "chart:supervision-grades": "图：督导听课评价",
  "list:highlights": "列表：学年主要成果",
  "table:indicators": "表：质量年报指标表（全部）",
};
export const BLOCK_NAMES = Object.keys(BLOCK_LABELS) as BlockName[];

type Orderable = { model: ModelName; name: string; size?: { label: string; value: (r: Row) => number } };
const num = (v: unknown) => (v == null || v === "" ? 0 : Number(v));

/**
 * The record-backed tables whose rows can be ordered: what "by name" and "largest first" sort by.
 * "entry" keeps the records' own order (each record's 排序号, then when it was entered).
 */
export const ORDERABLE_TABLES: Partial<Record<BlockName, Orderable>> = {
  "table:competition-awards": {
    model: "competitionAward",
    name: "competition",
    size: {
      label: "获奖人次",
      value: (r) => (Array.isArray(r.prizes) ? (r.prizes as { count?: unknown }[]).reduce((a, p) => a + num(p?.count), 0) : 0),
    },
  },
  "table:majors": { model: "major", name: "name" },
  "table:certificate-pilots": { model: "certificatePilot", name: "certificate", size: { label: "培训人数", value: (r) => num(r.trained) } },
  "table:employment": { model: "employmentStat", name: "majorName", size: { label: "毕业生数", value: (r) => num(r.graduates) } },
  "table:social-training": { model: "socialTraining", name: "name", size: { label: "人次", value: (r) => num(r.personTimes) } },
  "table:luban-workshops": { model: "lubanWorkshop", name: "name", size: { label: "招生人数", value: (r) => num(r.enrolled) } },
  "table:funding-income": { model: "fundingItem", name: "name", size: { label: "金额", value: (r) => num(r.amount) } },
};

/** The choices the outline editor offers for one table, in words a quality office uses. */
export function rowOrderChoices(block: string): { value: RowOrder; label: string }[] {
  const t = ORDERABLE_TABLES[block as BlockName];
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
  const t = ORDERABLE_TABLES[block as BlockName];
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
