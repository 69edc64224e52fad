import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { audit } from "../audit/log";
import { sameOriginPath } from "../http/safe-redirect";
import { env } from "../env";
import { db } from "../server/db";
import { clientAddress, type ClientAddress } from "./client-address";
import { rememberSsoIdentity, takeSsoIdentity } from "./sso-link";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { clearLoginFailures, loginThrottled, recordLoginFailure } from "./throttle";
import { authSecret } from "./secret";
import { newSessionClaims, sessionIsCurrent, withinLifetime, type SessionClaims } from "./sessions";

const ZCredentials = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(400) });

/** Thrown from authorize(); next-auth hands the message to the login form as `error`. */
export const LOGIN_ERRORS = { invalid: "INVALID_CREDENTIALS", limited: "RATE_LIMITED" } as const;

/** The client address an audit row records; see client-address.ts for which headers are believed. */
export function clientIp(headers: Record<string, unknown> | Headers | undefined): string {
  return clientAddress(headers).ip;
}

type OidcClaims = { sub: string; name?: string; email?: string; preferred_username?: string };

/** Claims of the ID token, completed from the userinfo endpoint when the token carries only `sub`. */
async function oidcClaims(issuer: string, claims: OidcClaims, accessToken?: string): Promise<OidcClaims> {
  if (claims.preferred_username || claims.email || !accessToken) return claims;
  const meta = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { userinfo_endpoint?: string };
  if (!meta.userinfo_endpoint) return claims;
  const res = await fetch(meta.userinfo_endpoint, { headers: { Authorization: `Bearer ${accessToken}` } });
  return res.ok ? { ...claims, ...((await res.json()) as OidcClaims) } : claims;
}

/** The college's unified identity platform (统一身份认证) as a generic OIDC provider, when configured. */
const oidcIssuer = () => (env().OIDC_ISSUER ?? "").replace(/\/$/, "");

function oidcProvider(): OAuthConfig<OidcClaims> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  const issuer = oidcIssuer();
  return {
    id: "oidc",
    name: OIDC_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid profile email" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: async (claims, tokens) => {
      const c = await oidcClaims(issuer, claims, tokens.access_token);
      return { id: c.sub, name: c.name ?? c.preferred_username ?? c.sub, email: c.email ?? null, username: c.preferred_username ?? null };
    },
  };
}

export const SESSION_MAX_AGE = 8 * 60 * 60;
const SESSION_ENDED = "SESSION_ENDED";
const endedSession = (meta: unknown) => {
  const err = meta instanceof Error ? meta : (meta as { error?: unknown } | undefined)?.error;
  return err instanceof Error && err.message === SESSION_ENDED;
};

/**
 * next-auth's options for one request: `address` is where it came from (the route handler builds
 * the options per request so sign-ins can be throttled and audited by address).
 */
export function authOptions(request?: { address: ClientAddress }): NextAuthOptions {
  const oidc = oidcProvider();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: 60 * 60 },
    pages: { signIn: "/login" },
    logger: {
      // An ended session is an expected answer (the cookie is cleared), not an error worth a log line.
      error: (code, meta) => {
        if (code === "JWT_SESSION_ERROR" && endedSession(meta)) return;
        console.error(`[auth] ${code}`);
      },
      warn: () => undefined,
      debug: () => undefined,
    },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
        async authorize(raw, req) {
          const parsed = ZCredentials.safeParse(raw);
          if (!parsed.success) throw new Error(LOGIN_ERRORS.invalid);
          const { username, password } = parsed.data;
          const address = request?.address ?? clientAddress(req?.headers);
          const attempt = { username, address };
          if (await loginThrottled(db(), attempt)) throw new Error(LOGIN_ERRORS.limited);
          const user = await db().user.findUnique({ where: { username } });
          // Always one bcrypt comparison (a dummy one for unknown users): timing reveals no user names.
          const passwordOk = await verifyPassword(password, user?.passwordHash);
          if (!passwordOk || !user || !user.active) {
            await recordLoginFailure(db(), attempt);
            await audit(db(), {
              actor: null,
              actorName: username,
              action: "LOGIN_FAILED",
              entityType: "User",
              entityId: user?.id ?? null,
              ip: address.ip,
              changes: { peer: address.peer },
              reason: user && !user.active ? "inactive" : "bad credentials",
            });
            throw new Error(LOGIN_ERRORS.invalid);
          }
          await clearLoginFailures(db(), attempt);
          const sso = await takeSsoIdentity();
          await db().$transaction(async (tx) => {
            if (needsRehash(user.passwordHash!))
              await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
            if (sso && !user.oidcSubject && !(await tx.user.findFirst({ where: { oidcIssuer: sso.issuer, oidcSubject: sso.subject } }))) {
              await tx.user.update({ where: { id: user.id }, data: { oidcIssuer: sso.issuer, oidcSubject: sso.subject } });
              await audit(tx, {
                actor: null,
                actorName: user.displayName,
                action: "SSO_LINK",
                entityType: "User",
                entityId: user.id,
                ip: address.ip,
                changes: { peer: address.peer, issuer: sso.issuer, subject: sso.subject },
              });
            }
            await audit(tx, {
              actor: null,
              actorName: user.displayName,
              action: "LOGIN",
              entityType: "User",
              entityId: user.id,
              ip: address.ip,
              changes: { peer: address.peer, method: "password" },
            });
          });
          return { id: user.id, name: user.displayName, email: user.email };
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      /**
       * An identity-platform account signs in as the local user it was linked to (issuer +
       * subject), never by a matching user name or e-mail. An unlinked one is remembered for a
       * password sign-in in this browser to link it (lib/auth/sso-link.ts).
       */
      async signIn({ account, user }) {
        if (account?.provider !== "oidc") return true;
        const identity = { issuer: oidcIssuer(), subject: account.providerAccountId };
        const ip = request?.address.ip ?? null;
        const peer = request?.address.peer ?? null;
        const linked = await db().user.findFirst({ where: { active: true, oidcIssuer: identity.issuer, oidcSubject: identity.subject } });
        if (!linked) {
          await rememberSsoIdentity(identity);
          await audit(db(), {
            actor: null,
            actorName: user.name ?? identity.subject,
            action: "LOGIN_FAILED",
            entityType: "User",
            ip,
            changes: { peer, method: "sso" },
            reason: "single sign-on identity not linked",
          });
          return "/login?sso=link";
        }
        user.id = linked.id;
        await audit(db(), {
          actor: null,
          actorName: linked.displayName,
          action: "LOGIN",
          entityType: "User",
          entityId: linked.id,
          ip,
          changes: { peer, method: "sso" },
        });
        return true;
      },
      /** Where next-auth sends the browser after signing in or out: this site only. */
      redirect({ url, baseUrl }) {
        if (url.startsWith(`${baseUrl}/`)) url = url.slice(baseUrl.length);
        return `${baseUrl}${sameOriginPath(url, "/admin")}`;
      },
      /**
       * At sign-in the token gets the user's session version and the sign-in time; a renewal
       * (GET /api/auth/session) keeps both and is refused past the absolute lifetime, or, on
       * next-auth's own routes, once the user's sessions were ended: the cookie is then cleared.
       * Pages, actions and the API compare the version themselves (lib/auth/session.ts).
       */
      async jwt({ token, user }) {
        if (user) {
          const row = await db().user.findUnique({ where: { id: user.id }, select: { id: true, sessionVersion: true } });
          if (!row) throw new Error(SESSION_ENDED);
          return { ...token, ...newSessionClaims(row) };
        }
        if (!withinLifetime(token)) throw new Error(SESSION_ENDED);
        if (request && typeof token.uid === "string") {
          const row = await db().user.findUnique({ where: { id: token.uid }, select: { id: true, sessionVersion: true, active: true } });
          if (!row?.active || !sessionIsCurrent(token, row)) throw new Error(SESSION_ENDED);
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv, signedInAt: token.signedInAt };
      },
    },
    events: {
      /** Signing out ends the session for good, not just in this browser: a copied cookie stops working too. */
      async signOut({ token }) {
        const claims = (token ?? {}) as SessionClaims;
        if (typeof claims.uid !== "string" || typeof claims.sv !== "number") return;
        // Only a current session ends the others: an old cookie cannot sign the user out of a newer sign-in.
        await db().user.updateMany({ where: { id: claims.uid, sessionVersion: claims.sv }, data: { sessionVersion: { increment: 1 } } });
      },
    },
  };
}
