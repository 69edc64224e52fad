import { MISSING, type SourceRef, type TableBlock, type TableRow } from "./document";
import { type MetricContext, type Resolved, resolveToken } from "../tokens/tokens";
import { changeText } from "../tokens/year-over-year";

/**
 * The indicator tables printed at the end of a quality report, as the year's rule pack lists them
 * (lib/rules/pack.ts; the 2022 pack has the five tables required since 2017, the 2024 pack the
 * notice's six). Each row names a token: a computed value ("employment.placementRate") or a
 * single indicator ("indicator.KEY"). This year's and last year's values are filled from
 * records; a value with no data stays blank. An admin can add rows by giving an indicator the
 * key a row names.
 */
export type IndicatorRow = { label: string; unit: string; token: string };
export type IndicatorTableConfig = { key: string; title: string; rows: IndicatorRow[] };

/** Stands in a row label for the college's region (学校设置): 「京津冀地区」, or 「本地区」 when none is set. */
export const REGION = "{region}";
export const regionLabel = (region: string | null | undefined) => (region?.trim() ? `${region.trim()}地区` : "本地区");

/**
 * A row's value as printed: blank when the year has no such data at all, "—" when it has the
 * records but the value is not known (a record left a figure empty: a sum over it is not a total).
 */
function printedValue(r: Resolved | null): string {
  if (r?.text != null) return r.text;
  return r?.sources.length ? MISSING : "";
}

/**
 * One table: this year's and last year's value per row and the change (a rate's in percentage
 * points); missing values stay blank (""), never 0. `previous` should hold approved data only
 * (lastYearContext). The columns stay even when last year is blank: the notice's layout is fixed.
 */
export function buildIndicatorTable(config: IndicatorTableConfig, current: MetricContext, previous: MetricContext): TableBlock {
  const rows: TableRow[] = config.rows.map((row, i) => {
    const now = resolveToken(current, row.token);
    const before = resolveToken(previous, row.token);
    const sources: SourceRef[] = [...(now?.sources ?? []), ...(before?.sources ?? [])];
    const [a, b] = [printedValue(now), printedValue(before)];
    return {
      id: `${config.key}-${i + 1}`,
      cells: [
        String(i + 1),
        row.label.replace(REGION, regionLabel(current.data.region)),
        row.unit,
        a,
        b,
        a === MISSING || b === MISSING ? MISSING : changeText(a, b, { percent: row.unit === "%" }),
      ],
      sources,
      ...(sources.some((s) => s.unapproved) ? { unapproved: true as const } : {}),
    };
  });
  return {
    type: "table",
    key: `indicators:${config.key}`,
    number: 0,
    caption: config.title,
    columns: ["序号", "指标", "单位", `${current.year}年`, `${previous.year}年`, "增减"],
    rows,
    lastYear: { year: previous.year, column: 4 },
  };
}

export function buildIndicatorTables(
  tables: readonly IndicatorTableConfig[],
  current: MetricContext,
  previous: MetricContext,
): TableBlock[] {
  return tables.map((c) => buildIndicatorTable(c, current, previous));
}
