import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { may, mayHandIn, mayOnTask, type AdminAction, type TaskScope } from "./policy";

const actor = (role: Actor["role"], departmentId: string | null = null, id: string = role): Actor => ({
  id,
  username: id,
  displayName: id,
  role,
  departmentId,
});
const ROLES = {
  anonymous: null,
  ADMIN: actor("ADMIN"),
  REVIEWER: actor("REVIEWER"),
  STAFF: actor("STAFF", "d1"),
  DEPT_HEAD: actor("DEPT_HEAD", "d1"),
  LEADER: actor("LEADER"),
  PARTNER: actor("PARTNER"),
  COLLEGE: { ...actor("COLLEGE"), collegeId: "c1" },
} as const;
type RoleName = keyof typeof ROLES;

/** Role × action: who may do what on the admin side. A change in the policy must change this table. */
const MATRIX: Record<AdminAction, RoleName[]> = {
  "users.manage": ["ADMIN"],
  "departments.manage": ["ADMIN"],
  "institution.manage": ["ADMIN"],
  "years.manage": ["ADMIN"],
  "outline.edit": ["ADMIN"],
  "partners.manage": ["ADMIN"],
  "sections.own": ["STAFF", "DEPT_HEAD"],
  "narrative.edit": ["ADMIN", "REVIEWER"],
  "review.queue": ["ADMIN", "REVIEWER", "DEPT_HEAD"],
  "report.preview": ["ADMIN", "REVIEWER", "LEADER"],
  "report.publish": ["ADMIN", "REVIEWER"],
  "report.signoff": ["LEADER"],
  "partners.review": ["ADMIN", "REVIEWER"],
  "tasks.manage": ["ADMIN", "REVIEWER"],
  "tasks.own": ["STAFF", "DEPT_HEAD"],
  "rulePacks.read": ["ADMIN", "REVIEWER"],
  "rulePacks.manage": ["ADMIN"],
  "province.read": ["ADMIN", "REVIEWER", "LEADER"],
  "province.pickCases": ["ADMIN", "REVIEWER"],
  "colleges.manage": ["ADMIN"],
  "province.board": ["ADMIN", "REVIEWER"],
  "handIn.any": ["ADMIN"],
  "handIn.own": ["COLLEGE"],
  "package.export": ["ADMIN", "REVIEWER", "LEADER"],
  "package.send": ["ADMIN", "REVIEWER"],
};

describe("the role × action matrix", () => {
  for (const [action, allowed] of Object.entries(MATRIX) as [AdminAction, RoleName[]][]) {
    it(`${action}: ${allowed.join(", ")}`, () => {
      const got = (Object.keys(ROLES) as RoleName[]).filter((r) => may(ROLES[r], action));
      expect(got).toEqual(allowed);
    });
  }
});

describe("writing tasks", () => {
  const task: TaskScope = { writerId: "w", leadDepartmentId: "lead", supportingDepartmentIds: ["sup"] };
  const cases: [string, Actor | null, { read: boolean; complete: boolean }][] = [
    ["the quality office", actor("REVIEWER"), { read: true, complete: true }],
    ["an admin", actor("ADMIN"), { read: true, complete: true }],
    ["the writer", actor("STAFF", "elsewhere", "w"), { read: true, complete: true }],
    ["the lead department's staff", actor("STAFF", "lead"), { read: true, complete: true }],
    ["the lead department's head", actor("DEPT_HEAD", "lead"), { read: true, complete: true }],
    ["a supporting department's staff", actor("STAFF", "sup"), { read: true, complete: false }],
    ["another department's staff", actor("STAFF", "other"), { read: false, complete: false }],
    ["a leader", actor("LEADER"), { read: false, complete: false }],
    ["a partner enterprise", actor("PARTNER"), { read: false, complete: false }],
    ["an anonymous visitor", null, { read: false, complete: false }],
  ];
  for (const [who, a, expected] of cases) {
    it(`${who}: read ${expected.read}, complete ${expected.complete}`, () => {
      expect({ read: mayOnTask(a, "read", task), complete: mayOnTask(a, "complete", task) }).toEqual(expected);
    });
  }
  it("a writer who is a partner account (not assignable anyway) gets nothing", () => {
    expect(mayOnTask(actor("PARTNER", null, "w"), "read", task)).toBe(false);
  });
});

describe("province mode: who may hand in a college's package", () => {
  const cases: [string, Actor | null, boolean][] = [
    ["an admin (imports for any college)", actor("ADMIN"), true],
    ["the college's own account", { ...actor("COLLEGE"), collegeId: "c1" }, true],
    ["another college's account", { ...actor("COLLEGE"), collegeId: "c2" }, false],
    ["a college account bound to no college", { ...actor("COLLEGE"), collegeId: null }, false],
    ["a reviewer (reads the board, hands in nothing)", actor("REVIEWER"), false],
    ["staff", actor("STAFF", "d1"), false],
    ["a partner enterprise", actor("PARTNER"), false],
    ["an anonymous visitor", null, false],
  ];
  for (const [who, a, expected] of cases) {
    it(`${who}: ${expected}`, () => expect(mayHandIn(a, "c1")).toBe(expected));
  }
});
