import type { RecordStatus } from "../generated/prisma/client";

/**
 * The approval workflow's states and transitions, declared once for records (lib/workflow/transitions.ts)
 * and for partner enterprises' reports (lib/partners/service.ts), and what "under review" means for
 * both. A leaf module: the write path and the transitions both read it without importing each other.
 */

/** Every state, in the order lists, filters and counts show them (Prisma's RecordStatus: enums.test.ts). */
export const RECORD_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const satisfies readonly RecordStatus[];

export type Transition = "submit" | "withdraw" | "deptApprove" | "approve" | "return";
export const TRANSITIONS: readonly Transition[] = ["submit", "withdraw", "deptApprove", "approve", "return"];

/** The state machine: from which states each transition may start, and where it leads. */
export const STATE_MACHINE: Record<Transition, { from: readonly RecordStatus[]; to: RecordStatus }> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT" },
  deptApprove: { from: ["SUBMITTED"], to: "SUBMITTED" },
  approve: { from: ["SUBMITTED"], to: "APPROVED" },
  return: { from: ["SUBMITTED"], to: "RETURNED" },
};

/** A partner report goes the same way without the department step (an enterprise has no department). */
export type PartnerTransition = Exclude<Transition, "deptApprove">;
export const PARTNER_WORKFLOW: Record<PartnerTransition, { from: readonly RecordStatus[]; to: RecordStatus }> = {
  submit: STATE_MACHINE.submit,
  withdraw: STATE_MACHINE.withdraw,
  approve: STATE_MACHINE.approve,
  return: STATE_MACHINE.return,
};

// A RecordStatus, typed as string so rows read without Prisma's enum type fit too.
export type WorkflowState = { status: string; revisionStatus: string | null; deptApprovedAt?: Date | null };

/** The state the workflow acts on: the pending revision's, if an approved record has one. */
export function currentState(record: WorkflowState): { revision: boolean; state: RecordStatus } {
  const revision = record.status === "APPROVED" && record.revisionStatus !== null;
  return { revision, state: (revision ? record.revisionStatus : record.status) as RecordStatus };
}

/** Under review: submitted (the record, or its pending revision) and not yet approved or returned. */
export const underReview = (record: WorkflowState) => currentState(record).state === "SUBMITTED";

/** Whether a record's fields may be changed now: not while it (or its revision) is under review. */
export const editable = (record: WorkflowState) => !underReview(record);

/** A state its author can still change and submit (draft or returned); under review or approved it is fixed. */
export const openToAuthor = (status: string) => STATE_MACHINE.submit.from.some((s) => s === status);
