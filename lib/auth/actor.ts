import type { Role } from "../generated/prisma/client";

/** Who is acting: a signed-in, active user, or null for an anonymous visitor. */
export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  /** Province mode: the registered college a COLLEGE account hands in for. */
  collegeId?: string | null;
  /** Signed in with a one-time password: only the own account page until it is changed. */
  mustChangePassword?: boolean;
  /** The client address of the request this actor acts in (lib/auth/client-address.ts); audit rows record it. */
  ip?: string;
};

export type MaybeActor = Actor | null;
