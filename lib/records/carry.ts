import type { AuditAction } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";
import { RECORD_KINDS, type RecordKind } from "./kinds";
import { flatten, includeKind, insertRows, kindCreate, tableOf } from "./store";

/**
 * 沿用上年: when a report year is opened by continuing the one before, every approved record of a
 * carried kind (a major, a Luban Workshop, a course or textbook in use: `carried` in its
 * declaration) becomes a DRAFT of the new year, of the same department and author, pointing back
 * at its origin (`carriedFromId`). The department then confirms it (submits it as it is),
 * updates it, or deletes it. Runs inside the transaction that opens the year.
 */
export const CARRIED_KINDS: readonly RecordKind[] = RECORD_KINDS.filter((k) => k.carried);

/**
 * The kind-table values of next year's draft: the fields declared `carried` as they were, the
 * others (a year's counts, its change, a note) at their declared default or empty.
 */
export function carriedValues(kind: RecordKind, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, decl] of Object.entries(kind.fields)) {
    if (name === "topic") continue; // on the Record row
    if (decl.carried) {
      out[name] = row[name] ?? null;
    } else {
      const fresh = decl.schema.safeParse(undefined);
      out[name] = fresh.success ? (fresh.data ?? null) : null;
    }
  }
  return out;
}

export async function carryStandingRecords(options: {
  tx: Prisma.TransactionClient;
  actor: MaybeActor;
  ip?: string | null;
  fromYear: number;
  toYear: number;
}): Promise<number> {
  const { tx, fromYear, toYear } = options;
  let carried = 0;
  for (const kind of CARRIED_KINDS) {
    const origins = await tx.record.findMany({
      where: {
        kind: kind.model,
        year: fromYear,
        status: "APPROVED",
        deletedAt: null,
        // Once carried, never again (the unique carriedFromId says the same in the database).
        carriedInto: { none: {} },
        // A deactivated department takes no new records.
        department: { active: true },
      },
      include: includeKind(kind),
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    });
    if (!origins.length) continue;
    // Three statements per kind, however many records: the year opens in one short transaction.
    const created = await tx.record.createManyAndReturn({
      data: origins.map((origin) => ({
        kind: kind.model,
        year: toYear,
        departmentId: origin.departmentId,
        authorId: origin.authorId,
        status: "DRAFT" as const,
        topic: origin.topic,
        sortOrder: origin.sortOrder,
        carriedFromId: origin.id,
      })),
      select: { id: true, carriedFromId: true },
    });
    const newId = new Map(created.map((c) => [c.carriedFromId, c.id]));
    // The kind's rows go in through the import's checked bulk insert (names checked against Prisma's model).
    await insertRows(
      tx,
      tableOf(kind),
      origins.map((origin) => ({ ...kindCreate(kind, carriedValues(kind, flatten(origin)), toYear), id: newId.get(origin.id) })),
    );
    await tx.auditLog.createMany({
      data: origins.map((origin) => ({
        actorId: options.actor?.id ?? null,
        actorName: options.actor?.displayName ?? null,
        action: "CARRY" satisfies AuditAction,
        entityType: kind.model,
        entityId: newId.get(origin.id)!,
        recordId: newId.get(origin.id)!,
        ip: options.ip ?? null,
        changes: { carriedFrom: { before: null, after: origin.id }, year: { before: fromYear, after: toYear } },
      })),
    });
    carried += origins.length;
  }
  return carried;
}
