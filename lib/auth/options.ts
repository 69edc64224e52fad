import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { audit } from "../audit/log";
import { env } from "../env";
import { db } from "../server/db";
import { verifyPassword } from "./password";
import { loginLimits } from "./rate-limit";

const ZCredentials = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

/** Thrown from authorize(); next-auth hands the message to the login form as `error`. */
export const LOGIN_ERRORS = { invalid: "INVALID_CREDENTIALS", limited: "RATE_LIMITED" } as const;

export function clientIp(headers: Record<string, unknown> | Headers | undefined): string {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : (headers?.[name] as string | undefined) ?? null;
  return (get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || "local").slice(0, 64);
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
function oidcProvider(): OAuthConfig<OidcClaims> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  const issuer = OIDC_ISSUER.replace(/\/$/, "");
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

export function authOptions(): NextAuthOptions {
  const oidc = oidcProvider();
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: 60 * 60 },
    pages: { signIn: "/login" },
    logger: { error: (code) => console.error(`[auth] ${code}`), warn: () => undefined, debug: () => undefined },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
        async authorize(raw, req) {
          const parsed = ZCredentials.safeParse(raw);
          if (!parsed.success) throw new Error(LOGIN_ERRORS.invalid);
          const { username, password } = parsed.data;
          const ip = clientIp(req?.headers);
          const limits = loginLimits();
          if (limits.user.blocked(username) || limits.ip.blocked(ip)) throw new Error(LOGIN_ERRORS.limited);
          limits.ip.hit(ip);
          const user = await db().user.findUnique({ where: { username } });
          const ok = !!user?.passwordHash && user.active && (await verifyPassword(password, user.passwordHash));
          if (!ok || !user) {
            limits.user.hit(username);
            await audit(db(), { actor: null, actorName: username, action: "LOGIN_FAILED", entityType: "User",
              entityId: user?.id ?? null, ip, reason: user && !user.active ? "inactive" : "bad credentials" });
            throw new Error(LOGIN_ERRORS.invalid);
          }
          limits.user.reset(username);
          return { id: user.id, name: user.displayName, email: user.email };
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ account, user }) {
        if (account?.provider !== "oidc") return true;
        const p = user as { username?: string | null; email?: string | null };
        const ways = [p.username ? { username: p.username } : null, p.email ? { email: p.email } : null]
          .filter((w): w is { username: string } | { email: string } => w !== null);
        if (ways.length === 0) return false;
        const match = await db().user.findFirst({ where: { active: true, OR: ways } });
        if (!match) return false;
        user.id = match.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid };
      },
    },
  };
}
