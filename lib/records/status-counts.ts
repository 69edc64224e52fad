import "server-only";
import type { MaybeActor } from "../auth/actor";
import { readableWhere } from "../auth/policy";
import { db } from "../server/db";
import { RECORD_KINDS, type RecordKind } from "./kinds";

type GroupBy = { groupBy(args: unknown): Promise<{ status: string; _count: { _all: number } }[]> };

/** Records per status of each kind within the actor's scope (and a department, for staff). */
export async function statusCounts(options: { actor: MaybeActor; year?: number; departmentId?: string; kinds?: readonly RecordKind[] }) {
  const kinds = options.kinds ?? RECORD_KINDS;
  const where = { AND: [readableWhere(options.actor), options.year ? { year: options.year } : {},
    options.departmentId ? { departmentId: options.departmentId } : {}] };
  const groups = await Promise.all(kinds.map((k) =>
    (db() as unknown as Record<string, GroupBy>)[k.model].groupBy({ by: ["status"], where, _count: { _all: true } })));
  return new Map(kinds.map((k, i) => [k.slug, Object.fromEntries(groups[i].map((g) => [g.status, g._count._all])) as Record<string, number>]));
}
