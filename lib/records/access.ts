import "server-only";
import { z } from "zod";
import type { MaybeActor } from "../auth/actor";
import { mayOnRecord, readableWhere } from "../auth/policy";
import { bi } from "../i18n/bilingual";
import { AppError } from "../errors";
import { db } from "../server/db";
import { toJsonRecord } from "./db-data";
import type { RecordKind } from "./kinds";

/** Reads of records on behalf of an actor; the scope is part of every query's `where`. */

type Delegate = {
  findMany(args: unknown): Promise<Record<string, unknown>[]>;
  count(args: unknown): Promise<number>;
};
const delegateOf = (kind: RecordKind) => (db() as unknown as Record<string, Delegate>)[kind.model];

export const ZListFilters = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(["DRAFT", "SUBMITTED", "APPROVED", "RETURNED"]).optional(),
  departmentId: z.string().max(40).optional(),
  level: z.string().max(20).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.string().max(40).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TListFilters = z.infer<typeof ZListFilters>;

export function parseFilters(params: URLSearchParams | Record<string, string | undefined>): TListFilters {
  const raw = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "" && v !== undefined));
  const parsed = ZListFilters.safeParse(cleaned);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? bi("筛选条件无效", "invalid filters"));
  return parsed.data;
}

export function listWhere(actor: MaybeActor, kind: RecordKind, f: TListFilters): Record<string, unknown> {
  const and: Record<string, unknown>[] = [readableWhere(actor)];
  if (f.year) and.push({ year: f.year });
  if (f.status) and.push({ status: f.status });
  if (f.departmentId) and.push({ departmentId: f.departmentId });
  if (f.level && kind.columns.some((c) => c.field === "level")) and.push({ level: f.level });
  if (f.q) and.push({ OR: kind.searchFields.map((field) => ({ [field]: { contains: f.q, mode: "insensitive" } })) });
  return { AND: and };
}

export async function listRecords(options: { actor: MaybeActor; kind: RecordKind; filters: TListFilters }) {
  const { actor, kind, filters } = options;
  const where = listWhere(actor, kind, filters);
  const sortable = new Set(["year", "status", "updatedAt", "createdAt", "sortOrder", ...kind.columns.map((c) => c.field)]);
  const orderBy = filters.sort && sortable.has(filters.sort)
    ? [{ [filters.sort]: filters.dir ?? "asc" }, { id: "asc" }]
    : [{ year: "desc" }, { sortOrder: "asc" }, { createdAt: "asc" }];
  const d = delegateOf(kind);
  const [rows, total] = await Promise.all([
    d.findMany({ where, orderBy, skip: (filters.page - 1) * filters.pageSize, take: filters.pageSize }),
    d.count({ where }),
  ]);
  return { rows, total, page: filters.page, pageSize: filters.pageSize };
}

const PRIVATE_FIELDS = ["pending", "revisionStatus", "returnReason", "authorId"];

/** A record as JSON for this actor: workflow internals only for those who may see drafts. */
export function presentRecord(record: Record<string, unknown>, actor: MaybeActor): Record<string, unknown> {
  const json = toJsonRecord(record);
  const privileged = mayOnRecord(actor, "history", record as { departmentId: string });
  if (!privileged) for (const f of PRIVATE_FIELDS) delete json[f];
  return json;
}

/** The photos (figures) of a case that the actor may read: another department's drafts stay hidden. */
export async function casePhotos(options: { actor: MaybeActor; caseId: string }) {
  return db().figure.findMany({
    where: { AND: [{ caseId: options.caseId }, readableWhere(options.actor)] },
    select: { id: true, caption: true, fileId: true, status: true }, orderBy: { createdAt: "asc" },
  });
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
