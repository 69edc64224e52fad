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
 * PARTNER (an invited enterprise) sees and fills its own enterprise's annual report and nothing
 * else: no record, not even an approved one, and no admin page (lib/partners/service.ts).
 * DEPT_HEAD (部门负责人) reads their department's records and approves or returns its submissions
 * before the reviewers (when the institution turns that step on). LEADER (校领导) reads everything
 * and signs off the report before publication.
 * Province mode (an education department's installation, lib/province): ADMIN registers the
 * colleges, imports packages for any of them and sets the due dates; ADMIN and REVIEWER read the
 * 报送 board and remind; COLLEGE (a registered college's own account) hands in its own college's
 * packages and nothing else. Which installation a page belongs to is lib/admin/guard.ts's call.
 */
export type RecordAction =
  | "read"
  | "create"
  | "update"
  | "submit"
  | "withdraw"
  // A department head's approval before the reviewers (when the institution turns the step on).
  | "deptApprove"
  | "approve"
  | "return"
  | "history"
  | "delete"
  | "restore"
  | "highlight"
  | "move"
  // A reviewer's correction of a record under review (a typo, a stray attachment) before approving it.
  | "correct";
export type AdminAction =
  | "users.manage"
  | "departments.manage"
  | "institution.manage"
  | "years.manage"
  | "outline.edit"
  /** 我的章节: the sections one's department is responsible for. */
  | "sections.own"
  | "narrative.edit"
  | "review.queue"
  | "report.preview"
  | "report.publish"
  | "report.signoff"
  | "partners.manage"
  | "partners.review"
  /** Rule packs (年报规则包): reviewers read them (the consistency panel checks their rules), admins change them. */
  | "rulePacks.read"
  | "rulePacks.manage"
  /** 任务看板: assign sections and cases (lead, supporting, writer, due date) and send reminders. */
  | "tasks.manage"
  /** 我的任务: the writing tasks one writes, or one's department leads or supports. */
  | "tasks.own"
  /** Province mode: the colleges' tables aggregated, rankings and the case pool (lib/province). */
  | "province.read"
  /** Province mode: pick a college's case as a typical case (典型案例) for the provincial report. */
  | "province.pickCases"
  /** Province mode: the colleges register (add, edit, import, their accounts) and the years' due dates. */
  | "colleges.manage"
  /** Province mode: the 报送 board (who handed in what, who is missing or late) and its reminders. */
  | "province.board"
  /** Province mode: import packages on behalf of any registered college (a folder of zips). */
  | "handIn.any"
  /** Province mode: hand in one's own college's package. */
  | "handIn.own"
  /** 报送包: export a published edition's submission package (lib/package), logged. */
  | "package.export"
  /** 已报送: record that an edition's package was handed in to the education department. */
  | "package.send";

export type RecordScope = { departmentId: string; status: RecordStatus };

const isReviewer = (a: MaybeActor) => a?.role === "REVIEWER" || a?.role === "ADMIN";
const isPartner = (a: MaybeActor) => a?.role === "PARTNER";
const ownDepartment = (a: MaybeActor, r: { departmentId: string }) =>
  a?.role === "STAFF" && a.departmentId !== null && a.departmentId === r.departmentId;
const headOf = (a: MaybeActor, r: { departmentId: string }) =>
  a?.role === "DEPT_HEAD" && a.departmentId !== null && a.departmentId === r.departmentId;
const isLeader = (a: MaybeActor) => a?.role === "LEADER";

/** `record` is the stored record (or, for create, the department it would belong to). */
export function mayOnRecord(actor: MaybeActor, action: RecordAction, record: RecordScope | { departmentId: string }): boolean {
  switch (action) {
    case "read":
      if (isPartner(actor)) return false;
      return (
        ("status" in record && record.status === "APPROVED") ||
        isReviewer(actor) ||
        isLeader(actor) ||
        ownDepartment(actor, record) ||
        headOf(actor, record)
      );
    case "create":
    case "update":
    case "submit":
    case "withdraw":
      return ownDepartment(actor, record);
    case "deptApprove":
      return headOf(actor, record);
    case "approve":
    case "correct":
      return isReviewer(actor);
    // Whether a department head's return comes at their step is the workflow's call (transitions.ts).
    case "return":
      return isReviewer(actor) || headOf(actor, record);
    case "history":
      return isReviewer(actor) || isLeader(actor) || ownDepartment(actor, record) || headOf(actor, record);
    // Staff delete their own department's drafts (write.ts refuses submitted/approved ones);
    // only admins see deleted records and bring them back.
    case "delete":
      return ownDepartment(actor, record);
    case "restore":
      return actor?.role === "ADMIN";
    // 主要成果 is the quality office's editorial choice, not the department's.
    case "highlight":
      return isReviewer(actor);
    // The report year a record counts for: its department while it is a draft, reviewers any
    // time it is not under review (write.ts checks the states; both years must be writable).
    case "move":
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
    case "partners.manage":
    case "rulePacks.manage":
      return actor?.role === "ADMIN";
    case "sections.own":
      return actor != null && actor.departmentId !== null;
    case "review.queue":
      return isReviewer(actor) || actor?.role === "DEPT_HEAD";
    // Previewing shows unapproved data; leaders read the preview they sign off.
    case "report.preview":
      return isReviewer(actor) || isLeader(actor);
    case "narrative.edit":
    // Publishing freezes an edition for the public (and asks a leader for sign-off first).
    case "report.publish":
    case "partners.review":
      return isReviewer(actor);
    case "report.signoff":
      return isLeader(actor);
    case "rulePacks.read":
      return isReviewer(actor);
    // The quality office runs the board; a department's own people read their own tasks.
    case "tasks.manage":
      return isReviewer(actor);
    case "tasks.own":
      return (actor?.role === "STAFF" || actor?.role === "DEPT_HEAD") && actor.departmentId !== null;
    // The department's office reads and picks; its leaders read what they sign off (the tables
    // screen and GET /api/v1/province/tables answer the same figures to the same people).
    case "province.read":
      return isReviewer(actor) || isLeader(actor);
    case "province.pickCases":
      return isReviewer(actor);
    case "colleges.manage":
    case "handIn.any":
      return actor?.role === "ADMIN";
    case "province.board":
      return isReviewer(actor);
    case "handIn.own":
      return actor?.role === "COLLEGE" && actor.collegeId != null;
    // The quality office hands the report in; a leader may take the package to the department themselves.
    case "package.export":
      return isReviewer(actor) || isLeader(actor);
    // Recording 已报送 is the office's word that it was handed in (what, how, to whom).
    case "package.send":
      return isReviewer(actor);
  }
}

/** Province mode: whether the actor may hand in a package for this registered college. */
export function mayHandIn(actor: MaybeActor, collegeId: string): boolean {
  return may(actor, "handIn.any") || (may(actor, "handIn.own") && actor!.collegeId === collegeId);
}

export function authorizeHandIn(actor: MaybeActor, collegeId: string): void {
  if (!mayHandIn(actor, collegeId)) deny(actor);
}

/**
 * A writing task (lib/tasks): its writer, lead department (牵头) and supporting ones (配合).
 * The quality office reads and completes every task; the writer and the lead department's people
 * read theirs and mark them done; a supporting department reads it only.
 */
export type TaskAction = "read" | "complete";
export type TaskScope = { writerId: string | null; leadDepartmentId: string | null; supportingDepartmentIds: readonly string[] };

export function mayOnTask(actor: MaybeActor, action: TaskAction, task: TaskScope): boolean {
  if (isReviewer(actor)) return true;
  if (!may(actor, "tasks.own")) return false;
  const writes = task.writerId !== null && task.writerId === actor!.id;
  const leads = task.leadDepartmentId !== null && task.leadDepartmentId === actor!.departmentId;
  if (action === "complete") return writes || leads;
  return writes || leads || task.supportingDepartmentIds.includes(actor!.departmentId!);
}

export function authorizeTask(actor: MaybeActor, action: TaskAction, task: TaskScope): void {
  if (!mayOnTask(actor, action, task)) deny(actor);
}

/**
 * A section's draft (lib/report/outline/drafts.ts): the staff member assigned as its writer (撰写人) on the
 * task board writes and submits it; the quality office reads it and accepts or returns it. Nobody
 * else: not the writer's colleagues, not the writer of another section.
 */
export type SectionDraftAction = "write" | "submit" | "decide";
export type SectionDraftScope = { writerId: string | null };

export function mayOnSectionDraft(actor: MaybeActor, action: SectionDraftAction, section: SectionDraftScope): boolean {
  if (action === "decide") return isReviewer(actor);
  return actor?.role === "STAFF" && section.writerId !== null && section.writerId === actor.id;
}

export function authorizeSectionDraft(actor: MaybeActor, action: SectionDraftAction, section: SectionDraftScope): void {
  if (!mayOnSectionDraft(actor, action, section)) deny(actor);
}

/**
 * The department an actor's working lists are confined to: staff see their own department's
 * records there (they may still read other departments' approved ones elsewhere); reviewers all.
 */
export function workingDepartment(actor: MaybeActor): string | undefined {
  if (isPartner(actor)) return ""; // no department: nothing
  return actor?.role === "STAFF" || actor?.role === "DEPT_HEAD" ? (actor.departmentId ?? "") : undefined;
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
  if (isPartner(actor)) return { id: { in: [] } };
  if (isReviewer(actor) || isLeader(actor)) return {};
  if ((actor?.role === "STAFF" || actor?.role === "DEPT_HEAD") && actor.departmentId) {
    return { OR: [{ departmentId: actor.departmentId }, { status: "APPROVED" }] };
  }
  return { status: "APPROVED" };
}

/**
 * Partner-enterprise reports: the enterprise's own sign-in works on its report (while it is a
 * draft or returned); reviewers read every one and approve or return it; anyone reads an
 * approved one (it is published at /reports/{year}/enterprises/{slug}).
 */
export type PartnerReportAction = "read" | "update" | "submit" | "withdraw" | "approve" | "return";
export type PartnerReportScope = { enterpriseUserId: string | null; status: RecordStatus };

export function mayOnPartnerReport(actor: MaybeActor, action: PartnerReportAction, report: PartnerReportScope): boolean {
  const own = isPartner(actor) && report.enterpriseUserId !== null && report.enterpriseUserId === actor?.id;
  switch (action) {
    case "read":
      return report.status === "APPROVED" || own || isReviewer(actor);
    case "update":
    case "submit":
    case "withdraw":
      return own;
    case "approve":
    case "return":
      return isReviewer(actor);
  }
}

export function authorizePartnerReport(actor: MaybeActor, action: PartnerReportAction, report: PartnerReportScope): void {
  if (!mayOnPartnerReport(actor, action, report)) deny(actor);
}
