import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { recordControls } from "./record-controls";

const staff: Actor = { id: "u1", username: "staff-a", displayName: "填报员", role: "STAFF", departmentId: "d1" };
const reviewer: Actor = { id: "u2", username: "reviewer", displayName: "审核员", role: "REVIEWER", departmentId: null };
const admin: Actor = { id: "u3", username: "admin", displayName: "管理员", role: "ADMIN", departmentId: null };
const record = (status: string) => ({ departmentId: "d1", status, revisionStatus: null, deptApprovedAt: null });
const chain = { departmentReview: false };

describe("what a record page offers", () => {
  it("offers the department its draft's form, upload, submit and delete while the year is open", () => {
    const open = recordControls({ actor: staff, record: record("DRAFT"), chain, yearOpen: true, removable: true });
    expect(open).toMatchObject({ archived: false, canEdit: true, canUpload: true, canDelete: true, canRemoveFiles: true });
    expect(open.transitions).toEqual(["submit"]);
    expect(recordControls({ actor: reviewer, record: record("SUBMITTED"), chain, yearOpen: true, removable: true })).toMatchObject({
      canCorrect: true,
      transitions: ["approve", "return"],
    });
  });

  it("offers nothing that writes on a record of an archived year, to anyone, and says it is archived", () => {
    const writes = {
      canEdit: false,
      canCorrect: false,
      canUpload: false,
      canRemoveFiles: false,
      canDelete: false,
      canMove: false,
      canHighlight: false,
    };
    for (const actor of [staff, reviewer, admin])
      for (const status of ["DRAFT", "RETURNED", "SUBMITTED", "APPROVED"]) {
        const c = recordControls({ actor, record: record(status), chain, yearOpen: false, removable: true });
        expect(c, `${actor.role} ${status}`).toEqual({ archived: true, ...writes, transitions: [] });
      }
  });
});
