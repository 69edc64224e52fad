import type { Prisma } from "../../generated/prisma/client";
import type { Declaration } from "./declaration";
import { RECORD_KINDS, type ModelName } from "../../records/kinds";
import { recordTitle, type TPrize } from "../../records/declare";
import type { ReportMode, SourceRef } from "./document";
import type { TDecimal } from "../../decimal";

/**
 * Loads what a year's report is built from, as plain JSON-like rows (Decimals as strings, dates
 * as "YYYY-MM-DD"), for the year and the one before (year-over-year changes, last year's column
 * of the indicator tables).
 *
 * "approved" reads APPROVED records only, as the public sees them. "preview" also reads drafts and
 * submitted records, and shows a pending revision of an approved record in place of its approved
 * values; every such row is marked `unapproved`.
 */
export type Row = Record<string, unknown> & {
  id: string;
  year: number;
  departmentId: string;
  status: string;
  highlight: boolean;
  sortOrder: number;
  unapproved?: true;
};

export type OutlineRow = {
  key: string;
  parentKey: string | null;
  level: number;
  sortOrder: number;
  number: string;
  title: string;
  narrative: string;
  topics: string[];
  blocks: string[];
  /** Per block: row order and appendix placement (lib/report/model/block-options.ts). */
  blockOptions?: unknown;
  version: number;
};

export type ReportData = {
  year: number;
  academicYear: string;
  title: string;
  templateKey: string;
  institution: string;
  /** The region the college serves (学校设置), e.g. 京津冀; names regional indicator rows. */
  region?: string | null;
  /** The college's logo (a stored file id), printed on the cover. */
  logoFileId: string | null;
  /** 真实性责任声明 from the institution's settings (not yet signed). */
  declaration: Declaration;
  mode: ReportMode;
  outline: OutlineRow[];
  departments: Map<string, string>;
  /** Rows by model name, for the year and the year before. */
  rows: Record<ModelName, Row[]>;
  /** Figure id → uploaded file id, for figures with a file. */
  files: Map<string, string>;
  /** The year's APPROVED partner-enterprise reports (lib/partners), in name order. */
  partners?: PartnerRow[];
  /**
   * Province mode: the figures aggregated over the colleges' current submissions, by year (this year
   * and the one before) and row code, as {{province.CODE}} tokens and the provincial pack's tables quote them.
   */
  province?: Map<number, Map<string, ProvinceFigure>>;
  /** Province mode: the year's typical cases (典型案例) picked from the colleges' current packages, in the order picked. */
  typicalCases?: TypicalCase[];
};

/** A college's case the provincial office picked (lib/province/cases.ts pickCase), as a provincial report prints it. */
export type TypicalCase = {
  id: string;
  year: number;
  college: string;
  title: string;
  subtitle: string | null;
  text: string;
  /** Its photos; fileId null when the photo has no web copy to print. */
  photos: { caption: string; fileId: string | null }[];
};

/** One aggregated row of a provincial report (lib/province/aggregates.ts), as printed. */
export type ProvinceFigure = { label: string; unit: string; text: string | null; value: TDecimal | null };

/** One approved partner-enterprise report as the college report uses it (amounts in 万元, as strings). */
export type PartnerRow = {
  id: string;
  slug: string;
  name: string;
  industry: string;
  studentsTaken: number;
  jointProgrammes: number;
  equipmentInvestment: string;
  trainingInvestment: string;
  jobsOffered: number;
};

export const SLUG_OF: Record<ModelName, string> = Object.fromEntries(RECORD_KINDS.map((k) => [k.model, k.slug])) as Record<
  ModelName,
  string
>;

const KIND_OF = new Map(RECORD_KINDS.map((k) => [k.model, k]));

/** A record behind a number, named by its kind's declared title (the 数据来源 of tables, charts and tokens). */
export function sourceOf(model: ModelName, row: Row): SourceRef {
  const kind = KIND_OF.get(model);
  const label = kind ? recordTitle(kind, row) : row.id;
  return { kind: SLUG_OF[model], id: row.id, year: row.year, label, ...(row.unapproved ? { unapproved: true as const } : {}) };
}

/** Rows of one model for one year. */
export function rowsOf(data: Pick<ReportData, "rows">, model: ModelName, year: number): Row[] {
  return data.rows[model].filter((r) => r.year === year);
}

/** A value as a row holds it (toJsonRecord): Decimals and dates as strings. */
type JsonOf<T> = T extends Prisma.Decimal | Date ? string : T extends (infer U)[] ? JsonOf<U>[] : T;
type ScalarsOf<M extends ModelName> = Prisma.TypeMap["model"][Capitalize<M>]["payload"]["scalars"];
/** JSON columns whose shape the kind declares (lib/records/declare.ts). */
type JsonColumns = { competitionAward: { prizes: TPrize[] } };

/**
 * One row of a kind as the report reads it, typed from the kind's Prisma model (one source: the
 * schema), so tables and tokens read `r.graduates` as a number without casting.
 */
export type RowOf<M extends ModelName> = Row &
  Omit<{ [K in keyof ScalarsOf<M>]: JsonOf<ScalarsOf<M>[K]> }, "id" | "year" | keyof JsonColumns[keyof JsonColumns]> &
  (M extends keyof JsonColumns ? JsonColumns[M] : unknown) & { topic: string | null };

/** Not filled in: null, or an empty entry (a pending revision's form value). */
export const isBlank = (v: unknown) => v == null || v === "";

/**
 * Every row of one model (both years), typed. The one place rows get their kind's type: they were
 * loaded from that kind's table (loadReportData files each record under its model), so the shape holds.
 */
export function rowsOfKind<M extends ModelName>(data: Pick<ReportData, "rows">, model: M): RowOf<M>[] {
  return data.rows[model] as RowOf<M>[];
}

/** Rows of one model for one year, typed (rowsOfKind). */
export function yearRowsOf<M extends ModelName>(data: Pick<ReportData, "rows">, model: M, year: number): RowOf<M>[] {
  return rowsOfKind(data, model).filter((r) => r.year === year);
}
