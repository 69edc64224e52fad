import type { Role } from "../generated/prisma/client";

/**
 * The roles, declared once (equal to Prisma's Role: tests/integration/enums.test.ts). No
 * dependencies, so forms in the browser read the same lists as the server's schemas.
 */
export const ROLES = ["ADMIN", "REVIEWER", "STAFF", "PARTNER", "DEPT_HEAD", "LEADER", "COLLEGE"] as const satisfies readonly Role[];

/**
 * The roles an admin gives a user, in the form's order; a partner's sign-in comes with its enterprise's invitation (lib/partners),
 * a college's (province mode) with its entry in the colleges register (lib/province/colleges.ts).
 */
export const USER_ROLES = ["STAFF", "REVIEWER", "DEPT_HEAD", "LEADER", "ADMIN"] as const satisfies readonly Exclude<
  Role,
  "PARTNER" | "COLLEGE"
>[];
export type UserRole = (typeof USER_ROLES)[number];

/** Roles bound to one department. */
export const DEPARTMENT_ROLES: readonly string[] = ["STAFF", "DEPT_HEAD"] satisfies readonly UserRole[];

/** The roles' names as people read them, Chinese and English (the user forms; lib/records/labels.ts holds the same for enum labels). */
export const ROLE_LABELS: Record<(typeof ROLES)[number], { zh: string; en: string }> = {
  ADMIN: { zh: "管理员", en: "Administrator" },
  REVIEWER: { zh: "审核员", en: "Reviewer" },
  STAFF: { zh: "系部填报员", en: "Department staff" },
  PARTNER: { zh: "合作企业", en: "Partner enterprise" },
  DEPT_HEAD: { zh: "部门负责人", en: "Department head" },
  LEADER: { zh: "校领导", en: "College leader" },
  COLLEGE: { zh: "学校报送员", en: "College submitter" },
};
