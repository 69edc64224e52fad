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
