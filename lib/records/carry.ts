import { auditRow } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { RECORD_KINDS, type RecordKind } from "./kinds";
import { flatten, includeKind, insertRows, kindCreate, tableOf } from "./store";

/**
 * 沿用上年: when a report year is opened by continuing the one before, every approved record of a
 * carried kind (a major, a Luban Workshop, a course or textbook in use: `carried` in its
 * declaration) becomes a DRAFT of the new year, of the same department and author, pointing back
 * at its origin (`carriedFromId`). The department then enters the year's own figures and
 * submits it, updates it further, or deletes it. Runs inside the transaction that opens the year.
 */
export const CARRIED_KINDS: readonly RecordKind[] = RECORD_KINDS.filter((k) => k.carried);

/**
 * The kind-table values of next year's draft: the fields declared `carried` as they were, the
 * others (a year's counts, its change, a note) empty. Not their declared default: a default 0 or
 * 保留 in a draft the department confirms unread would reach the report as a figure nobody
 * entered; empty, it prints as "—" and blocks the submit until filled (missingYearFigures).
 */
export function carriedValues(kind: RecordKind, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, decl] of Object.entries(kind.fields)) {
    if (name === "topic") continue; // on the Record row
    out[name] = decl.carried ? (row[name] ?? null) : null;
  }
  return out;
}

/** The fields a kind declares as figures of the year itself (`yearly`), in form order. */
export function yearFigures(kind: RecordKind): string[] {
  return Object.entries(kind.fields)
    .filter(([, decl]) => decl.yearly)
    .map(([name]) => name);
}

const isMissing = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The year's own figures (`yearly`) that `values` (a record's flat fields) leave empty. */
export function missingYearFigures(kind: RecordKind, values: Record<string, unknown>): string[] {
  return yearFigures(kind).filter((name) => isMissing(values[name]));
}

/**
 * The refusal of a carried draft submitted without this year's figures: 「沿用上年：请填写本年度的
 * 招生人数、培训人数」, with each field's message under its name for the form. Kept apart from the
 * kind's schema (which lets a new record leave them empty): a carried draft is a claim about this
 * year, and submitting one untouched must not confirm last year's record with holes in it.
 */
export function assertYearFiguresFilled(kind: RecordKind, record: Record<string, unknown>): void {
  if (!record.carriedFromId) return;
  const missing = missingYearFigures(kind, record);
  if (!missing.length) return;
  const zh = missing.map((name) => kind.fields[name]!.zh);
  const en = missing.map((name) => kind.fields[name]!.en.toLowerCase());
  throw new AppError(
    "INVALID",
    bi(`沿用上年：请填写本年度的${zh.join("、")}`, `carried from last year: enter this year's ${en.join(", ")}`),
    Object.fromEntries(missing.map((name, i) => [name, [bi(`请填写本年度的${zh[i]}`, `enter this year's ${en[i]}`)]])),
  );
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
      data: origins.map((origin) =>
        auditRow({
          actor: options.actor ?? null,
          action: "CARRY",
          entityType: kind.model,
          entityId: newId.get(origin.id)!,
          recordId: newId.get(origin.id)!,
          ip: options.ip ?? null,
          changes: { carriedFrom: { before: null, after: origin.id }, year: { before: fromYear, after: toYear } },
        }),
      ),
    });
    carried += origins.length;
  }
  return carried;
}
