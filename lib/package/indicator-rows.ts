import type { TableBlock, TableRow } from "../report/model/document";
import type { IndicatorTableConfig } from "../report/engine/indicator-tables";
import { type MetricContext, resolveToken } from "../report/tokens/tokens";
import type { PackageIndicatorRow } from "./schema";

/**
 * THE ONE ADAPTER between a published document's indicator tables and the package's rows by code.
 *
 * Until the rule pack gives every row a code, a basis and (for a rate) its numerator and
 * denominator (issue 24 item 1), they are derived here: the code falls back to `${table}-${n}`,
 * the basis is guessed from the token, and a rate's numerator and denominator are recomputed
 * from the year's approved records for the few rates whose parts are tokens — and kept only
 * when they reproduce the printed value (a record changed after publication must not put a
 * different rate in the package than the edition printed). When the document's rows carry
 * `code`/`basis`/`numerator`/`denominator`/`skipped` themselves, those win: after item 1 lands
 * this file shrinks to reading them.
 */
type CodedRow = TableRow &
  Partial<{
    code: string;
    basis: PackageIndicatorRow["basis"];
    numerator: number | null;
    denominator: number | null;
    skipped: boolean;
    lastYearNumerator: number | null;
    lastYearDenominator: number | null;
  }>;

/** Rates whose parts are tokens of their own: value = numerator / denominator × 100. */
const RATE_PARTS: Record<string, { numerator: string; denominator: string }> = {
  "employment.placementRate": { numerator: "employment.placed", denominator: "employment.graduates" },
  "certificates.passRate": { numerator: "certificates.passed", denominator: "certificates.examined" },
  "training.skillShare": { numerator: "training.skillHours", denominator: "training.hours" },
  "training.publicShare": { numerator: "training.publicHours", denominator: "training.hours" },
};

/** A printed figure as a number ("3,071" → 3071, "95.08%" → 95.08); null when blank or "—". */
export function printedNumber(text: string): number | null {
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?%?$/.exec(text.trim());
  if (!m) return null;
  return Number(`${m[1]}${m[2]!.replace(/,/g, "")}${m[3] ? `.${m[3]}` : ""}`);
}

const decimals = (text: string) => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;

/** Numerator and denominator of a rate, from the records, if they reproduce the printed value. */
function rateParts(token: string | undefined, ctx: MetricContext | null, printed: string) {
  const parts = token ? RATE_PARTS[token] : undefined;
  const value = printedNumber(printed);
  if (!parts || !ctx || value === null) return { numerator: null, denominator: null };
  const n = resolveToken(ctx, parts.numerator)?.value;
  const d = resolveToken(ctx, parts.denominator)?.value;
  if (!n || !d || d.isZero()) return { numerator: null, denominator: null };
  const rate = n.times(100).dividedBy(d).toNumber();
  const tolerance = 0.5 * 10 ** -decimals(printed) + 1e-9;
  return Math.abs(rate - value) <= tolerance
    ? { numerator: n.toNumber(), denominator: d.toNumber() }
    : { numerator: null, denominator: null };
}

function basisOf(token: string | undefined, label: string): PackageIndicatorRow["basis"] {
  if (token?.startsWith("employment.") || token?.startsWith("indicator.employment.") || /毕业/.test(label)) return "cohort";
  if (token?.startsWith("funding.") || token?.startsWith("indicator.funding.") || /经费|收入|拨款/.test(label)) return "calendarYear";
  return "schoolYear";
}

function periodOf(basis: PackageIndicatorRow["basis"], year: number, academicYear: string): string {
  if (basis === "cohort") return `${year}届`;
  if (basis === "calendarYear") return `${year}年`;
  return `${academicYear}学年`;
}

/** The pack's table key of a document table ("indicators:scorecard" → "scorecard"). */
export const indicatorTableKey = (table: Pick<TableBlock, "key">) => table.key.replace(/^indicators:/, "");

/**
 * The package rows of one printed indicator table (cells: 序号, 指标, 单位, this year, last year, 增减).
 * `config` is the pack's table (its rows name the tokens, in the printed order); `current` and
 * `previous` are the approved records' contexts of the edition's year and the year before, or
 * null where only what was printed is known.
 */
export function indicatorRowsOf(options: {
  table: TableBlock;
  config: IndicatorTableConfig | undefined;
  year: number;
  academicYear: string;
  current: MetricContext | null;
  previous: MetricContext | null;
}): PackageIndicatorRow[] {
  const { table, config } = options;
  const key = indicatorTableKey(table);
  return table.rows.map((raw, i) => {
    const row = raw as CodedRow;
    const [, label = "", unit = "", now = "", before = ""] = row.cells;
    const packRow = config?.rows[i];
    // The pack's row at this place is this row only if it prints the same unit (labels may hold {region}).
    const token = packRow && packRow.unit === unit ? packRow.token : undefined;
    const rate = unit === "%";
    const basis = row.basis ?? basisOf(token, label);
    const nowParts =
      row.numerator !== undefined
        ? { numerator: row.numerator ?? null, denominator: row.denominator ?? null }
        : rate
          ? rateParts(token, options.current, now)
          : { numerator: null, denominator: null };
    const beforeParts =
      row.lastYearNumerator !== undefined
        ? { numerator: row.lastYearNumerator ?? null, denominator: row.lastYearDenominator ?? null }
        : rate
          ? rateParts(token, options.previous, before)
          : { numerator: null, denominator: null };
    // An edition built under a pack with row codes carries each row's numbers (TableRow.indicator): they win.
    const coded = raw.indicator;
    if (coded)
      return {
        code: coded.code,
        label,
        unit,
        basis: coded.basis,
        period: coded.period,
        text: now,
        value: coded.value,
        numerator: coded.numerator,
        denominator: coded.denominator,
        lastYear: before === "" && table.lastYear === undefined ? null : { text: before, value: printedNumber(before), ...beforeParts },
        skipped: !coded.applies,
      };
    return {
      code: row.code ?? `${key}-${i + 1}`,
      label,
      unit,
      basis,
      period: periodOf(basis, options.year, options.academicYear),
      text: now,
      value: printedNumber(now),
      ...nowParts,
      lastYear: before === "" && table.lastYear === undefined ? null : { text: before, value: printedNumber(before), ...beforeParts },
      skipped: row.skipped ?? false,
    };
  });
}
