import { importFields, optionLabel as declaredLabel, type FieldSpec } from "../records/declare";
import { kindBySlug, type RecordKind } from "../records/kinds";
import { printed } from "../text";

/**
 * Spreadsheet columns per record kind, derived from the kind's declaration (lib/records/kinds.ts)
 * like its form, so the form, the template, the import and the export can never disagree. One
 * header per field: its Chinese label (row 1 of the template) and its English label (row 2).
 */
export type Option = { value: string; zh: string; en: string };

export type ImportColumn = {
  field: string;
  /** Chinese header, e.g. 竞赛名称; the label without form-only hints such as （每行一个）. */
  zh: string;
  en: string;
  spec: FieldSpec;
  required: boolean;
  options?: Option[];
  /** Short instruction shown in the header note and the 填写说明 sheet. */
  help: string;
};

function helpFor(spec: FieldSpec, options?: Option[]): string {
  const parts: string[] = [];
  if (spec.required) parts.push("必填（required）");
  switch (spec.type) {
    case "prizes":
      parts.push("格式：二等奖 5人次，三等奖 5人次；单位可为 人次、项、队、人；无人次时只写奖项名称");
      break;
    case "list":
      parts.push("多个值用顿号（、）或换行分隔");
      break;
    case "date":
      parts.push("日期，如 2022-06-18");
      break;
    case "int":
      parts.push(`整数${spec.unit ? `（${spec.unit}）` : ""}`);
      break;
    case "decimal":
      parts.push(`数字${spec.unit ? `（${spec.unit}）` : ""}`);
      break;
    case "checkbox":
      parts.push("是 / 否");
      break;
  }
  if (options) parts.push(`可选：${options.map((o) => o.zh).join("、")}`);
  if (spec.hint) parts.push(spec.hint);
  return parts.join("；");
}

const cache = new WeakMap<RecordKind, ImportColumn[]>();

/** The import/export columns of a kind (or of the registered kind with this slug). */
export function importColumns(kindOrSlug: RecordKind | string): ImportColumn[] {
  const kind = typeof kindOrSlug === "string" ? kindBySlug(kindOrSlug) : kindOrSlug;
  if (!kind) throw new Error(`no record kind ${typeof kindOrSlug === "string" ? kindOrSlug : kindOrSlug.slug}`);
  const cached = cache.get(kind);
  if (cached) return cached;
  const columns = importFields(kind).map((spec): ImportColumn => {
    const declared = kind.fields[spec.name]!;
    const options =
      spec.type === "select" && spec.options
        ? spec.options.map((value) => ({ value, ...declaredLabel(kind, spec.name, value) }))
        : undefined;
    return {
      field: spec.name,
      zh: declared.zh,
      en: declared.en,
      spec,
      required: Boolean(spec.required),
      options,
      help: helpFor(spec, options),
    };
  });
  cache.set(kind, columns);
  return columns;
}

/** Header text as people retype it: no spaces, no required-marks, no trailing unit in brackets, case-folded. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, "")
    .replace(/^[*＊]+|[*＊]+$/g, "")
    .replace(/[（(](必填|选填|required|optional)[)）]$/i, "")
    .toLowerCase();
}

/** Every accepted spelling of each column's header: Chinese, English, field name, form label. */
export function headerLookup(kind: RecordKind | string): Map<string, ImportColumn> {
  const map = new Map<string, ImportColumn>();
  for (const col of importColumns(kind)) {
    for (const name of [col.zh, col.en, col.field, col.spec.zh, col.spec.en]) map.set(normalizeHeader(name), col);
  }
  return map;
}

/** Select-cell text → enum value: the Chinese label, the English label or the raw value. */
export function optionLookup(options: Option[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const o of options) {
    for (const name of [o.value, o.zh, o.en]) map.set(name.replace(/\s+/g, "").toLowerCase(), o.value);
  }
  return map;
}

/**
 * The natural key per kind: rows sharing it (same year; same department unless `scope` is "year")
 * are duplicates. Kinds not listed use their first column. Approved indicators are unique per year
 * in the database itself, so their key is checked against the department's own and approved ones.
 */
export const NATURAL_KEYS: Record<string, { fields: [string, ...string[]]; scope?: "department" | "year" }> = {
  honours: { fields: ["title", "recipient"] },
  "competition-awards": { fields: ["competition"] },
  "hosted-competitions": { fields: ["name"] },
  courses: { fields: ["name", "category"] },
  textbooks: { fields: ["title"] },
  "certificate-pilots": { fields: ["certificate", "level"] },
  majors: { fields: ["code", "name"] },
  employment: { fields: ["cohort", "majorName"] },
  funding: { fields: ["direction", "category", "name"] },
  "research-projects": { fields: ["title"] },
  "teaching-achievements": { fields: ["title"] },
  "luban-workshops": { fields: ["name"] },
  "luban-activities": { fields: ["workshopId", "title"] },
  "social-trainings": { fields: ["name"] },
  cases: { fields: ["title"] },
  figures: { fields: ["caption"] },
  indicators: { fields: ["key"], scope: "year" },
};

export function naturalKey(kind: RecordKind | string): { fields: [string, ...string[]]; scope: "department" | "year" } {
  const entry = NATURAL_KEYS[typeof kind === "string" ? kind : kind.slug];
  return { fields: entry?.fields ?? [firstImportColumn(kind).field], scope: entry?.scope ?? "department" };
}

/** The column that names a row to people: the kind's first import column. */
export function firstImportColumn(kindOrSlug: RecordKind | string): ImportColumn {
  const first = importColumns(kindOrSlug)[0];
  if (!first) throw new Error(`record kind ${typeof kindOrSlug === "string" ? kindOrSlug : kindOrSlug.slug} has no import columns`);
  return first;
}

/** The comparable form of a key value: trimmed, inner whitespace collapsed, case-folded. */
export function keyPart(value: unknown): string {
  if (value === null || value === undefined) return "";
  return printed(value)
    .replace(/[\s\u3000]+/g, " ")
    .trim()
    .toLowerCase();
}
