import "server-only";
import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { changedFields } from "../audit/log";
import { RECORD_KINDS, type RecordKind } from "../records/kinds";
import { db } from "../server/db";

type Delegate = { findMany(args: unknown): Promise<Record<string, unknown>[]> };

export type QueueItem = {
  kind: RecordKind; id: string; version: number; year: number; departmentId: string; title: string;
  updatedAt: Date; revision: boolean; changes: Record<string, { before: unknown; after: unknown }> | null;
};

/** Everything awaiting review across kinds and departments (new submissions and revisions). */
export async function reviewQueue(options: { actor: MaybeActor; kindSlug?: string; departmentId?: string; year?: number }) {
  authorize(options.actor, "review.queue");
  const kinds = options.kindSlug ? RECORD_KINDS.filter((k) => k.slug === options.kindSlug) : RECORD_KINDS;
  const where = {
    AND: [
      { OR: [{ status: "SUBMITTED" }, { revisionStatus: "SUBMITTED" }] },
      options.departmentId ? { departmentId: options.departmentId } : {},
      options.year ? { year: options.year } : {},
    ],
  };
  const lists = await Promise.all(kinds.map((k) =>
    (db() as unknown as Record<string, Delegate>)[k.model].findMany({ where, orderBy: { updatedAt: "asc" }, take: 500 })));
  const items: QueueItem[] = [];
  kinds.forEach((kind, i) => {
    for (const r of lists[i]) {
      const revision = r.revisionStatus === "SUBMITTED";
      const pending = (r.pending ?? null) as Record<string, unknown> | null;
      items.push({
        kind, id: String(r.id), version: Number(r.version), year: Number(r.year), departmentId: String(r.departmentId),
        title: String(r[kind.columns[0].field] ?? ""), updatedAt: r.updatedAt as Date, revision,
        changes: revision && pending ? changedFields(Object.fromEntries(Object.keys(pending).map((k) => [k, r[k]])), pending) : null,
      });
    }
  });
  return items.sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
}
