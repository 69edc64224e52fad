import "server-only";
import type { MaybeActor } from "../auth/actor";
import { authorizeRecord, deny } from "../auth/policy";
import { db } from "../server/db";
import type { RecordKind } from "./kinds";
import { findReadable } from "./write";

/** A record's audit trail, oldest first, for those the policy lets read history. */
export async function recordHistory(options: { actor: MaybeActor; kind: RecordKind; id: string }) {
  if (!options.actor) deny(options.actor);
  const record = await findReadable({ actor: options.actor }, options.kind, options.id);
  authorizeRecord(options.actor, "history", record);
  const rows = await db().auditLog.findMany({
    where: { recordId: record.id },
    orderBy: { id: "asc" },
  });
  // No actorId: another user's id is half of a forged session; the name says who acted.
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at.toISOString(),
    actorName: r.actorName,
    action: r.action,
    reason: r.reason,
    changes: r.changes,
  }));
}

/**
 * Reviewers' corrections of a record (CORRECT rows), newest first: the record page shows them to
 * the department, which otherwise would not know its text was changed for it.
 */
export async function reviewerCorrections(options: { recordId: string }) {
  const rows = await db().auditLog.findMany({
    where: { recordId: options.recordId, action: "CORRECT" },
    orderBy: { id: "desc" },
    take: 5,
    select: { at: true, actorName: true, changes: true },
  });
  return rows.map((r) => ({ at: r.at, actorName: r.actorName, fields: Object.keys((r.changes as Record<string, unknown> | null) ?? {}) }));
}
