import type { Prisma } from "../generated/prisma/client";

export type AuditAction =
  | "CREATE"
  | "UPDATE"
  | "REVISE"
  | "CORRECT"
  | "DELETE"
  | "SUBMIT"
  | "WITHDRAW"
  | "DEPT_APPROVE"
  | "APPROVE"
  | "RETURN"
  | "LOGIN_FAILED"
  | "LOGIN"
  | "ROLE_CHANGE"
  | "USER_CREATE"
  | "USER_DEACTIVATE"
  | "USER_ACTIVATE"
  | "NARRATIVE_UPDATE"
  // A section's draft by its assigned writer (lib/report/outline/drafts.ts)
  | "DRAFT_SAVE"
  | "DRAFT_SUBMIT"
  | "DRAFT_ACCEPT"
  | "DRAFT_RETURN"
  // Province mode: a college's case picked as (or dropped from) the provincial report's typical cases
  | "CASE_PICK"
  | "CASE_UNPICK"
  | "PUBLISH"
  | "SIGNOFF_REQUEST"
  | "SIGNOFF"
  | "SIGNOFF_RETURN"
  | "ATTACH"
  | "DETACH"
  | "SSO_LINK"
  | "SETUP"
  | "INSTITUTION_UPDATE"
  | "DEPARTMENT_CREATE"
  | "DEPARTMENT_UPDATE"
  | "DEPARTMENT_DELETE"
  | "PASSWORD_CHANGE"
  | "PASSWORD_RESET"
  | "YEAR_OPEN"
  | "YEAR_UPDATE"
  | "YEAR_ARCHIVE"
  | "YEAR_REOPEN"
  | "CARRY"
  | "RESTORE"
  | "RECORD_MOVE"
  | "HIGHLIGHT"
  // 任务看板 (lib/tasks)
  | "TASK_ASSIGN"
  | "TASK_DONE"
  | "TASK_REOPEN"
  | "TASK_REMIND"
  // Province mode (lib/province): the colleges register, a package handed in, the board's reminders and due dates
  | "COLLEGE_CREATE"
  | "COLLEGE_UPDATE"
  | "HAND_IN"
  | "HAND_IN_REMIND"
  | "HAND_IN_DUE"
  // 报送包 (lib/package): an export and a recorded 已报送
  | "PACKAGE_EXPORT"
  | "PACKAGE_SENT";

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

const IGNORED = new Set(["updatedAt", "createdAt", "version"]);

function plain(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === "object" && "toFixed" in v && typeof (v as { toString(): string }).toString === "function") {
    return (v as { toString(): string }).toString(); // Decimal
  }
  return v;
}

/**
 * A value's comparable form: object keys sorted and empty (null/undefined) members dropped, so a
 * list of objects read back from a jsonb column (which reorders keys) equals the same list as the
 * form sends it.
 */
function canonical(v: unknown): string {
  const walk = (x: unknown): unknown => {
    x = plain(x);
    if (Array.isArray(x)) return x.map(walk);
    if (x && typeof x === "object") {
      const entries = Object.entries(x as Record<string, unknown>).filter(([, y]) => y !== null && y !== undefined);
      return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, y]) => [k, walk(y)]));
    }
    return x;
  };
  return JSON.stringify(walk(v) ?? null);
}

/** Before/after of the fields that changed, with Decimals and Dates as strings. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    if (IGNORED.has(k)) continue;
    const b = plain(before?.[k] ?? null);
    const a = plain(after?.[k] ?? null);
    if (canonical(b) !== canonical(a)) changes[k] = { before: b, after: a };
  }
  return changes;
}

/**
 * Who made a change, as the log needs it: any signed-in actor (lib/auth/actor.ts) fits. Declared here so
 * the log sits below authorization, which writes sign-ins to it.
 */
export type AuditActor = { id: string; displayName: string; ip?: string } | null;

export type AuditEntry = {
  actor: AuditActor;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  /** The record the entry is about, if any (a real foreign key; entityType/entityId name it for people). */
  recordId?: string | null;
  changes?: Record<string, unknown> | null;
  reason?: string | null;
  ip?: string | null;
  actorName?: string | null;
};

/**
 * The one shape of an audit row, for `audit` and for the bulk writers (carry-forward, import) that
 * insert many rows in one statement.
 */
export function auditRow(entry: AuditEntry) {
  return {
    actorId: entry.actor?.id ?? null,
    actorName: entry.actorName ?? entry.actor?.displayName ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    recordId: entry.recordId ?? null,
    changes: (entry.changes ?? undefined) as Prisma.InputJsonValue | undefined,
    reason: entry.reason ?? null,
    // Every change made by a signed-in actor names where it came from (the actor carries its request's address).
    ip: entry.ip ?? entry.actor?.ip ?? null,
  };
}

/** Writes one audit row; call it inside the transaction of the change it records. */
export function audit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({ data: auditRow(entry) });
}
