import type { ReportData, Row } from "../model/data";
import { dec } from "../../decimal";
import { MISSING, type TableBlock, type TableRow } from "../model/document";
import type { MetricContext } from "./tokens";

/**
 * Year over year: last year's value and the change beside this year's. Last year's table is
 * built by the same builder from last year's APPROVED records (never typed), and rows are
 * matched by what they name, so a number in the comparison column is exactly the number last
 * year's report printed in that place.
 */

/** Last year's data as the public saw it: approved records only, even in a preview. */
export function lastYearContext(data: ReportData): MetricContext & { data: ReportData } {
  const rows = Object.fromEntries(Object.entries(data.rows).map(([model, list]) => [model, list.filter((r: Row) => !r.unapproved)]));
  return { year: data.year - 1, data: { ...data, rows: rows as ReportData["rows"] } };
}

const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/;

/**
 * The change from `before` to `now`, both as printed ("95.08%", "3071", "16615.25"): signed, with
 * the precision of the more precise one; a rate's change is in percentage points. Blank when
 * either side is blank or not a number (no data is not 0).
 */
export function changeText(now: string, before: string, options: { percent?: boolean } = {}): string {
  const a = NUMBER.exec(now.trim());
  const b = NUMBER.exec(before.trim());
  if (!a || !b) return "";
  const value = (m: RegExpExecArray) => dec(`${m[1]}${m[2]!.replace(/,/g, "")}${m[3] ? `.${m[3]}` : ""}`);
  const places = Math.max(a[3]?.length ?? 0, b[3]?.length ?? 0);
  const diff = value(a).minus(value(b));
  const text = diff.abs().toFixed(places);
  const sign = diff.isZero() ? "" : diff.isNegative() ? "-" : "+";
  const percent = options.percent || a[4] === "%" || b[4] === "%";
  return `${sign}${text}${percent ? "个百分点" : ""}`;
}

/**
 * Which generated tables compare with last year, and on which column. Tables that list individual
 * items (表1 awards, 表2 majors) do not: an award or a major is not a quantity that grows or
 * shrinks, and last year's list is last year's report. Count, sum and rate tables do, on their
 * headline column; their total rows always match, item rows match by name.
 */
export type YearOverYearSpec = {
  /** The column compared (an index into cells). */
  column: number;
  /** The cells naming an item row, matched across the years (total rows match by their id). */
  keyColumns: number[];
  /** The header of last year's column. */
  header: (lastYear: number) => string;
};

export const YEAR_OVER_YEAR: Record<string, YearOverYearSpec> = {
  // Per major: the placement rate, as the scorecard compares it.
  "table:employment": { column: 4, keyColumns: [1], header: (y) => `${y}届落实率` },
  // Per certificate and level: the pass rate (the scorecard's 1+X row).
  "table:certificate-pilots": { column: 8, keyColumns: [1, 2], header: (y) => `${y}年通过率` },
  // Per programme and for the skill/public/total rows: hours, the one column every row fills.
  "table:social-training": { column: 4, keyColumns: [1], header: (y) => `${y}年学时` },
  // Per workshop: enrolment.
  "table:luban-workshops": { column: 4, keyColumns: [0], header: (y) => `${y}年招生（人）` },
  // Per category and item: the amount.
  "table:funding-income": { column: 2, keyColumns: [0, 1], header: (y) => `${y}年金额（万元）` },
};

const rowKey = (r: TableRow, spec: YearOverYearSpec) =>
  r.total ? `#${r.id}` : `${r.group ?? ""}|${spec.keyColumns.map((c) => r.cells[c] ?? "").join("|")}`;

/**
 * This year's table with last year's value and the change appended as two columns. When last
 * year has no table (no approved data), the table is returned unchanged: no empty columns.
 * A row with nothing to match last year stays blank in both columns.
 */
export function withLastYear(current: TableBlock, previous: TableBlock | null, spec: YearOverYearSpec, lastYear: number): TableBlock {
  if (!previous || !previous.rows.length) return current;
  const before = new Map(previous.rows.map((r) => [rowKey(r, spec), r]));
  const column = current.columns.length;
  return {
    ...current,
    columns: [...current.columns, spec.header(lastYear), "增减"],
    lastYear: { year: lastYear, column },
    rows: current.rows.map((r) => {
      const old = before.get(rowKey(r, spec));
      const now = r.cells[spec.column] ?? "";
      const then = old?.cells[spec.column] ?? "";
      return {
        ...r,
        // Against a figure nobody entered (either year) the change is not known: "—", like the figure.
        cells: [...r.cells, then, now === MISSING || then === MISSING ? MISSING : changeText(now, then)],
        ...(old ? { lastYearSources: old.sources } : {}),
      };
    }),
  };
}
