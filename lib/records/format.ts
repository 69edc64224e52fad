import { enumLabel } from "./labels";
import type { Lang } from "../i18n/catalogue";
import { entered, fixed, money } from "../decimal";
import type { Column, RecordKind } from "./kinds";
import { formatPrizes, MONEY_UNIT, optionLabel } from "./declare";
import type { TPrize } from "./schema";
import { printed } from "../text";

// The prize lines live with the declaration, which names a competition award by them.
export { formatPrizes } from "./declare";

/** A decimal as entered (lib/decimal.ts `entered`); money (万元) with at least two decimals. */
function decimalText(v: unknown, unit: string | undefined): string {
  return unit === MONEY_UNIT ? money(printed(v)) : entered(printed(v));
}

export function formatCell(value: unknown, column: Column, lang: Lang = "zh"): string {
  if (value === null || value === undefined || value === "") return "";
  switch (column.format) {
    case "level":
    case "enum":
      return enumLabel(printed(value), lang);
    case "prizes":
      return formatPrizes(value as TPrize[]);
    case "list":
      return (value as string[]).join("、");
    case "date":
      return value instanceof Date ? value.toISOString().slice(0, 10) : printed(value).slice(0, 10);
    case "percent":
      return `${entered(fixed(printed(value), 2))}%`;
    case "money":
      return money(printed(value));
    case "decimal":
      return entered(printed(value));
    default:
      return printed(value);
  }
}

// ---- one home for "a stored value → words" on every admin screen (record view, review diff, history) ----

/** Fields every record has besides its kind's own (the Record table's columns an audit entry may name). */
const RECORD_FIELD_LABELS: Record<string, string> = {
  status: "状态",
  revisionStatus: "修订状态",
  year: "年度",
  departmentId: "部门",
  topic: "所属栏目",
  highlight: "重点展示",
  sortOrder: "排序",
  file: "附件",
};

/** The label a person knows a field by: the kind's declaration, else the shared record columns. */
export function fieldLabel(kind: RecordKind, field: string): string {
  return kind.fields[field]?.formZh ?? kind.fields[field]?.zh ?? RECORD_FIELD_LABELS[field] ?? field;
}

/** A field's value in words: labels for codes, 「二等奖 5人次」 for prizes, dates as entered; "" when empty. */
export function fieldText(kind: RecordKind, field: string, value: unknown, names: { departments?: Map<string, string> } = {}): string {
  if (value === null || value === undefined || value === "") return "";
  if (Array.isArray(value) && value.length === 0) return "";
  if (field === "departmentId") return names.departments?.get(printed(value)) ?? printed(value);
  if (typeof value === "boolean") return value ? "是" : "否";
  const decl = kind.fields[field];
  if (!decl) return typeof value === "string" || typeof value === "number" ? enumLabel(String(value)) : JSON.stringify(value);
  if (decl.enum || decl.options) return optionLabel(kind, field, printed(value)).zh;
  switch (decl.type) {
    case "prizes":
      return Array.isArray(value) ? formatPrizes(value as TPrize[]) : printed(value);
    case "list":
      return Array.isArray(value) ? (value as unknown[]).map(printed).join("、") : printed(value);
    case "date":
      return value instanceof Date ? value.toISOString().slice(0, 10) : printed(value).slice(0, 10);
    case "percent":
      return `${entered(printed(value))}%`;
    case "decimal":
      return `${decimalText(value, decl.unit)}${decl.unit ? ` ${decl.unit}` : ""}`;
    default:
      return `${printed(value)}${decl.unit && decl.type === "int" ? ` ${decl.unit}` : ""}`;
  }
}
