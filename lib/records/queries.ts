import "server-only";
import { db } from "../server/db";
import { RECORD_KINDS, type RecordKind } from "./kinds";

/** Reads of public data: APPROVED records only. The status filter lives in the query itself. */

type Where = Record<string, unknown>;
type Delegate = {
  findMany(args: { where: Where; orderBy: unknown; skip?: number; take?: number }): Promise<Record<string, unknown>[]>;
  count(args: { where: Where }): Promise<number>;
};

export function delegate(kind: RecordKind): Delegate {
  return (db() as unknown as Record<string, Delegate>)[kind.model];
}

export const PAGE_SIZE = 50;

export async function listApprovedRecords(options: { kind: RecordKind; year?: number; q?: string; page?: number }) {
  const { kind, year, q } = options;
  const page = Math.max(1, options.page ?? 1);
  const where: Where = { status: "APPROVED" };
  if (year) where.year = year;
  if (q) where.OR = kind.searchFields.map((f) => ({ [f]: { contains: q, mode: "insensitive" } }));
  const d = delegate(kind);
  const [rows, total] = await Promise.all([
    d.findMany({ where, orderBy: [{ year: "desc" }, { sortOrder: "asc" }, { createdAt: "asc" }],
      skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    d.count({ where }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function countApprovedByKind(year?: number) {
  const where: Where = { status: "APPROVED", ...(year ? { year } : {}) };
  const counts = await Promise.all(RECORD_KINDS.map((k) => delegate(k).count({ where })));
  return new Map(RECORD_KINDS.map((k, i) => [k.slug, counts[i]]));
}

export function listReportYears() {
  return db().reportYear.findMany({ orderBy: { year: "desc" } });
}

export function institution() {
  return db().institution.findFirst({ orderBy: { createdAt: "asc" } });
}
