import "server-only";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { db } from "../server/db";
import type { MaybeActor } from "./actor";
import { authOptions } from "./options";

/**
 * The signed-in user, re-read from the database on every request so that a deactivation or a
 * role change takes effect at once. null for anonymous visitors and deactivated users.
 */
export async function currentActor(): Promise<MaybeActor> {
  const session = await getServerSession<NextAuthOptions, { uid?: string }>(authOptions());
  if (!session?.uid) return null;
  const user = await db().user.findUnique({
    where: { id: session.uid },
    select: { id: true, username: true, displayName: true, role: true, departmentId: true, active: true, mustChangePassword: true },
  });
  if (!user?.active) return null;
  const { active: _active, ...actor } = user;
  return actor;
}
