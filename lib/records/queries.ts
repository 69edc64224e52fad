import "server-only";
import { db } from "../server/db";
import { RECORD_KINDS } from "./kinds";

/** Reads for the public pages: report years, the institution, approved-record counts. */

type Where = Record<string, unknown>;
type Counter = { count(args: { where: Where }): Promise<number> };

export async function countApprovedByKind(year?: number) {
  const where: Where = { status: "APPROVED", ...(year ? { year } : {}) };
  const counts = await Promise.all(RECORD_KINDS.map((k) => (db() as unknown as Record<string, Counter>)[k.model].count({ where })));
  return new Map(RECORD_KINDS.map((k, i) => [k.slug, counts[i]]));
}

export function listReportYears() {
  return db().reportYear.findMany({ orderBy: { year: "desc" } });
}

export function institution() {
  return db().institution.findFirst({ orderBy: { createdAt: "asc" } });
}
