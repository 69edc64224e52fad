import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { authSecret } from "./secret";
import { env } from "../env";

/**
 * Linking a single sign-on identity to a local account. The provider's user name and e-mail never
 * choose the account (a campus account named "admin" must not become the local admin): the first
 * time an identity (issuer + subject) arrives unlinked, it is remembered in a short-lived signed
 * cookie, and the next successful password sign-in in the same browser links it to that account.
 */
const COOKIE = "nianbao.sso-link";
const TTL_SECONDS = 10 * 60;

export type SsoIdentity = { issuer: string; subject: string };

function sign(payload: string): string {
  return createHmac("sha256", authSecret() ?? "")
    .update(`sso-link:${payload}`)
    .digest("base64url");
}

export async function rememberSsoIdentity(identity: SsoIdentity): Promise<void> {
  const payload = Buffer.from(JSON.stringify({ ...identity, exp: Date.now() + TTL_SECONDS * 1000 })).toString("base64url");
  (await cookies()).set(COOKIE, `${payload}.${sign(payload)}`, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: TTL_SECONDS,
    secure: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
}

/** The identity waiting to be linked in this browser (and forgets it), or null. */
export async function takeSsoIdentity(): Promise<SsoIdentity | null> {
  let jar;
  try {
    jar = await cookies();
  } catch {
    return null; // outside a request (scripts, tests of the sign-in code)
  }
  const raw = jar.get(COOKIE)?.value;
  if (!raw) return null;
  jar.delete(COOKIE);
  const [payload, mac] = raw.split(".");
  if (!payload || !mac) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const value = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as SsoIdentity & { exp: number };
    if (value.exp < Date.now() || typeof value.issuer !== "string" || typeof value.subject !== "string") return null;
    return { issuer: value.issuer, subject: value.subject };
  } catch {
    return null;
  }
}
