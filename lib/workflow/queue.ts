import "server-only";
import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { changedFields } from "../audit/log";
import type { PrismaClient } from "../generated/prisma/client";
import { RECORD_KINDS, type RecordKind } from "../records/kinds";
import { storedValues } from "../records/write";
import { ALL_KINDS_INCLUDE, flatten, includeKind } from "../records/store";
import { db } from "../server/db";
import { recordTitle } from "../records/declare";
import { fieldText } from "../records/format";
import { reviewChain } from "./chain";

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
};

export type DiffRow = { field: string; label: string; before: string; after: string; changed: boolean };

/** The approved values against the pending revision, field by field as the form lists them. */
export function revisionDiff(kind: RecordKind, approved: Record<string, unknown>, pending: Record<string, unknown>): DiffRow[] {
  const changed = changedFields(approved, pending);
  return kind.form.map((f) => {
    const before = fieldText(kind, f.name, approved[f.name]);
    const after = fieldText(kind, f.name, pending[f.name]);
    // Changed in the data and in the words a reviewer reads (a re-saved list in another shape is no change).
    return { field: f.name, label: f.zh, before, after, changed: f.name in changed && before !== after };
  });
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
  prisma?: PrismaClient;
}) {
  authorize(options.actor, "review.queue");
  const prisma = options.prisma ?? db();
  const chain = await reviewChain(prisma);
  const head = options.actor?.role === "DEPT_HEAD";
  const step = head
    ? { departmentId: options.actor?.departmentId ?? "", deptApprovedAt: null }
    : chain.departmentReview
      ? { deptApprovedAt: { not: null } }
      : {};
  // Without the step a department head has nothing to pass.
  if (head && !chain.departmentReview) return [];
  const only = options.kindSlug ? RECORD_KINDS.find((k) => k.slug === options.kindSlug) : undefined;
  if (options.kindSlug && !only) return [];
  // One query on the Record table, with each record's own fields joined in.
  const rows = await prisma.record.findMany({
    where: {
      AND: [
        { deletedAt: null, OR: [{ status: "SUBMITTED" }, { revisionStatus: "SUBMITTED" }] },
        step,
        only ? { kind: only.model } : {},
        options.departmentId ? { departmentId: options.departmentId } : {},
        options.year ? { year: options.year } : {},
      ],
    },
    include: only ? includeKind(only) : ALL_KINDS_INCLUDE,
    relationLoadStrategy: "join",
    orderBy: { updatedAt: "asc" },
    take: 500,
  });
  const approverIds = [...new Set(rows.map((r) => r.deptApprovedById).filter((id): id is string => !!id))];
  const approvers = new Map(
    approverIds.length
      ? (await prisma.user.findMany({ where: { id: { in: approverIds } }, select: { id: true, displayName: true } })).map((u) => [
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
      diff: revision && pending ? revisionDiff(kind, storedValues(r, pending), pending) : null,
      deptApproved:
        raw.deptApprovedAt && raw.deptApprovedById ? { by: approvers.get(raw.deptApprovedById) ?? "", at: raw.deptApprovedAt } : null,
    });
  }
  return items;
}
