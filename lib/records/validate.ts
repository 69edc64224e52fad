import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { toJsonValue } from "./db-data";
import type { RecordKind } from "./kinds";
import type { Client } from "./store";

/**
 * The one judge of a record's values, whichever way they come in: the form's server action and
 * the JSON API (lib/records/write.ts), the spreadsheet import's preview and commit
 * (lib/import/validate.ts), the demo seed (lib/demo/seed.ts) and submit, which re-judges what is
 * stored (lib/workflow/transitions.ts), so a record that came in by an older path cannot be
 * submitted invalid. Three rules, all declared with the kind (lib/records/kinds.ts):
 *  1. the kind's zod schema, field by field;
 *  2. its cross-field rules (passed ≤ examined, placed ≤ graduates: the declaration's `refine`);
 *  3. the academic-year rule: a record's dates belong to its report's academic year
 *     (学年 2021-2022 = 2021-09-01 … 2022-08-31); an award dated outside it is almost always a typo
 *     or the wrong year. Fields carried into the next year (a workshop's founding date) describe
 *     something older: only a date after the year's end is refused.
 * Every refusal is code INVALID with the same bilingual message on every path; the import shows
 * it against the row and column, the form beside the field.
 */
export type RecordIssue = { /** The field (first path segment). */ field: string; path: (string | number)[]; message: string };
export type RecordValidation = { ok: true; data: Record<string, unknown> } | { ok: false; issues: RecordIssue[] };

export function academicYearRange(academicYear: string, year: number): { from: string; to: string } {
  const m = /^(\d{4})-(\d{4})$/.exec(academicYear);
  const start = m ? Number(m[1]) : year - 1;
  const end = m ? Number(m[2]) : year;
  return { from: `${start}-09-01`, to: `${end}-08-31` };
}

const isAbsent = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function isoDay(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? v.trim() : null;
}

/**
 * Judges `values` as a record of `kind` in report year `year`, whose academic year is
 * `academicYear` ("2021-2022"; null when the year is unknown: no date rule). Pure: a caller that
 * judges many rows (the import) loads the academic year once.
 */
export function validateRecordValues(options: {
  kind: RecordKind;
  year: number;
  academicYear: string | null;
  values: unknown;
}): RecordValidation {
  const { kind, year, academicYear } = options;
  const input = (options.values && typeof options.values === "object" ? options.values : {}) as Record<string, unknown>;
  const parsed = kind.schema.safeParse(options.values);
  const issues: RecordIssue[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
      const field = String(path[0] ?? "");
      const declared = kind.fields[field];
      // A required field left out reads the same whatever its type (not "级别无效" or "必须是数字").
      const missing = declared && path.length === 1 && isAbsent(input[field]);
      issues.push({ field, path, message: missing ? bi(`${declared.zh}必须填写`, `${declared.en} is required`) : issue.message });
    }
  }
  if (academicYear !== null) {
    const data = (parsed.success ? parsed.data : input) as Record<string, unknown>;
    const { from, to } = academicYearRange(academicYear, year);
    for (const [name, d] of Object.entries(kind.fields)) {
      if (d.type !== "date" || issues.some((i) => i.field === name)) continue;
      const day = isoDay(data[name]);
      // A carried date (a textbook's publication, a workshop's founding) may be years older, but
      // what the year's report lists cannot come after the year: 2030 is a typo, not a textbook in use.
      if (d.carried) {
        if (day && day > to) {
          const message = bi(
            `${d.zh}不能晚于${academicYear}学年结束（${to}）`,
            `${d.en} cannot be later than the end of the academic year ${academicYear} (${to})`,
          );
          issues.push({ field: name, path: [name], message });
        }
        continue;
      }
      if (day && (day < from || day > to)) {
        const message = bi(
          `${d.zh}应在${academicYear}学年内（${from} 至 ${to}）`,
          `${d.en} must fall within the academic year ${academicYear} (${from} to ${to})`,
        );
        issues.push({ field: name, path: [name], message });
      }
    }
  }
  return issues.length || !parsed.success ? { ok: false, issues } : { ok: true, data: parsed.data as Record<string, unknown> };
}

/** A refusal as the AppError every path throws: INVALID, the first message, every message under its field. */
export function recordInvalid(issues: readonly RecordIssue[]): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return new AppError("INVALID", issues[0]?.message ?? bi("输入有误", "invalid input"), fieldErrors);
}

/** The academic year ("2021-2022") of a report year, or null when no such year exists. */
export async function academicYearOf(client: Client, year: number): Promise<string | null> {
  const row = await client.reportYear.findUnique({ where: { year }, select: { academicYear: true } });
  return row?.academicYear ?? null;
}

/** A stored record's (or pending revision's) field values as the schema reads them: dates as "YYYY-MM-DD", decimals as text. */
export function storedInput(kind: RecordKind, stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(kind.fields).map((name) => [name, toJsonValue(stored[name], name)]));
}

/**
 * validateRecordValues for one record, with its year's academic year loaded: the parsed values,
 * or the INVALID refusal thrown. `values` are an input (form, API) or, with `stored`, a record's
 * stored fields (submit).
 */
export async function checkRecordValues(options: {
  kind: RecordKind;
  year: number;
  values: unknown;
  stored?: boolean;
  client: Client;
}): Promise<Record<string, unknown>> {
  const { kind, year, client } = options;
  const values = options.stored ? storedInput(kind, options.values as Record<string, unknown>) : options.values;
  const result = validateRecordValues({ kind, year, academicYear: await academicYearOf(client, year), values });
  if (!result.ok) throw recordInvalid(result.issues);
  return result.data;
}
