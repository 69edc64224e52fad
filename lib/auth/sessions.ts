import type { Prisma, PrismaClient } from "../generated/prisma/client";

/**
 * When a signed-in session ends. next-auth keeps the session in a signed cookie (JWT) and renews it
 * on use, so on its own a stolen or forgotten cookie would live for ever and outlive a password
 * change. Two claims fix that, both set once at sign-in and never changed by a renewal:
 * - `sv`, the user's `sessionVersion` at sign-in: raising the column (endSessions) ends every
 *   session of that user at their next request (password change, sign-out, role change,
 *   deactivation, an admin's reset);
 * - `signedInAt`: no session lives longer than SESSION_ABSOLUTE_MAX_AGE after it, however often
 *   it was renewed.
 * The version is compared where a session becomes an actor (lib/auth/session.ts), in the same
 * indexed read of the user row that checks `active`.
 */
export const SESSION_ABSOLUTE_MAX_AGE = 12 * 60 * 60;

/** The claims a session token carries about its own life (next-auth's JWT, see lib/auth/options.ts). */
export type SessionClaims = { uid?: unknown; sv?: unknown; signedInAt?: unknown } & Record<string, unknown>;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The claims for a new sign-in. */
export function newSessionClaims(user: { id: string; sessionVersion: number }, now = nowSeconds()) {
  return { uid: user.id, sv: user.sessionVersion, signedInAt: now };
}

/** Whether a session is still inside its absolute lifetime (a token without a sign-in time is not: it predates these claims). */
export function withinLifetime(claims: SessionClaims, now = nowSeconds()): boolean {
  return typeof claims.signedInAt === "number" && claims.signedInAt <= now + 60 && now - claims.signedInAt < SESSION_ABSOLUTE_MAX_AGE;
}

/** Whether a session still stands for this user row: signed in since the user's sessions were last ended, and not too long ago. */
export function sessionIsCurrent(claims: SessionClaims, user: { id: string; sessionVersion: number }, now = nowSeconds()): boolean {
  return claims.uid === user.id && claims.sv === user.sessionVersion && withinLifetime(claims, now);
}

type Tx = Pick<Prisma.TransactionClient | PrismaClient, "user">;

/**
 * Ends every session of a user: their cookies stop working at the next request. Call it inside the
 * transaction of the change that demands it (password change or reset, role change, deactivation).
 * Returns the new version (a session that must go on, the own one after a password change, is
 * re-issued with it: lib/auth/session.ts).
 */
export async function endSessions(options: { tx: Tx; userId: string }): Promise<number> {
  const user = await options.tx.user.update({
    where: { id: options.userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}
