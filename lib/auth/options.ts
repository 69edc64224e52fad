import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { audit } from "../audit/log";
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

/** The college's unified identity platform (统一身份认证) as a generic OIDC provider, when configured. */
function oidcProvider(): OAuthConfig<Record<string, string>> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = process.env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: process.env.OIDC_NAME ?? "统一身份认证",
    type: "oauth",
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid profile email" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (p) => ({ id: p.sub, name: p.name ?? p.preferred_username, email: p.email, username: p.preferred_username }),
  };
}

export const SESSION_MAX_AGE = 8 * 60 * 60;

export function authOptions(): NextAuthOptions {
  const oidc = oidcProvider();
  return {
    secret: process.env.NEXTAUTH_SECRET,
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
      async signIn({ account, profile, user }) {
        if (account?.provider !== "oidc") return true;
        const p = profile as { preferred_username?: string; email?: string } | undefined;
        const match = await db().user.findFirst({
          where: { active: true, OR: [{ username: p?.preferred_username ?? "\u0000" }, { email: p?.email ?? "\u0000" }] },
        });
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
