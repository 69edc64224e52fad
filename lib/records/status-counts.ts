import "server-only";
import type { MaybeActor } from "../auth/actor";
import { readableWhere } from "../auth/policy";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { db } from "../server/db";
import { RECORD_KINDS, type RecordKind } from "./kinds";

/** Records per status of each kind within the actor's scope (and a department, for staff): one query. */
export async function statusCounts(options: {
  actor: MaybeActor;
  year?: number;
  departmentId?: string;
  kinds?: readonly RecordKind[];
  /** Further conditions (the dashboard's links: a status, a section's topics). */
  where?: Prisma.RecordWhereInput;
  prisma?: PrismaClient;
}) {
  const kinds = options.kinds ?? RECORD_KINDS;
  const groups = await (options.prisma ?? db()).record.groupBy({
    by: ["kind", "status"],
    where: {
      AND: [
        { deletedAt: null, kind: { in: kinds.map((k) => k.model) } },
        readableWhere(options.actor),
        options.year ? { year: options.year } : {},
        options.departmentId ? { departmentId: options.departmentId } : {},
        options.where ?? {},
      ],
    },
    _count: { _all: true },
  });
  return new Map(
    kinds.map((k) => [
      k.slug,
      Object.fromEntries(groups.filter((g) => g.kind === k.model).map((g) => [g.status, g._count._all])) as Record<string, number>,
    ]),
  );
}
