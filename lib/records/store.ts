import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { ModelName, RecordKind } from "./kinds";
import { MODEL_NAMES } from "./declare";

/**
 * Typed access to records: every record is a `Record` row (the workflow) plus one row of its
 * kind's table (the fields), both reached through `client.record` and its one-to-one relation
 * named after the kind's model. Callers see one flat object, as before the split.
 */
export type Client = PrismaClient | Prisma.TransactionClient;

export { MODEL_NAMES };

/** Fields of a kind's declaration that live on the Record row rather than the kind's table. */
export const RECORD_LEVEL_FIELDS = ["topic"] as const;

/** `include` for one kind's fields. */
export function includeKind(kind: RecordKind): Prisma.RecordInclude {
  return { [kind.model]: true };
}

/** `include` for every kind's fields (cross-kind views: review queue, report). */
export const ALL_KINDS_INCLUDE: Prisma.RecordInclude = Object.fromEntries(MODEL_NAMES.map((m) => [m, true]));

/** A condition on the kind's own fields, e.g. `{ level: "NATIONAL" }`, as a Record filter. */
export function whereKindFields(kind: RecordKind, where: Record<string, unknown>): Prisma.RecordWhereInput {
  return { [kind.model]: { is: where } };
}

/** Only live records of one kind (soft-deleted ones are gone for every reader). */
export function ofKind(kind: RecordKind): Prisma.RecordWhereInput {
  return { kind: kind.model, deletedAt: null };
}

export type FlatRecord = Record<string, unknown> & {
  id: string;
  recordKind: ModelName;
  year: number;
  departmentId: string;
  status: string;
  version: number;
  revisionStatus: string | null;
  pending: unknown;
  returnReason: string | null;
  highlight: boolean;
  sortOrder: number;
  topic: string | null;
  authorId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

type Loaded = { kind: string } & { [key: string]: unknown };

/**
 * Record row + its kind's row → one object. The record's `kind` becomes `recordKind`, because
 * some kinds have a field of that name (Figure.kind).
 */
export function flatten(row: Loaded): FlatRecord {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k !== "kind" && !(MODEL_NAMES as readonly string[]).includes(k)) out[k] = v;
  const own = row[row.kind];
  const fields = own && typeof own === "object" ? { ...(own as Record<string, unknown>) } : {};
  delete fields.id;
  delete fields.year;
  return { ...out, recordKind: row.kind, ...fields } as FlatRecord;
}

/** Form/zod data → what goes on the Record row and what goes in the kind's table. */
export function splitData(kind: RecordKind, data: Record<string, unknown>) {
  const record: { topic?: string | null } = {};
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === "topic") record.topic = (v as string | null | undefined) ?? null;
    else fields[k] = v;
  }
  return { record, fields };
}

/**
 * The kind table's row for a new record written directly (the bulk import). The Indicator table
 * repeats the year (keys are looked up per year; a composite foreign key keeps it equal to the record's).
 */
export function kindCreate(kind: RecordKind, fields: Record<string, unknown>, year: number) {
  return kind.model === "indicator" ? { ...fields, year } : fields;
}

/** Nested write of a record's kind row, as part of a Record create/update. */
export function nestedKind(kind: RecordKind, op: "create" | "update", fields: Record<string, unknown>) {
  return { [kind.model]: { [op]: fields } };
}

/** Scalar columns per table, from Prisma's own model: the bulk insert writes no other names. */
export const TABLE_COLUMNS: Record<string, Record<string, string>> = {
  Record: Prisma.RecordScalarFieldEnum,
  AuditLog: Prisma.AuditLogScalarFieldEnum,
  Honour: Prisma.HonourScalarFieldEnum,
  CompetitionAward: Prisma.CompetitionAwardScalarFieldEnum,
  HostedCompetition: Prisma.HostedCompetitionScalarFieldEnum,
  Course: Prisma.CourseScalarFieldEnum,
  Textbook: Prisma.TextbookScalarFieldEnum,
  CertificatePilot: Prisma.CertificatePilotScalarFieldEnum,
  Major: Prisma.MajorScalarFieldEnum,
  EmploymentStat: Prisma.EmploymentStatScalarFieldEnum,
  FundingItem: Prisma.FundingItemScalarFieldEnum,
  ResearchProject: Prisma.ResearchProjectScalarFieldEnum,
  TeachingAchievementAward: Prisma.TeachingAchievementAwardScalarFieldEnum,
  LubanWorkshop: Prisma.LubanWorkshopScalarFieldEnum,
  LubanActivity: Prisma.LubanActivityScalarFieldEnum,
  SocialTraining: Prisma.SocialTrainingScalarFieldEnum,
  Case: Prisma.CaseScalarFieldEnum,
  Figure: Prisma.FigureScalarFieldEnum,
  Indicator: Prisma.IndicatorScalarFieldEnum,
};

export const tableOf = (kind: RecordKind) => kind.model[0]!.toUpperCase() + kind.model.slice(1);

/** Inserts rows into a table in one statement; every key must be a scalar field of its model. */
export async function insertRows(tx: Prisma.TransactionClient, table: string, rows: Record<string, unknown>[]): Promise<number> {
  if (!rows.length) return 0;
  const fields = TABLE_COLUMNS[table];
  if (!fields) throw new Error(`unknown table ${table}`);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  for (const c of columns) if (fields[c] !== c) throw new Error(`unknown field ${table}.${c}`);
  const list = columns.map((c) => `"${c}"`).join(", ");
  return tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    JSON.stringify(rows),
  );
}
