/**
 * The ReportDocument: a plain, JSON-serialisable picture of one year's report, assembled from the
 * database by build.ts. A published edition stores it frozen (ReportEdition.document); the web
 * page and the PDF render it without touching records again.
 */

import type { Declaration } from "./declaration";
import { anchorOf } from "../../site/anchors";

/** Bumped when the shape changes in a way old editions cannot be rendered with. */
export const DOCUMENT_FORMAT = 1;

export type ReportMode = "approved" | "preview";

/** A record a number or row came from, for tracing (item 9) and for the consistency panel. */
export type SourceRef = {
  /** Record kind slug (lib/records/kinds.ts), e.g. "employment". */
  kind: string;
  id: string;
  year: number;
  /** A short text naming the record, e.g. the competition or the indicator label. */
  label: string;
  /** Set in preview when the record (or its pending revision) is not approved yet. */
  unapproved?: true;
};

export type TableRow = {
  id: string;
  cells: string[];
  sources: SourceRef[];
  /** Rows with the same group share a first cell printed once (表2's 专业群). */
  group?: string;
  unapproved?: true;
  /** A computed total or summary row. */
  total?: true;
  /** The records last year's value (year-over-year columns) came from. */
  lastYearSources?: SourceRef[];
  /** An indicator-table row's numbers by its stable code (lib/report/engine/indicator-tables.ts). */
  indicator?: IndicatorValues;
};

/**
 * The numbers behind an indicator-table row for the report's year: the value as printed, and for
 * a rate its numerator and denominator (a province divides their sums; a rate is never averaged).
 * Missing is null, never 0; a row that does not apply (its pack's skipWhen) has applies false.
 */
export type IndicatorValues = {
  code: string;
  basis: "cohort" | "schoolYear" | "calendarYear";
  /** 「2024届」「2023-2024学年」「2024年」. */
  period: string;
  applies: boolean;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
};

export type TableBlock = {
  type: "table";
  /** The block name (e.g. "table:majors") or indicator table key. */
  key: string;
  /** 表N; 0 until numbered. */
  number: number;
  caption: string;
  columns: string[];
  /** Header of the group column when rows are grouped (表2: 专业群名称). */
  groupColumn?: string;
  rows: TableRow[];
  note?: string;
  /** Set when the table compares with last year: the index of the first comparison column (last year's value, then the change). */
  lastYear?: { year: number; column: number };
};

export type FigureBlock = {
  type: "figure";
  id: string;
  /** 图N; 0 until numbered. */
  number: number;
  caption: string;
  alt: string;
  /** Inline SVG: a chart rendered on the server, or a placeholder for a photo not uploaded. */
  svg?: string;
  /** An uploaded image. */
  src?: string;
  placeholder?: true;
  chart?: string;
  sources: SourceRef[];
  unapproved?: true;
};

/** A case's source kind when it is a college's case in a province's pool (a provincial report's 典型案例), not a record here. */
export const POOLED_CASE_KIND = "pooled-case";

export type CaseBlock = {
  type: "case";
  id: string;
  /** 案例N; 0 until numbered. */
  number: number;
  title: string;
  subtitle?: string;
  html: string;
  figures: FigureBlock[];
  source: SourceRef;
  unapproved?: true;
};

export type HighlightItem = { text: string; sources: SourceRef[]; unapproved?: true };
export type HighlightsBlock = { type: "highlights"; groups: { title: string; items: HighlightItem[] }[] };

/**
 * Approved data of a section that no narrative token quotes and no table, chart or case shows,
 * listed at the section's end so nothing approved is silently left out (lib/report/engine/other-data.ts).
 * Its indicator table is not numbered: 表N stays the numbering of the data tables the text cites.
 */
export type OtherDataItem = { text: string; source: SourceRef };
export type OtherDataBlock = { type: "other-data"; indicators: TableBlock | null; records: OtherDataItem[] };

export type Block = TableBlock | FigureBlock | CaseBlock | HighlightsBlock | OtherDataBlock;

/** A value a narrative quoted through a token, with the records it was computed from. */
export type TracedValue = { token: string; label: string; text: string; unit: string; sources: SourceRef[] };

export type ReportSection = {
  key: string;
  /** CSS-safe anchor id: sec-student-party, ch-student. */
  anchor: string;
  level: 1 | 2;
  number: string;
  title: string;
  html: string;
  blocks: Block[];
  traced: TracedValue[];
  sections: ReportSection[];
};

export type TocEntry = { anchor: string; label: string; level: 1 | 2 };

export type ReportDocument = {
  format: typeof DOCUMENT_FORMAT;
  year: number;
  academicYear: string;
  institution: string;
  /** The college's logo as a stored file id (served at /files/{id}/web), when it has one. */
  logoFileId?: string | null;
  title: string;
  templateKey: string;
  mode: ReportMode;
  generatedAt: string;
  toc: TocEntry[];
  chapters: ReportSection[];
  /** Indicator tables (附录), numbered after the body's tables. */
  appendix: TableBlock[];
  counts: { tables: number; figures: number; cases: number; unapproved: number };
  /** The year's headline figures as printed, for comparing published years (home page). Absent in editions published before it existed. */
  headline?: HeadlineFigure[];
  /** 真实性责任声明, printed after the cover (editions published before it existed have none). */
  declaration?: Declaration;
};

/** A headline figure as printed this year, and last year's from last year's approved records (null: no data). */
export type HeadlineFigure = { token: string; label: string; unit: string; text: string | null; lastYear: string | null };

/** How a figure nobody entered prints in every output (a table cell, a narrative value, a change): never 0. */
export const MISSING = "—";

export { anchorOf };

/** "天津城市职业学院2022年度质量报告": the running header and title of the PDF and the Word document. */
export function reportFullTitle(doc: Pick<ReportDocument, "title" | "institution">): string {
  return doc.title.includes(doc.institution) ? doc.title : `${doc.institution}${doc.title}`;
}

/**
 * A stored edition's document (ReportEdition.document, JSON): build() wrote it in DOCUMENT_FORMAT
 * and an edition never changes afterwards, so JSON in this format is the document it was.
 */
export function isStoredDocument(json: unknown): json is ReportDocument {
  return typeof json === "object" && json !== null && "format" in json && json.format === DOCUMENT_FORMAT;
}

export function storedDocument(json: unknown): ReportDocument {
  if (!isStoredDocument(json)) throw new Error(`a stored edition is not a report document of format ${DOCUMENT_FORMAT}`);
  return json;
}
