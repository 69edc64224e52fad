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

/** Whether a number whose unit is entered beside it (FieldOptions.unitFrom) is an amount of money in this row. */
function moneyBeside(unitFrom: string | undefined, row: Record<string, unknown> | undefined): boolean {
  const unit = unitFrom ? row?.[unitFrom] : undefined;
  return typeof unit === "string" && unit.trim() === MONEY_UNIT;
}

/** A list cell; `row` is the record the cell is of (for a number whose unit is in another field). */
export function formatCell(value: unknown, column: Column, lang: Lang = "zh", row?: Record<string, unknown>): string {
  if (value === null || value === undefined || value === "") return "";
  if (column.format === "decimal" && moneyBeside(column.unitFrom, row)) return money(printed(value));
  switch (column.format) {
    case "level":
    case "enum":
      return enumLabel(printed(value), lang);
    case "prizes":
      return formatPrizes(value as TPrize[], lang);
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
const RECORD_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  status: { zh: "状态", en: "Status" },
  revisionStatus: { zh: "修订状态", en: "Revision status" },
  year: { zh: "年度", en: "Year" },
  departmentId: { zh: "部门", en: "Department" },
  topic: { zh: "所属栏目", en: "Topic" },
  highlight: { zh: "重点展示", en: "Highlight" },
  sortOrder: { zh: "排序", en: "Order" },
  file: { zh: "附件", en: "Attachment" },
};

/** The label a person knows a field by: the kind's declaration, else the shared record columns. */
export function fieldLabel(kind: RecordKind, field: string, lang: Lang = "zh"): string {
  const decl = kind.fields[field];
  if (decl) return (lang === "zh" ? decl.formZh : decl.formEn) ?? decl[lang];
  return RECORD_FIELD_LABELS[field]?.[lang] ?? field;
}

/**
 * A field's value in words: labels for codes, 「二等奖 5人次」 for prizes, dates as entered; "" when
 * empty. Codes and yes/no in the reader's language (`names.lang`); what people typed stays as typed.
 */
export function fieldText(
  kind: RecordKind,
  field: string,
  value: unknown,
  names: {
    departments?: Map<string, string>;
    lang?: Lang;
    /** The record's other values (FieldOptions.unitFrom). */ row?: Record<string, unknown>;
  } = {},
): string {
  const lang = names.lang ?? "zh";
  if (value === null || value === undefined || value === "") return "";
  if (Array.isArray(value) && value.length === 0) return "";
  if (field === "departmentId") return names.departments?.get(printed(value)) ?? printed(value);
  if (typeof value === "boolean") return lang === "zh" ? (value ? "是" : "否") : value ? "Yes" : "No";
  const decl = kind.fields[field];
  if (!decl) return typeof value === "string" || typeof value === "number" ? enumLabel(String(value), lang) : JSON.stringify(value);
  if (decl.enum || decl.options) return optionLabel(kind, field, printed(value))[lang];
  switch (decl.type) {
    case "prizes":
      return Array.isArray(value) ? formatPrizes(value as TPrize[], lang) : printed(value);
    case "list":
      return Array.isArray(value) ? (value as unknown[]).map(printed).join("、") : printed(value);
    case "date":
      return value instanceof Date ? value.toISOString().slice(0, 10) : printed(value).slice(0, 10);
    case "percent":
      return `${entered(printed(value))}%`;
    case "decimal":
      if (moneyBeside(decl.unitFrom, names.row)) return money(printed(value));
      return `${decimalText(value, decl.unit)}${decl.unit ? ` ${decl.unit}` : ""}`;
    default:
      return `${printed(value)}${decl.unit && decl.type === "int" ? ` ${decl.unit}` : ""}`;
  }
}

/**
 * A record's values as its edit form shows them: an amount of money as every screen prints it
 * (12.50 万元, not the Decimal's 12.5), so what the form shows is what was entered and what the
 * list, the record page and the report show. Everything else as it is.
 */
export function formValues(kind: RecordKind, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([name, v]) => {
      const decl = kind.fields[name];
      const isMoney = decl?.type === "decimal" && (decl.unit === MONEY_UNIT || moneyBeside(decl.unitFrom, values));
      return [name, isMoney && v !== null && v !== undefined && v !== "" ? money(printed(v)) : v];
    }),
  );
}
