import "server-only";
import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { changedFields } from "../audit/log";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { RECORD_KINDS, type RecordKind } from "../records/kinds";
import { storedValues } from "../records/write";
import { ALL_KINDS_INCLUDE, flatten, includeKind } from "../records/store";
import { db } from "../server/db";
import { recordTitle } from "../records/declare";
import { fieldText } from "../records/format";
import { reviewChain } from "./chain";
import type { Lang } from "../i18n/define";

export type QueueItem = {
  kind: RecordKind;
  id: string;
  version: number;
  year: number;
  departmentId: string;
  title: string;
  updatedAt: Date;
  revision: boolean;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  /** A revision side by side: every form field, approved value → revised value, in words. */
  diff: DiffRow[] | null;
  /** The department head who passed this submission, and when (with the department-review step on). */
  deptApproved: { by: string; at: Date } | null;
  /** Who submitted it (display name; "" when the log does not say) and when (its latest 提交). */
  submitter: string;
  submittedAt: Date;
  /** The kind's declared key figures in words (a revision's: the revised values); "—" when empty. */
  figures: KeyFigure[];
};

export type KeyFigure = { field: string; label: string; text: string };

/** The kind's key figures (declared in lib/records/kinds.ts) of one record, as a reviewer reads them. */
export function keyFigures(kind: RecordKind, values: Record<string, unknown>, lang: Lang = "zh"): KeyFigure[] {
  return kind.keyFigures.map((name) => ({
    field: name,
    label: kind.fields[name]?.[lang] ?? name,
    text: fieldText(kind, name, values[name], { lang, row: values }) || "—",
  }));
}

export type DiffRow = { field: string; label: string; before: string; after: string; changed: boolean };

/** The approved values against the pending revision, field by field as the form lists them. */
export function revisionDiff(
  kind: RecordKind,
  approved: Record<string, unknown>,
  pending: Record<string, unknown>,
  lang: Lang = "zh",
): DiffRow[] {
  const changed = changedFields(approved, pending);
  return kind.form.map((f) => {
    const before = fieldText(kind, f.name, approved[f.name], { lang, row: approved });
    const after = fieldText(kind, f.name, pending[f.name], { lang, row: { ...approved, ...pending } });
    // Changed in the data and in the words a reviewer reads (a re-saved list in another shape is no change).
    return { field: f.name, label: f[lang], before, after, changed: f.name in changed && before !== after };
  });
}

/** A queue's filters, as its page's query string carries them (kind slug, department, year). */
export type QueueFilters = { kindSlug?: string; departmentId?: string; year?: number };

/** The Record `where` of an actor's review queue (null: nothing to review at their step). */
async function queueWhere(options: QueueFilters & { actor: MaybeActor; prisma?: PrismaClient }) {
  authorize(options.actor, "review.queue");
  const prisma = options.prisma ?? db();
  const chain = await reviewChain(prisma);
  const head = options.actor?.role === "DEPT_HEAD";
  // Without the step a department head has nothing to pass.
  if (head && !chain.departmentReview) return null;
  const step = head
    ? { departmentId: options.actor?.departmentId ?? "", deptApprovedAt: null }
    : chain.departmentReview
      ? { deptApprovedAt: { not: null } }
      : {};
  const only = options.kindSlug ? RECORD_KINDS.find((k) => k.slug === options.kindSlug) : undefined;
  if (options.kindSlug && !only) return null;
  const where: Prisma.RecordWhereInput = {
    AND: [
      { deletedAt: null, OR: [{ status: "SUBMITTED" }, { revisionStatus: "SUBMITTED" }] },
      step,
      only ? { kind: only.model } : {},
      options.departmentId ? { departmentId: options.departmentId } : {},
      options.year ? { year: options.year } : {},
    ],
  };
  return { where, only };
}

/**
 * 通过并下一条: the record page of the next record in the same queue (its filters kept), or null
 * when the queue holds nothing else. The queue's order: the longest waiting first.
 */
export async function nextInQueue(options: QueueFilters & { actor: MaybeActor; after: string; prisma?: PrismaClient }) {
  const found = await queueWhere(options);
  if (!found) return null;
  const prisma = options.prisma ?? db();
  const next = await prisma.record.findFirst({
    where: { AND: [found.where, { id: { not: options.after } }] },
    orderBy: { updatedAt: "asc" },
    select: { id: true, kind: true },
  });
  const kind = next && RECORD_KINDS.find((k) => k.model === next.kind);
  return next && kind ? { id: next.id, kindSlug: kind.slug } : null;
}

/** A queue's filters → its query string (「kind=cases&year=2022」), and back; unknown keys are dropped. */
export function queueQuery(filters: QueueFilters): string {
  const q = new URLSearchParams();
  if (filters.kindSlug) q.set("kind", filters.kindSlug);
  if (filters.departmentId) q.set("departmentId", filters.departmentId);
  if (filters.year) q.set("year", String(filters.year));
  return q.toString();
}

export function parseQueueQuery(query: string): QueueFilters {
  const q = new URLSearchParams(query);
  const year = Number(q.get("year"));
  return {
    kindSlug: q.get("kind") || undefined,
    departmentId: q.get("departmentId") || undefined,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
  };
}

/**
 * Everything awaiting review across kinds and departments (new submissions and revisions). With the
 * department-review step on, a department head sees their department's submissions not yet passed,
 * and reviewers only those a department head has passed.
 */
export async function reviewQueue(options: {
  actor: MaybeActor;
  kindSlug?: string;
  departmentId?: string;
  year?: number;
  /** The reader's language for field names and coded values (Chinese unless asked). */
  lang?: Lang;
  prisma?: PrismaClient;
}) {
  const found = await queueWhere(options);
  if (!found) return [];
  const { where, only } = found;
  const prisma = options.prisma ?? db();
  // One query on the Record table, with each record's own fields joined in.
  const rows = await prisma.record.findMany({
    where,
    include: only ? includeKind(only) : ALL_KINDS_INCLUDE,
    relationLoadStrategy: "join",
    orderBy: { updatedAt: "asc" },
    take: 500,
  });
  // Each record's latest submission (its SUBMIT audit row): who sent it and when.
  const submissions = new Map<string, { actorId: string | null; at: Date }>();
  if (rows.length) {
    const log = await prisma.auditLog.findMany({
      where: { recordId: { in: rows.map((r) => r.id) }, action: "SUBMIT" },
      orderBy: { at: "asc" },
      select: { recordId: true, actorId: true, at: true },
    });
    for (const e of log) if (e.recordId) submissions.set(e.recordId, { actorId: e.actorId, at: e.at });
  }
  const userIds = [
    ...new Set(
      [...rows.flatMap((r) => [r.deptApprovedById, r.authorId]), ...[...submissions.values()].map((s) => s.actorId)].filter(
        (id): id is string => !!id,
      ),
    ),
  ];
  const names = new Map(
    userIds.length
      ? (await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } })).map((u) => [
          u.id,
          u.displayName,
        ])
      : [],
  );
  const items: QueueItem[] = [];
  for (const raw of rows) {
    const kind = RECORD_KINDS.find((k) => k.model === raw.kind);
    if (!kind) continue;
    const r = flatten(raw);
    const revision = r.revisionStatus === "SUBMITTED";
    const pending = (r.pending ?? null) as Record<string, unknown> | null;
    const submitted = submissions.get(r.id);
    items.push({
      kind,
      id: r.id,
      version: r.version,
      year: r.year,
      departmentId: r.departmentId,
      title: recordTitle(kind, r),
      updatedAt: r.updatedAt,
      revision,
      changes: revision && pending ? changedFields(storedValues(r, pending), pending) : null,
      diff: revision && pending ? revisionDiff(kind, storedValues(r, pending), pending, options.lang) : null,
      deptApproved:
        raw.deptApprovedAt && raw.deptApprovedById ? { by: names.get(raw.deptApprovedById) ?? "", at: raw.deptApprovedAt } : null,
      // A record submitted before the log said so (an imported or seeded one) falls back to its author and last change.
      submitter: names.get(submitted?.actorId ?? raw.authorId ?? "") ?? "",
      submittedAt: submitted?.at ?? r.updatedAt,
      figures: keyFigures(kind, revision && pending ? { ...r, ...pending } : r, options.lang),
    });
  }
  return items;
}
