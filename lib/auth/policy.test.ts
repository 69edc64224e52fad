import { describe, expect, it } from "vitest";
import type { Role } from "../generated/prisma/client";
import type { Actor } from "./actor";
import { type AdminAction, may } from "./policy";

/**
 * The role × action matrix of the administration's actions: every cell written out, so a change
 * to who may do what shows up here as a deliberate edit. (Record actions: tests/e2e/auth/matrix.spec.ts.)
 */
type Who = "anonymous" | Role;
const WHO: Who[] = ["anonymous", "STAFF", "DEPT_HEAD", "REVIEWER", "LEADER", "ADMIN", "PARTNER"];
const actor = (who: Who): Actor | null =>
  who === "anonymous"
    ? null
    : { id: who, username: who, displayName: who, role: who, departmentId: who === "STAFF" || who === "DEPT_HEAD" ? "d1" : null };

// Columns in WHO's order: anonymous, STAFF, DEPT_HEAD, REVIEWER, LEADER, ADMIN, PARTNER.
const MATRIX: Record<AdminAction, string> = {
  "users.manage": "-----x-",
  "departments.manage": "-----x-",
  "institution.manage": "-----x-",
  "years.manage": "-----x-",
  "outline.edit": "-----x-",
  "sections.own": "-xx----",
  "narrative.edit": "---x-x-",
  "review.queue": "--xx-x-",
  "report.preview": "---xxx-",
  "report.publish": "---x-x-",
  "report.signoff": "----x--",
  "partners.manage": "-----x-",
  "partners.review": "---x-x-",
  "rulePacks.read": "---x-x-",
  "rulePacks.manage": "-----x-",
};

describe("the policy's role × action matrix", () => {
  for (const [action, row] of Object.entries(MATRIX) as [AdminAction, string][]) {
    it(action, () => {
      expect(WHO.map((w) => (may(actor(w), action) ? "x" : "-")).join("")).toBe(row);
    });
  }
});
