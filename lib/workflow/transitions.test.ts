import { describe, expect, it } from "vitest";
import { availableTransitions, currentState, editable, STATE_MACHINE } from "./transitions";

describe("the workflow's state machine", () => {
  it("offers each transition only from its states (the record page's buttons come from here)", () => {
    expect(availableTransitions({ status: "DRAFT", revisionStatus: null })).toEqual(["submit"]);
    expect(availableTransitions({ status: "RETURNED", revisionStatus: null })).toEqual(["submit"]);
    expect(availableTransitions({ status: "SUBMITTED", revisionStatus: null })).toEqual(["withdraw", "approve", "return"]);
    expect(availableTransitions({ status: "APPROVED", revisionStatus: null })).toEqual([]);
  });

  it("acts on a pending revision of an approved record", () => {
    expect(currentState({ status: "APPROVED", revisionStatus: "SUBMITTED" })).toEqual({ revision: true, state: "SUBMITTED" });
    expect(availableTransitions({ status: "APPROVED", revisionStatus: "DRAFT" })).toEqual(["submit"]);
    expect(availableTransitions({ status: "APPROVED", revisionStatus: "SUBMITTED" })).toEqual(["withdraw", "approve", "return"]);
    expect(STATE_MACHINE.approve.to).toBe("APPROVED");
    expect(editable({ status: "APPROVED", revisionStatus: "SUBMITTED" })).toBe(false);
    expect(editable({ status: "APPROVED", revisionStatus: "RETURNED" })).toBe(true);
    expect(editable({ status: "SUBMITTED", revisionStatus: null })).toBe(false);
  });
});
