import {
  type IndicatorValues,
  MISSING,
  type ReportDocument,
  type ReportSection,
  type SourceRef,
  type TableBlock,
  type TableRow,
} from "../model/document";
import { isBlank, rowsOfKind, yearRowsOf } from "../model/data";
import type { IndicatorBasis, SkipCondition, TIndicatorRow } from "../../rules/pack";
import { type MetricContext, type Resolved, resolveToken } from "../tokens/tokens";
import { changeText } from "../tokens/year-over-year";

/**
 * The indicator tables printed at the end of a quality report, as the year's rule pack lists them
 * (lib/rules/pack.ts; the 2022 pack has the five tables required since 2017, the 2024 pack the
 * notice's six). Each row has a stable code, a basis (届, 学年 or calendar year) and a token: a
 * computed value ("employment.placementRate") or a single indicator ("indicator.KEY"). This
 * year's and last year's values are filled from records; a value with no data stays blank. Each
 * printed row also carries its numbers (TableRow.indicator) so the submission package and a
 * province read the frozen edition's figures by code, not its printed text.
 */
export type IndicatorRow = Pick<
  TIndicatorRow,
  "code" | "label" | "unit" | "basis" | "token" | "aggregate" | "numerator" | "denominator" | "skipWhen"
>;
export type IndicatorTableConfig = { key: string; title: string; rows: IndicatorRow[] };

/** Stands in a row label for the college's region (学校设置): 「京津冀地区」, or 「本地区」 when none is set. */
export const REGION = "{region}";
export const regionLabel = (region: string | null | undefined) => (region?.trim() ? `${region.trim()}地区` : "本地区");

/** Printed in a row that does not apply to the college this year: not missing, so no warning and no 0. */
export const NOT_APPLICABLE = "不适用";

/** The period a figure of a report year stands for: 2024届, 2023-2024学年 or 2024年. */
export function periodLabel(basis: IndicatorBasis, year: number): string {
  if (basis === "cohort") return `${year}届`;
  if (basis === "schoolYear") return `${year - 1}-${year}学年`;
  return `${year}年`;
}

/** Whether a row's skip condition holds in a year (see SKIP_CONDITIONS in lib/rules/pack.ts). */
export function skips(ctx: MetricContext, condition: SkipCondition | undefined): boolean {
  if (condition === "noGraduates") {
    // Only an explicit 0 skips: no employment records at all is missing data, not "no graduates".
    const own = rowsOfKind(ctx.data, "employmentStat").filter((r) => r.cohort === ctx.year);
    return own.length > 0 && own.every((r) => !isBlank(r.graduates) && Number(r.graduates) === 0);
  }
  if (condition === "noLubanWorkshop") return yearRowsOf(ctx.data, "lubanWorkshop", ctx.year).length === 0;
  return false;
}

/**
 * A row's value as printed: blank when the year has no such data at all, "—" when it has the
 * records but the value is not known (a record left a figure empty: a sum over it is not a total).
 */
function printedValue(r: Resolved | null): string {
  if (r?.text != null) return r.text;
  return r?.sources.length ? MISSING : "";
}

const numberOf = (r: Resolved | null): number | null => (r?.value == null ? null : Number(r.value.toString()));
/** The value as printed (to the token's places), so the package and the page never disagree. */
const printedNumber = (r: Resolved | null): number | null => {
  const n = r?.text == null ? NaN : Number(r.text);
  return Number.isFinite(n) ? n : numberOf(r);
};

/**
 * The numbers behind one row for a year: missing stays null (never 0); a row that does not
 * apply has all three null and applies false, so a province leaves it out of its sums.
 */
export function indicatorValues(row: IndicatorRow, ctx: MetricContext): IndicatorValues {
  const base = { code: row.code, basis: row.basis, period: periodLabel(row.basis, ctx.year) };
  if (skips(ctx, row.skipWhen)) return { ...base, applies: false, value: null, numerator: null, denominator: null };
  const part = (token: string | undefined) => (token ? numberOf(resolveToken(ctx, token)) : null);
  return {
    ...base,
    applies: true,
    value: printedNumber(resolveToken(ctx, row.token)),
    numerator: part(row.numerator),
    denominator: part(row.denominator),
  };
}

/**
 * One table: this year's and last year's value per row and the change (a rate's in percentage
 * points); missing values stay blank (""), never 0. `previous` should hold approved data only
 * (lastYearContext). The columns stay even when last year is blank: the notice's layout is fixed.
 *
 * Column headings name the period: 「2024届 / 2023届 / 增减」, 「2023-2024学年 / …」, 「2024年 / …」.
 * A table whose rows mix bases (2022's 计分卡 has the 1+X pass rate, a 学年's, among 届 rows;
 * 服务贡献表 has 届, 学年 and money by calendar year) keeps the notice's fixed six columns — every
 * renderer, the workbook and the checks read the value at the same place — with the headings of
 * the basis most rows have, and a note under the table naming the rows of any other basis and
 * their periods (「第7行为2021-2022学年和2020-2021学年」): a reader is told on the page which
 * figure is whose, without a seventh column on a phone.
 */
export function buildIndicatorTable(config: IndicatorTableConfig, current: MetricContext, previous: MetricContext): TableBlock {
  const main = mainBasis(config.rows);
  const rows: TableRow[] = config.rows.map((row, i) => {
    const indicator = indicatorValues(row, current);
    const before = indicatorValues(row, previous);
    const now = indicator.applies ? resolveToken(current, row.token) : null;
    const then = before.applies ? resolveToken(previous, row.token) : null;
    const sources: SourceRef[] = [...(now?.sources ?? []), ...(then?.sources ?? [])];
    const a = indicator.applies ? printedValue(now) : NOT_APPLICABLE;
    const b = before.applies ? printedValue(then) : NOT_APPLICABLE;
    const change =
      !indicator.applies || !before.applies
        ? ""
        : a === MISSING || b === MISSING
          ? MISSING
          : changeText(a, b, { percent: row.unit === "%" });
    return {
      id: `${config.key}-${i + 1}`,
      cells: [String(i + 1), row.label.replace(REGION, regionLabel(current.data.region)), row.unit, a, b, change],
      sources,
      indicator,
      ...(sources.some((s) => s.unapproved) ? { unapproved: true as const } : {}),
    };
  });
  const others = new Map<IndicatorBasis, number[]>();
  config.rows.forEach((r, i) => {
    if (r.basis !== main) others.set(r.basis, [...(others.get(r.basis) ?? []), i + 1]);
  });
  const note = [...others]
    .map(([basis, at]) => `第${at.join("、")}行为${periodLabel(basis, current.year)}和${periodLabel(basis, previous.year)}`)
    .join("；");
  return {
    type: "table",
    key: `indicators:${config.key}`,
    number: 0,
    caption: config.title,
    columns: ["序号", "指标", "单位", periodLabel(main, current.year), periodLabel(main, previous.year), "增减"],
    rows,
    ...(note ? { note: `${note}。` } : {}),
    lastYear: { year: previous.year, column: 4 },
  };
}

/** The basis most rows have (on a tie, the one that comes first): the table's headings name its periods. */
function mainBasis(rows: readonly IndicatorRow[]): IndicatorBasis {
  const counts = new Map<IndicatorBasis, number>();
  for (const r of rows) counts.set(r.basis, (counts.get(r.basis) ?? 0) + 1);
  let best: IndicatorBasis = rows[0]?.basis ?? "schoolYear";
  for (const [basis, n] of counts) if (n > counts.get(best)!) best = basis;
  return best;
}

export function buildIndicatorTables(
  tables: readonly IndicatorTableConfig[],
  current: MetricContext,
  previous: MetricContext,
): TableBlock[] {
  return tables.map((c) => buildIndicatorTable(c, current, previous));
}

/** Whether a built table is one of the pack's indicator tables. */
export const isIndicatorTable = (t: TableBlock) => t.key.startsWith("indicators:");

/**
 * The numbers of a built indicator table, row by row in printed order: { code, basis, period,
 * applies, value, numerator, denominator } (numbers or null). Works on a frozen edition's
 * document as well as a fresh build.
 */
export function indicatorTableValues(table: TableBlock): IndicatorValues[] {
  return table.rows.flatMap((r) => (r.indicator ? [r.indicator] : []));
}

/**
 * Every indicator table of a document (the appendix, or a section's table:indicators block),
 * keyed by the pack's table key ("scorecard"), with its title and its rows' numbers.
 */
export function documentIndicatorValues(
  document: Pick<ReportDocument, "appendix" | "chapters">,
): { key: string; title: string; rows: IndicatorValues[] }[] {
  const tables: TableBlock[] = [];
  const visit = (s: ReportSection) => {
    for (const b of s.blocks) if (b.type === "table") tables.push(b);
    s.sections.forEach(visit);
  };
  document.chapters.forEach(visit);
  tables.push(...document.appendix);
  return tables
    .filter(isIndicatorTable)
    .map((t) => ({ key: t.key.slice("indicators:".length), title: t.caption, rows: indicatorTableValues(t) }));
}
