import "server-only";
import { db } from "../server/db";
import { RECORD_KINDS } from "./kinds";

/** Reads for the public pages: report years, the institution, approved-record counts. */

/** Approved records per kind: one grouped query over the Record table. */
export async function countApprovedByKind(year?: number) {
  const groups = await db().record.groupBy({
    by: ["kind"],
    where: { status: "APPROVED", deletedAt: null, ...(year ? { year } : {}) },
    _count: { _all: true },
  });
  const byModel = new Map(groups.map((g) => [g.kind, g._count._all]));
  return new Map(RECORD_KINDS.map((k) => [k.slug, byModel.get(k.model) ?? 0]));
}

/**
 * Approved records per kind matching a search (the public /records box searches every kind, each
 * in its own search fields): one count per kind, the same filter as the kind's list.
 */
export async function countApprovedMatching(q: string, year?: number) {
  const { listWhere } = await import("./access");
  const counts = await Promise.all(
    RECORD_KINDS.map((k) => db().record.count({ where: listWhere(null, k, { q, year, page: 1, pageSize: 1 }) })),
  );
  return new Map(RECORD_KINDS.map((k, i) => [k.slug, counts[i] ?? 0]));
}

export function listReportYears() {
  return db().reportYear.findMany({ orderBy: { year: "desc" } });
}

export function institution() {
  return db().institution.findFirst({ orderBy: { createdAt: "asc" } });
}
