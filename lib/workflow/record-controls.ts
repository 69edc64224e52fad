import type { MaybeActor } from "../auth/actor";
import { mayOnRecord, type RecordScope } from "../auth/policy";
import { availableTransitions, editable, type Chain, type Transition } from "./transitions";

/**
 * What a record page offers this actor: the policy's answer, the workflow's state, and the year.
 * A record of an archived year is read-only for everyone (lib/years/service.ts refuses the write),
 * so its page offers nothing that writes — no 保存, upload, transition, delete — instead of
 * refusing after the click; it says the year is archived and who can reopen it.
 */
export type RecordControls = {
  archived: boolean;
  canEdit: boolean;
  canCorrect: boolean;
  canUpload: boolean;
  canRemoveFiles: boolean;
  canDelete: boolean;
  canMove: boolean;
  canHighlight: boolean;
  transitions: Transition[];
};

export function recordControls(options: {
  actor: MaybeActor;
  record: { departmentId: string; status: string; revisionStatus: string | null; deptApprovedAt?: Date | null };
  chain: Chain;
  /** The record's year is not archived (lib/admin/options.ts writableYears). */
  yearOpen: boolean;
  /** lib/evidence/service.ts mayRemove: the policy's answer for removing a file of this record. */
  removable: boolean;
}): RecordControls {
  const { actor, chain, yearOpen } = options;
  const record = options.record as typeof options.record & RecordScope; // a stored status is a RecordStatus
  if (!yearOpen) {
    return {
      archived: true,
      canEdit: false,
      canCorrect: false,
      canUpload: false,
      canRemoveFiles: false,
      canDelete: false,
      canMove: false,
      canHighlight: false,
      transitions: [],
    };
  }
  const canEdit = mayOnRecord(actor, "update", record) && editable(record);
  return {
    archived: false,
    canEdit,
    // A reviewer may fix a typo in a record under review before approving it (audited as a correction).
    canCorrect: !editable(record) && mayOnRecord(actor, "correct", record),
    canUpload: canEdit,
    canRemoveFiles: options.removable,
    // Deleting: the department's own draft or returned record (not an approved one with a revision).
    canDelete: mayOnRecord(actor, "delete", record) && (record.status === "DRAFT" || record.status === "RETURNED"),
    canMove: mayOnRecord(actor, "move", record) && editable(record) && !(actor?.role === "STAFF" && record.status === "APPROVED"),
    canHighlight: mayOnRecord(actor, "highlight", record),
    // The buttons: what the workflow's state machine allows now, and of that what the policy lets this actor do.
    transitions: availableTransitions(record, chain).filter((t) => mayOnRecord(actor, t, record)),
  };
}
