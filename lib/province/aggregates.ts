import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { Decimal, entered, fixed, money, type TDecimal } from "../decimal";

/**
 * The six indicator tables over a province's colleges, computed in the database from the current
 * submissions' figures (SubmittedFigure), never by loading packages. A rate is Σnumerator /
 * Σdenominator over the colleges that gave both (an average of rates would weigh a college of 200
 * graduates like one of 5,000); a count or an amount is a sum; a per-head figure with no numerator
 * and denominator (月收入, 生均…) cannot be added up and stays blank. Rows the pack skipped for a
 * college (no graduates that year) count for nobody.
 */

export type AggregateGroup = "all" | "type" | "city";

/** Units whose figures add up across colleges. 元 is not among them: it is a per-head amount (月收入, 生均). */
const ADDITIVE_UNITS = new Set([
  "人",
  "人次",
  "个",
  "门",
  "间",
  "项",
  "万元",
  "学时",
  "家",
  "本",
  "部",
  "次",
  "名",
  "套",
  "所",
  "件",
  "册",
]);

export type RowSpec = { tableKey: string; code: string; label: string; unit: string };
export type TableSpec = { key: string; title: string; rows: RowSpec[] };

type SumRow = {
  rowCode: string;
  groupValue: string | null;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  reporting: number;
  rated: number;
};

export type AggregateFigure = {
  /** The value as a number (a rate in %: Σnumerator / Σdenominator × 100), null when it cannot be known. */
  value: TDecimal | null;
  numerator: TDecimal | null;
  denominator: TDecimal | null;
  /** How it was computed: a ratio of sums, a sum, or not at all (per-head figures without a numerator). */
  method: "ratio" | "sum" | "none";
  /** Colleges whose figure went in. */
  colleges: number;
};

export type AggregateRow = RowSpec & {
  /** Keyed by group value: "" for the whole province, a college type or a city. */
  current: Map<string, AggregateFigure>;
  previous: Map<string, AggregateFigure>;
};

export type AggregateTable = { key: string; title: string; rows: AggregateRow[] };

const num = (v: string | null) => (v == null ? null : new Decimal(v));

/** Sums per row code (and per type or city) over one year's current submissions, in one query. */
async function sums(prisma: PrismaClient, year: number, group: AggregateGroup): Promise<SumRow[]> {
  const groupBy = group === "type" ? Prisma.sql`c."type"::text` : group === "city" ? Prisma.sql`c."city"` : Prisma.sql`NULL::text`;
  return prisma.$queryRaw<SumRow[]>`
    SELECT f."rowCode" AS "rowCode",
           ${groupBy} AS "groupValue",
           SUM(f."value")::text AS "value",
           SUM(f."numerator") FILTER (WHERE f."denominator" IS NOT NULL)::text AS "numerator",
           SUM(f."denominator") FILTER (WHERE f."numerator" IS NOT NULL)::text AS "denominator",
           COUNT(f."value")::int AS "reporting",
           COUNT(*) FILTER (WHERE f."numerator" IS NOT NULL AND f."denominator" IS NOT NULL)::int AS "rated"
    FROM "SubmittedFigure" f
    JOIN "College" c ON c."id" = f."collegeId"
    WHERE f."year" = ${year} AND f."current" AND NOT f."skipped"
    GROUP BY f."rowCode", ${groupBy}`;
}

/** A row's figure from its sums: the ratio when colleges gave numerators and denominators, else the sum when the unit adds up. */
export function figureOf(unit: string, s: SumRow | undefined): AggregateFigure {
  if (!s) return { value: null, numerator: null, denominator: null, method: "none", colleges: 0 };
  const [n, d] = [num(s.numerator), num(s.denominator)];
  if (s.rated > 0 && n && d) {
    const ratio = d.isZero() ? null : n.div(d).mul(unit === "%" ? 100 : 1);
    return { value: ratio, numerator: n, denominator: d, method: "ratio", colleges: s.rated };
  }
  if (ADDITIVE_UNITS.has(unit) && s.reporting > 0) {
    return { value: num(s.value), numerator: null, denominator: null, method: "sum", colleges: s.reporting };
  }
  return { value: null, numerator: null, denominator: null, method: "none", colleges: s.reporting };
}

/**
 * The layout of the tables: the row codes, labels and units of the most recently received current
 * package of the year (every college of a year reports under the same notice), then any code only
 * other packages name, so no submitted row is left out.
 */
export async function tableSpecs(prisma: PrismaClient, year: number): Promise<TableSpec[]> {
  const rows = await prisma.$queryRaw<{ tableKey: string; title: string; code: string; label: string; unit: string }[]>`
    WITH latest AS (
      SELECT s."report" FROM "Submission" s WHERE s."year" = ${year} AND s."current"
      ORDER BY s."receivedAt" DESC, s."id" LIMIT 1
    )
    SELECT t.value->>'key' AS "tableKey", t.value->>'title' AS "title",
           r.value->>'code' AS "code", r.value->>'label' AS "label", r.value->>'unit' AS "unit"
    FROM latest, jsonb_array_elements(latest."report"->'indicatorTables') WITH ORDINALITY t(value, ti),
         jsonb_array_elements(t.value->'rows') WITH ORDINALITY r(value, ri)
    ORDER BY t.ti, r.ri`;
  const tables = new Map<string, TableSpec>();
  for (const r of rows) {
    const table = tables.get(r.tableKey) ?? { key: r.tableKey, title: r.title, rows: [] };
    table.rows.push({ tableKey: r.tableKey, code: r.code, label: r.label, unit: r.unit });
    tables.set(r.tableKey, table);
  }
  const known = new Set(rows.map((r) => r.code));
  const others = await prisma.submittedFigure.findMany({
    where: { year, current: true, rowCode: { notIn: [...known] } },
    distinct: ["rowCode"],
    select: { tableKey: true, rowCode: true },
  });
  for (const o of others) {
    const table = tables.get(o.tableKey) ?? { key: o.tableKey, title: o.tableKey, rows: [] };
    table.rows.push({ tableKey: o.tableKey, code: o.rowCode, label: o.rowCode, unit: "" });
    tables.set(o.tableKey, table);
  }
  return [...tables.values()];
}

/** Every table of the year, each row for the whole province or per type or city, with last year's beside it. */
export async function aggregateTables(prisma: PrismaClient, year: number, group: AggregateGroup = "all"): Promise<AggregateTable[]> {
  const [specs, now, before] = await Promise.all([tableSpecs(prisma, year), sums(prisma, year, group), sums(prisma, year - 1, group)]);
  const index = (list: SumRow[]) => {
    const byCode = new Map<string, Map<string, SumRow>>();
    for (const s of list) {
      const m = byCode.get(s.rowCode) ?? new Map<string, SumRow>();
      m.set(s.groupValue ?? "", s);
      byCode.set(s.rowCode, m);
    }
    return byCode;
  };
  const [nowBy, beforeBy] = [index(now), index(before)];
  const figures = (unit: string, m: Map<string, SumRow> | undefined) =>
    new Map([...(m ?? new Map<string, SumRow>()).entries()].map(([k, s]) => [k, figureOf(unit, s)]));
  return specs.map((t) => ({
    key: t.key,
    title: t.title,
    rows: t.rows.map((r) => ({ ...r, current: figures(r.unit, nowBy.get(r.code)), previous: figures(r.unit, beforeBy.get(r.code)) })),
  }));
}

/** One figure of the whole province by row code: what a provincial report's token prints. */
export async function provinceFigure(prisma: PrismaClient, year: number, code: string): Promise<AggregateFigure & { unit: string }> {
  const specs = await tableSpecs(prisma, year);
  const unit = specs.flatMap((t) => t.rows).find((r) => r.code === code)?.unit ?? "";
  const all = await sums(prisma, year, "all");
  return {
    ...figureOf(
      unit,
      all.find((s) => s.rowCode === code),
    ),
    unit,
  };
}

export type RankedCollege = {
  collegeId: string;
  code: string;
  name: string;
  type: string;
  city: string;
  value: TDecimal;
  /** 1 = best in its region. */
  rank: number;
  /** Colleges of its region with a value. */
  regionSize: number;
};

/**
 * The top `share` (e.g. 0.1: 10 %) of each region's colleges on one row, best first: a rate by the
 * college's own numerator / denominator, anything else by its value. At least one college per
 * region when the region has any value.
 */
export async function topPerRegion(
  prisma: PrismaClient,
  year: number,
  code: string,
  share = 0.1,
  options: { ascending?: boolean; unit?: string } = {},
): Promise<RankedCollege[]> {
  const order = options.ascending ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  // The caller that already read the tables' layout passes the row's unit, sparing a second read of it.
  const unit = options.unit ?? (await tableSpecs(prisma, year)).flatMap((t) => t.rows).find((r) => r.code === code)?.unit ?? "";
  const scale = unit === "%" ? 100 : 1;
  const rows = await prisma.$queryRaw<
    { collegeId: string; code: string; name: string; type: string; city: string; value: string; rank: number; regionSize: number }[]
  >`
    WITH v AS (
      SELECT c."id" AS "collegeId", c."code", c."name", c."type"::text AS "type", c."city",
             CASE WHEN f."numerator" IS NOT NULL AND f."denominator" IS NOT NULL AND f."denominator" <> 0
                  THEN f."numerator" / f."denominator" * ${scale}
                  ELSE f."value" END AS "value"
      FROM "SubmittedFigure" f JOIN "College" c ON c."id" = f."collegeId"
      WHERE f."year" = ${year} AND f."current" AND NOT f."skipped" AND f."rowCode" = ${code}
    ), ranked AS (
      SELECT v.*, ROW_NUMBER() OVER (PARTITION BY v."city" ORDER BY v."value" ${order}, v."code")::int AS "rank",
             COUNT(*) OVER (PARTITION BY v."city")::int AS "regionSize"
      FROM v WHERE v."value" IS NOT NULL
    )
    SELECT "collegeId", "code", "name", "type", "city", "value"::text AS "value", "rank", "regionSize"
    FROM ranked WHERE "rank" <= GREATEST(1, CEIL("regionSize" * ${share}::numeric))
    ORDER BY "city", "rank"`;
  return rows.map((r) => ({ ...r, value: new Decimal(r.value) }));
}

/** A figure as printed: a ratio with two decimals, a sum at the precision its colleges entered (money at least two), blank when unknown. */
export function printedFigure(f: AggregateFigure | undefined, unit: string): string {
  if (!f?.value) return "";
  if (f.method === "ratio") return fixed(f.value, 2);
  return unit === "万元" ? money(f.value) : entered(f.value);
}

/** The years colleges have handed in for, latest first. */
export async function submissionYears(prisma: PrismaClient): Promise<number[]> {
  const rows = await prisma.submission.findMany({
    where: { current: true },
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}
