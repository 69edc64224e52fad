import "server-only";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../server/db";
import type { MaybeActor } from "./actor";
import { clientAddress } from "./client-address";
import { authOptions, SESSION_MAX_AGE } from "./options";
import { authSecret } from "./secret";
import { sessionIsCurrent, withinLifetime, type SessionClaims } from "./sessions";

/**
 * The signed-in user, re-read from the database on every request so that a deactivation or a
 * role change takes effect at once. null for anonymous visitors, deactivated users and sessions
 * that ended (signed out, password changed, past their absolute lifetime: lib/auth/sessions.ts).
 * The one read is by primary key. The actor carries the request's client address, so every audit
 * row it writes names where the change came from (lib/audit/log.ts).
 */
export async function currentActor(): Promise<MaybeActor> {
  const session = await getServerSession<NextAuthOptions, SessionClaims>(authOptions());
  if (!session) return null;
  return actorOfSession({ session, ip: clientAddress(await headers()).ip });
}

/**
 * The actor a session stands for (what getServerSession and GET /api/auth/session answer: the
 * session callback in lib/auth/options.ts), or null when it ended: one read of the user by id.
 */
export async function actorOfSession(options: { session: SessionClaims; ip?: string; prisma?: PrismaClient }): Promise<MaybeActor> {
  const { session } = options;
  if (typeof session.uid !== "string" || !withinLifetime(session)) return null;
  const user = await (options.prisma ?? db()).user.findUnique({
    where: { id: session.uid },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      departmentId: true,
      collegeId: true,
      active: true,
      mustChangePassword: true,
      sessionVersion: true,
    },
  });
  if (!user?.active || !sessionIsCurrent(session, user)) return null;
  const { active: _active, sessionVersion: _version, ...actor } = user;
  return options.ip ? { ...actor, ip: options.ip } : actor;
}

/**
 * After the user changed their own password (which ends all their sessions), this browser's
 * session goes on: its cookie is re-issued with the new version, keeping the sign-in time, so the
 * absolute lifetime is not extended. Server actions only (they may set cookies).
 */
export async function keepOwnSession(options: { userId: string; sessionVersion: number }): Promise<void> {
  const secret = authSecret();
  if (!secret) return;
  const jar = await cookies();
  const cookie = jar.getAll().find((c) => /(^|__Secure-)next-auth\.session-token$/.test(c.name));
  if (!cookie) return;
  const token = await decode({ token: cookie.value, secret }).catch(() => null);
  if (!token || token.uid !== options.userId) return;
  const value = await encode({ token: { ...token, sv: options.sessionVersion }, secret, maxAge: SESSION_MAX_AGE });
  jar.set(cookie.name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookie.name.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE,
  });
}
