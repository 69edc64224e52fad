import { ENUM_LABELS } from "../i18n/labels";
import { FIELDS, type FieldSpec } from "../records/fields";
import { TOPICS } from "../report/topics";

/**
 * Spreadsheet columns per record kind, derived from the form fields (lib/records/fields.ts) so the
 * form, the template, the import and the export can never disagree. One header per field:
 * its Chinese label (row 1 of the template) and its English label (row 2).
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

const FORM_ONLY_HINT = /（(每行一个|不超过\d+字)）$/;
const FORM_ONLY_HINT_EN = /\s*\((one per line|at most \d+ characters)\)$/;

function optionLabel(value: string): Option {
  const topic = (TOPICS as Record<string, string>)[value];
  if (topic) return { value, zh: topic, en: value };
  const label = ENUM_LABELS[value];
  return { value, zh: label?.zh ?? value, en: label?.en ?? value };
}

function helpFor(spec: FieldSpec, options?: Option[]): string {
  const parts: string[] = [];
  if (spec.required) parts.push("必填（required）");
  switch (spec.type) {
    case "prizes": parts.push("格式：二等奖 5人次，三等奖 5人次；单位可为 人次、项、队、人；无人次时只写奖项名称"); break;
    case "list": parts.push("多个值用顿号（、）或换行分隔"); break;
    case "date": parts.push("日期，如 2022-06-18"); break;
    case "int": parts.push(`整数${spec.unit ? `（${spec.unit}）` : ""}`); break;
    case "decimal": parts.push(`数字${spec.unit ? `（${spec.unit}）` : ""}`); break;
    case "checkbox": parts.push("是 / 否"); break;
  }
  if (options) parts.push(`可选：${options.map((o) => o.zh).join("、")}`);
  if (spec.hint) parts.push(spec.hint);
  return parts.join("；");
}

const cache = new Map<string, ImportColumn[]>();

export function importColumns(slug: string): ImportColumn[] {
  const cached = cache.get(slug);
  if (cached) return cached;
  const fields = FIELDS[slug];
  if (!fields) throw new Error(`no form fields for record kind ${slug}`);
  const columns = fields.map((spec): ImportColumn => {
    const options = spec.type === "select" && spec.options ? spec.options.map(optionLabel) : undefined;
    return {
      field: spec.name,
      zh: spec.zh.replace(FORM_ONLY_HINT, ""),
      en: spec.en.replace(FORM_ONLY_HINT_EN, ""),
      spec,
      required: Boolean(spec.required),
      options,
      help: helpFor(spec, options),
    };
  });
  cache.set(slug, columns);
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
export function headerLookup(slug: string): Map<string, ImportColumn> {
  const map = new Map<string, ImportColumn>();
  for (const col of importColumns(slug)) {
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
export const NATURAL_KEYS: Record<string, { fields: string[]; scope?: "department" | "year" }> = {
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

export function naturalKey(slug: string): { fields: string[]; scope: "department" | "year" } {
  const entry = NATURAL_KEYS[slug];
  return { fields: entry?.fields ?? [importColumns(slug)[0].field], scope: entry?.scope ?? "department" };
}

/** The comparable form of a key value: trimmed, inner whitespace collapsed, case-folded. */
export function keyPart(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/[\s\u3000]+/g, " ").trim().toLowerCase();
}
