import { AppError } from "../errors";
import type { PrismaClient, Prisma } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import type { RecordKind } from "../records/kinds";
import { flatten, includeKind, ofKind, whereKindFields } from "../records/store";
import { headerLookup, importColumns, keyPart, naturalKey, normalizeHeader, optionLookup, type ImportColumn } from "./columns";
import type { CellValue, RawRow } from "./parse";
import { readPrizeCell } from "./prizes";
import { validateRecordValues } from "../records/validate";
import { EXAMPLE_MARK } from "./template";

/**
 * Rows of raw cells → the input objects the kind's zod schema parses, with every problem reported
 * as { row, column, message } in the spreadsheet's own terms (row number, Chinese header).
 * lib/records/validate.ts stays the single judge of validity, as for the form, the API and
 * submit; this module only maps cells to inputs and its messages to cells.
 */
export type ImportIssue = { row: number; column: string; message: string };
export type ImportDuplicate = { row: number; message: string; sameAsRow?: number; existingId?: string };
export type ValidRow = { row: number; data: Record<string, unknown> };

export type SheetValidation = {
  headerRow: number;
  /** Column headers found and the fields they fill, in sheet order. */
  mapped: { index: number; header: string; column: ImportColumn }[];
  /** Headers that match no field (e.g. 年度, 状态 of an export): ignored. */
  ignoredHeaders: string[];
  /** Data rows read (example and header rows excluded). */
  total: number;
  skippedExamples: number;
  valid: ValidRow[];
  issues: ImportIssue[];
};

type Converted = { value?: unknown; error?: string };

const isBlank = (v: CellValue) => v === null || (typeof v === "string" && v.trim() === "");

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function text(v: CellValue): string {
  if (v instanceof Date) return isoDay(v);
  if (typeof v === "boolean") return v ? "是" : "否";
  return String(v).trim();
}

function toDate(v: CellValue): Converted {
  if (v instanceof Date) return { value: isoDay(v) };
  if (typeof v === "number") {
    // An Excel serial day number in a cell that is not formatted as a date.
    if (v > 0 && v < 2958466) return { value: isoDay(new Date(Math.round((v - 25569) * 86_400_000))) };
    return { value: String(v) };
  }
  const s = text(v);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  return { value: m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : s };
}

/**
 * A number cell as Excel shows it: to 15 significant digits, so a formula's binary noise
 * (=0.1+0.2 is 0.30000000000000004, =0.57*100 is 56.99999999999999) reads as the 0.3 and 57 on screen
 * rather than as a value with 17 decimals that the form would never be given.
 */
function asShown(v: number): number {
  return Number(v.toPrecision(15));
}

function convert(col: ImportColumn, v: CellValue): Converted {
  const spec = col.spec;
  switch (spec.type) {
    case "select": {
      const value = optionLookup(col.options ?? []).get(text(v).replace(/\s+/g, "").toLowerCase());
      if (value) return { value };
      return {
        error: bi(
          `“${text(v)}”不是有效的${col.zh}，可选：${(col.options ?? []).map((o) => o.zh).join("、")}`,
          `"${text(v)}" is not a valid ${col.en.toLowerCase()}`,
        ),
      };
    }
    // Numbers go to the schema as typed: 1,200 and １２００ are read there, alike on every path.
    case "int":
      return { value: typeof v === "number" ? asShown(v) : text(v) };
    case "decimal":
      return { value: typeof v === "number" ? String(asShown(v)) : text(v) };
    case "date":
      return toDate(v);
    case "list":
      return {
        value: text(v)
          .split(/[\n\r、;；]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case "prizes":
      return readPrizeCell(text(v));
    case "checkbox":
      return { value: /^(是|true|yes|y|1|√|✓)$/i.test(text(v)) };
    default:
      return { value: text(v) };
  }
}

/** Fields the schema refuses when absent (a field with a default, e.g. 参赛对象, is not among them). */
const requiredCache = new Map<string, Set<string>>();
function schemaRequired(kind: RecordKind): Set<string> {
  let set = requiredCache.get(kind.slug);
  if (!set) {
    const r = kind.schema.safeParse({});
    set = new Set(r.success ? [] : r.error.issues.map((i) => String(i.path[0])));
    requiredCache.set(kind.slug, set);
  }
  return set;
}

function findHeader(kind: RecordKind, rows: RawRow[]) {
  const lookup = headerLookup(kind);
  let best: { at: number; mapped: SheetValidation["mapped"]; ignored: string[] } | null = null;
  for (let at = 0; at < Math.min(rows.length, 10); at++) {
    const mapped: SheetValidation["mapped"] = [];
    const ignored: string[] = [];
    const seen = new Set<string>();
    rows[at]!.values.forEach((v, index) => {
      if (isBlank(v)) return;
      const header = text(v);
      const column = lookup.get(normalizeHeader(header));
      if (column && !seen.has(column.field)) {
        seen.add(column.field);
        mapped.push({ index, header, column });
      } else {
        ignored.push(header);
      }
    });
    if (mapped.length > (best?.mapped.length ?? 0)) best = { at, mapped, ignored };
  }
  return best;
}

/** Maps and checks every row; throws only when the sheet as a whole is unusable (no header, missing columns). */
export function validateSheet(options: {
  kind: RecordKind;
  rows: RawRow[];
  /** The report year the rows go into and its academic year (null: no such year, no date rule). */
  year: number;
  academicYear: string | null;
}): SheetValidation {
  const { kind, rows } = options;
  const header = findHeader(kind, rows);
  const columns = importColumns(kind);
  if (!header) {
    throw new AppError(
      "INVALID",
      bi(
        `没有找到表头行：第一行应为列名，如 ${columns
          .slice(0, 3)
          .map((c) => c.zh)
          .join("、")}。请使用下载的模板`,
        "no header row found: the first row must name the columns; please use the downloaded template",
      ),
    );
  }
  const required = schemaRequired(kind);
  const present = new Set(header.mapped.map((m) => m.column.field));
  const missing = columns.filter((c) => required.has(c.field) && !present.has(c.field));
  if (missing.length) {
    throw new AppError(
      "INVALID",
      bi(`缺少必填列：${missing.map((c) => c.zh).join("、")}`, `missing required columns: ${missing.map((c) => c.en).join(", ")}`),
    );
  }
  const lookup = headerLookup(kind);
  const headerOf = new Map(columns.map((c) => [c.field, header.mapped.find((m) => m.column.field === c.field)?.header ?? c.zh]));
  const result: SheetValidation = {
    headerRow: rows[header.at]!.row, // header.at indexes the row the header was found in
    mapped: header.mapped,
    ignoredHeaders: header.ignored,
    total: 0,
    skippedExamples: 0,
    valid: [],
    issues: [],
  };

  for (let i = header.at + 1; i < rows.length; i++) {
    const { row, values } = rows[i]!;
    const cells = header.mapped.map((m) => ({ m, v: values[m.index] ?? null }));
    if (cells.every(({ v }) => isBlank(v))) continue;
    // The second header line (English names) of the template and of exports.
    if (i === header.at + 1 && cells.every(({ v }) => isBlank(v) || lookup.get(normalizeHeader(text(v))))) continue;
    const first = cells.find(({ v }) => !isBlank(v));
    if (first && typeof first.v === "string" && first.v.trim().startsWith(EXAMPLE_MARK)) {
      result.skippedExamples++;
      continue;
    }
    result.total++;

    const input: Record<string, unknown> = {};
    const cellErrors = new Set<string>();
    for (const { m, v } of cells) {
      if (isBlank(v)) continue;
      const c = convert(m.column, v);
      if (c.error) {
        cellErrors.add(m.column.field);
        result.issues.push({ row, column: m.header, message: c.error });
      } else {
        input[m.column.field] = c.value;
      }
    }
    const judged = validateRecordValues({ kind, year: options.year, academicYear: options.academicYear, values: input });
    if (judged.ok && cellErrors.size === 0) {
      result.valid.push({ row, data: judged.data });
      continue;
    }
    if (!judged.ok) {
      const seen = new Set<string>();
      for (const issue of judged.issues) {
        if (cellErrors.has(issue.field)) continue; // already reported for that cell
        const col = columns.find((c) => c.field === issue.field);
        const column = headerOf.get(issue.field) ?? col?.zh ?? "";
        // Which prize (or list item) of the cell: the form shows it beside the item, a cell needs it said.
        const message = typeof issue.path[1] === "number" ? `第${issue.path[1] + 1}项：${issue.message}` : issue.message;
        const key = `${column}\u0000${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.issues.push({ row, column, message });
      }
    }
  }
  return result;
}

/**
 * Rows that repeat an earlier row of the file, or an existing record of the same year (and
 * department, unless the kind's key is unique per year) on the kind's natural key.
 */
export async function findDuplicates(options: {
  prisma: PrismaClient | Prisma.TransactionClient;
  kind: RecordKind;
  year: number;
  departmentId: string;
  valid: ValidRow[];
}): Promise<ImportDuplicate[]> {
  const { kind, year, departmentId, valid } = options;
  const key = naturalKey(kind);
  const keyOf = (r: Record<string, unknown>) => key.fields.map((f) => keyPart(r[f])).join("\u0000");
  const duplicates = new Map<number, ImportDuplicate>();

  const firstRow = new Map<string, number>();
  for (const { row, data } of valid) {
    const k = keyOf(data);
    const earlier = firstRow.get(k);
    if (earlier === undefined) firstRow.set(k, row);
    else duplicates.set(row, { row, sameAsRow: earlier, message: bi(`与第${earlier}行重复`, `same as row ${earlier}`) });
  }

  const lead = key.fields[0];
  const values = [...new Set(valid.map((r) => r.data[lead]).filter((v) => v !== null && v !== undefined))];
  if (values.length) {
    // Case-insensitive only on text columns (enum and number columns take no `mode`).
    const leadType = importColumns(kind).find((c) => c.field === lead)?.spec.type;
    const textual = (leadType === "text" || leadType === "textarea") && values.every((v) => typeof v === "string");
    const found = await options.prisma.record.findMany({
      where: {
        // Year-wide keys (indicators) clash with the department's own rows and approved ones only:
        // another department's draft is never revealed.
        ...ofKind(kind),
        year,
        ...(key.scope === "department" ? { departmentId } : { OR: [{ departmentId }, { status: "APPROVED" }] }),
        ...whereKindFields(kind, { [lead]: textual ? { in: values, mode: "insensitive" } : { in: values } }),
      },
      include: includeKind(kind),
    });
    const existingByKey = new Map(found.map(flatten).map((e) => [keyOf(e), e.id]));
    for (const { row, data } of valid) {
      const id = existingByKey.get(keyOf(data));
      if (id && !duplicates.has(row)) {
        duplicates.set(row, { row, existingId: id, message: bi(`与已有记录重复（${year}年度）`, `duplicates an existing ${year} record`) });
      }
    }
  }
  return [...duplicates.values()].sort((a, b) => a.row - b.row);
}
