import "server-only";
import { z } from "zod";
import type { MaybeActor } from "../auth/actor";
import { deny, mayOnRecord, readableWhere } from "../auth/policy";
import { bi } from "../i18n/bilingual";
import { AppError } from "../errors";
import { db } from "../server/db";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { toJsonRecord } from "./db-data";
import { RECORD_KINDS, type RecordKind } from "./kinds";
import { publicRecord } from "./public-fields";
import { LEVELS } from "./schema";
import { flatten, includeKind, ofKind, whereKindFields } from "./store";
import { RECORD_STATUSES } from "../workflow/states";

/** Reads of records on behalf of an actor; the scope is part of every query's `where`. */

export const ZListFilters = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(RECORD_STATUSES).optional(),
  departmentId: z.string().max(40).optional(),
  level: z.string().max(20).optional(),
  /** Report topics, comma-separated (the completeness dashboard links a section's records). */
  topic: z
    .string()
    .regex(/^[a-z][\w.]*(,[a-z][\w.]*)*$/)
    .max(400)
    .optional(),
  q: z.string().trim().max(100).optional(),
  /** 「已删除」: the soft-deleted records instead of the live ones (admins only). */
  deleted: z.enum(["1"]).optional(),
  /** 「沿用上年」: only records carried from last year. */
  carried: z.enum(["1"]).optional(),
  sort: z.string().max(40).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TListFilters = z.infer<typeof ZListFilters>;

/** A refused query parameter: 400, with the parameter named in the message and in fieldErrors. */
function badParameter(field: string): AppError {
  const message = bi(`查询参数「${field}」无效`, `invalid query parameter "${field}"`);
  return new AppError("INVALID", message, { [field]: [message] });
}

export function parseFilters(params: URLSearchParams | Record<string, string | undefined>, kind?: RecordKind): TListFilters {
  const raw = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "" && v !== undefined));
  const parsed = ZListFilters.safeParse(cleaned);
  if (!parsed.success) throw badParameter(String(parsed.error.issues[0]?.path[0] ?? "query"));
  if (kind) checkKindFilters(kind, parsed.data);
  return parsed.data;
}

/** Filters on a kind's own fields must name values the field can hold (an enum column refuses others). */
function checkKindFilters(kind: RecordKind, f: TListFilters) {
  if (!f.level) return;
  const column = kind.columns.find((c) => c.field === "level");
  if (!column || (column.format === "level" && !(LEVELS as readonly string[]).includes(f.level))) throw badParameter("level");
}

export function listWhere(actor: MaybeActor, kind: RecordKind, f: TListFilters): Prisma.RecordWhereInput {
  checkKindFilters(kind, f);
  if (f.deleted && !mayOnRecord(actor, "restore", { departmentId: f.departmentId ?? "" })) deny(actor);
  const and: Prisma.RecordWhereInput[] = [f.deleted ? { kind: kind.model, deletedAt: { not: null } } : ofKind(kind), readableWhere(actor)];
  if (f.carried) and.push({ carriedFromId: { not: null } });
  if (f.year) and.push({ year: f.year });
  if (f.status) and.push({ status: f.status });
  if (f.departmentId) and.push({ departmentId: f.departmentId });
  if (f.level) and.push(whereKindFields(kind, { level: f.level }));
  if (f.topic) and.push({ topic: { in: f.topic.split(",") } });
  if (f.q) and.push(whereKindFields(kind, { OR: kind.searchFields.map((field) => ({ [field]: { contains: f.q, mode: "insensitive" } })) }));
  return { AND: and };
}

/** The page of a list (same filters and order as listRecords) that holds a record; 1 when it is not there. */
export async function pageOfRecord(options: {
  actor: MaybeActor;
  kind: RecordKind;
  filters: TListFilters;
  id: string;
  prisma?: PrismaClient;
}) {
  const where = listWhere(options.actor, options.kind, options.filters);
  const ids = await (options.prisma ?? db()).record.findMany({
    where,
    orderBy: listOrder(options.kind, options.filters),
    select: { id: true },
  });
  const index = ids.findIndex((r) => r.id === options.id);
  return index < 0 ? 1 : Math.floor(index / options.filters.pageSize) + 1;
}

function listOrder(kind: RecordKind, filters: TListFilters): Prisma.RecordOrderByWithRelationInput[] {
  const onRecord = new Set(["year", "status", "updatedAt", "createdAt", "sortOrder", "topic"]);
  const sortable = new Set([...onRecord, ...kind.columns.map((c) => c.field)]);
  const dir = filters.dir ?? "asc";
  return filters.sort && sortable.has(filters.sort)
    ? [onRecord.has(filters.sort) ? { [filters.sort]: dir } : { [kind.model]: { [filters.sort]: dir } }, { id: "asc" }]
    : [{ year: "desc" }, { sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }];
}

export async function listRecords(options: { actor: MaybeActor; kind: RecordKind; filters: TListFilters; prisma?: PrismaClient }) {
  const { actor, kind, filters } = options;
  const prisma = options.prisma ?? db();
  const where = listWhere(actor, kind, filters);
  const orderBy = listOrder(kind, filters);
  const [rows, total] = await Promise.all([
    prisma.record.findMany({
      where,
      orderBy,
      include: includeKind(kind),
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
    }),
    prisma.record.count({ where }),
  ]);
  return { rows: rows.map(flatten), total, page: filters.page, pageSize: filters.pageSize };
}

const PRIVATE_FIELDS = ["pending", "revisionStatus", "returnReason", "authorId"];
const INTERNAL_FIELDS = ["recordKind", "deletedAt"];

/** A record as JSON for this actor: workflow internals only for those who may see drafts. */
export function presentRecord(record: Record<string, unknown>, actor: MaybeActor): Record<string, unknown> {
  const privileged = mayOnRecord(actor, "history", record as { departmentId: string });
  // Whoever may not see the record's workflow (the public, another department) sees its public fields only.
  const kind = RECORD_KINDS.find((k) => k.model === record.recordKind);
  if (!privileged && kind) return publicRecord(kind, record);
  const json = toJsonRecord(record);
  for (const f of INTERNAL_FIELDS) delete json[f];
  if (!privileged) for (const f of PRIVATE_FIELDS) delete json[f];
  if (actor?.role !== "ADMIN") delete json.authorId; // other users' ids are shown to admins only

  return json;
}

/**
 * What a record page shows: the approved values, plus the pending revision and the return
 * reason only for those who may see the record's history (its department and reviewers).
 * Anyone else reading an approved record sees exactly what the public sees.
 */
export function recordView(record: Record<string, unknown> & { departmentId: string; status: string }, actor: MaybeActor) {
  const privileged = mayOnRecord(actor, "history", record);
  const values = toJsonRecord(record);
  const pending = privileged && record.revisionStatus && record.pending ? (record.pending as Record<string, unknown>) : null;
  return {
    privileged,
    values: pending ? { ...values, ...pending } : values,
    revisionStatus: privileged ? (record.revisionStatus as string | null) : null,
    returnReason: privileged ? (record.returnReason as string | null) : null,
  };
}
