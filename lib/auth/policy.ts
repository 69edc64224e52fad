import { AppError } from "../errors";
import type { RecordStatus } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import type { MaybeActor } from "./actor";

/**
 * The one place that decides who may do what. Pages, server actions and route handlers all ask
 * here; the middleware only sends anonymous visitors of /admin to the login page.
 *
 * Roles: ADMIN manages users, departments, years and the outline, and can do what a reviewer
 * does. REVIEWER reads every department's records, approves or returns them, edits section
 * narratives, previews the report and publishes editions. STAFF works on their own department's records. Anonymous: approved data only.
 */
export type RecordAction =
  | "read"
  | "create"
  | "update"
  | "submit"
  | "withdraw"
  | "approve"
  | "return"
  | "history"
  // A reviewer's correction of a record under review (a typo, a stray attachment) before approving it.
  | "correct";
export type AdminAction =
  | "users.manage"
  | "departments.manage"
  | "institution.manage"
  | "years.manage"
  | "outline.edit"
  | "narrative.edit"
  | "review.queue"
  | "report.preview"
  | "report.publish";

export type RecordScope = { departmentId: string; status: RecordStatus };

const isReviewer = (a: MaybeActor) => a?.role === "REVIEWER" || a?.role === "ADMIN";
const ownDepartment = (a: MaybeActor, r: { departmentId: string }) =>
  a?.role === "STAFF" && a.departmentId !== null && a.departmentId === r.departmentId;

/** `record` is the stored record (or, for create, the department it would belong to). */
export function mayOnRecord(actor: MaybeActor, action: RecordAction, record: RecordScope | { departmentId: string }): boolean {
  switch (action) {
    case "read":
      return ("status" in record && record.status === "APPROVED") || isReviewer(actor) || ownDepartment(actor, record);
    case "create":
    case "update":
    case "submit":
    case "withdraw":
      return ownDepartment(actor, record);
    case "approve":
    case "return":
    case "correct":
      return isReviewer(actor);
    case "history":
      return isReviewer(actor) || ownDepartment(actor, record);
  }
}

export function may(actor: MaybeActor, action: AdminAction): boolean {
  switch (action) {
    case "users.manage":
    case "departments.manage":
    case "institution.manage":
    case "years.manage":
    case "outline.edit":
      return actor?.role === "ADMIN";
    case "narrative.edit":
    case "review.queue":
    // Previewing shows unapproved data; publishing freezes an edition for the public.
    case "report.preview":
    case "report.publish":
      return isReviewer(actor);
  }
}

/**
 * The department an actor's working lists are confined to: staff see their own department's
 * records there (they may still read other departments' approved ones elsewhere); reviewers all.
 */
export function workingDepartment(actor: MaybeActor): string | undefined {
  return actor?.role === "STAFF" ? (actor.departmentId ?? "") : undefined;
}

/** The department a new record of this actor goes to, if they may create records at all. */
export function creatableDepartment(actor: MaybeActor): string | null {
  const departmentId = actor?.role === "STAFF" ? actor.departmentId : null;
  return departmentId && mayOnRecord(actor, "create", { departmentId }) ? departmentId : null;
}

/** 401 for an anonymous visitor, 403 for a signed-in user who may not. */
export function deny(actor: MaybeActor): never {
  if (!actor) throw new AppError("UNAUTHENTICATED", bi("请先登录", "please sign in"));
  throw new AppError("FORBIDDEN", bi("无权执行此操作", "you are not allowed to do this"));
}

export function authorizeRecord(actor: MaybeActor, action: RecordAction, record: RecordScope | { departmentId: string }): void {
  if (!mayOnRecord(actor, action, record)) deny(actor);
}

export function authorize(actor: MaybeActor, action: AdminAction): void {
  if (!may(actor, action)) deny(actor);
}

/**
 * The Prisma `where` of records an actor may read, so scope lives in the query itself:
 * a record outside it is simply not found (404), never fetched and then hidden.
 */
export function readableWhere(actor: MaybeActor): Record<string, unknown> {
  if (isReviewer(actor)) return {};
  if (actor?.role === "STAFF" && actor.departmentId) {
    return { OR: [{ departmentId: actor.departmentId }, { status: "APPROVED" }] };
  }
  return { status: "APPROVED" };
}
