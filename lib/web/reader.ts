import { getToken } from "next-auth/jwt";
import { authSecret } from "../auth/secret";
import { sessionIsCurrent, type SessionClaims } from "../auth/sessions";
import { LANG_COOKIE } from "../i18n/catalogue";
import { INSTITUTION_ID } from "../institution/demo-identity";
import { db } from "../server/db";
import type { SiteReader } from "../site/nav";

export const ANONYMOUS: SiteReader = { lang: "zh", name: null };

/** What a page's frame (header, footer) shows: the college, and who reads in which language (lib/site/nav.ts). */
export type Chrome = { college: College | null; reader: SiteReader; back: string | null };

/**
 * The frame's facts for this request, the same for scripts/serve.ts and Next's route handlers. `personal`
 * when the reader is signed in or reads in English: their page is made for them and kept out of shared
 * caches (lib/http/cache.ts "private-no-store"); everyone else shares the cached bytes.
 */
export async function chromeFor(
  headers: Headers,
  back: string | null,
  options: { fresh?: boolean } = {},
): Promise<{ chrome: Chrome; personal: boolean }> {
  const [reader, college] = await Promise.all([readerOf(headers), collegeForHeader(options)]);
  return { chrome: { college, reader: reader ?? ANONYMOUS, back }, personal: reader !== null };
}

/**
 * Who reads a public report page, for its header: the signed-in user's name and the chosen
 * language, as on every other page. The page's bytes are shared and cached for anonymous
 * Chinese readers; only a reader with a session or the English choice gets a private copy.
 * Runs inside Next and in scripts/serve.ts (before Next), so it reads the raw Cookie header.
 */
export async function readerOf(headers: Headers): Promise<SiteReader | null> {
  const cookies = parseCookies(headers.get("cookie"));
  const lang = cookies.get(LANG_COOKIE) === "en" ? "en" : "zh";
  const name = [...cookies.keys()].some((k) => k.includes("next-auth.session-token")) ? await signedInName(cookies) : null;
  return lang === "zh" && !name ? null : { lang, name };
}

/** The claims of a verified session cookie (signature and expiry checked) naming a user, or null. */
async function sessionClaims(cookies: Map<string, string>): Promise<(SessionClaims & { uid: string }) | null> {
  if (![...cookies.keys()].some((k) => k.includes("next-auth.session-token"))) return null;
  const secret = authSecret();
  if (!secret) return null;
  // A forged or expired cookie is an anonymous reader, not an error.
  const token = await getToken({ req: { cookies, headers: {} } as never, secret }).catch(() => null);
  return token && typeof (token as { uid?: unknown }).uid === "string" ? (token as SessionClaims & { uid: string }) : null;
}

/** Whether a request carries a valid session cookie: scripts/serve.ts sizes the body ceiling by it. */
export async function signedInRequest(headers: Headers): Promise<boolean> {
  return (await sessionClaims(parseCookies(headers.get("cookie")))) !== null;
}

async function signedInName(cookies: Map<string, string>): Promise<string | null> {
  const token = await sessionClaims(cookies);
  if (!token) return null;
  const user = await db().user.findUnique({
    where: { id: token.uid },
    select: { id: true, displayName: true, active: true, sessionVersion: true },
  });
  // An ended session (signed out, password changed, too old) is an anonymous reader too.
  return user?.active && sessionIsCurrent(token, user) ? user.displayName : null;
}

function parseCookies(header: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) {
      const value = part.slice(i + 1).trim();
      try {
        out.set(part.slice(0, i).trim(), decodeURIComponent(value));
      } catch {
        out.set(part.slice(0, i).trim(), value);
      }
    }
  }
  return out;
}

/** `demo`: the demo installation (the 2022 demo data), bannered on every React page (app/layout.tsx). */
export type College = { name: string; logoFileId: string | null; demo: boolean };
const TTL_MS = 5_000;
let recent: { at: number; value: Promise<College | null> } | undefined;

/**
 * The college's name and logo for the header, looked up at most every few seconds under load.
 * `fresh` always looks it up (and renews the shared answer): React pages show a renamed college
 * or a new logo at once, as the settings page that changed it expects.
 */
export function collegeForHeader(options: { fresh?: boolean } = {}): Promise<College | null> {
  if (!options.fresh && recent && Date.now() - recent.at < TTL_MS) return recent.value;
  // The first institution, as lib/institution/service.ts institutionProfile() reads it (that module's
  // upload and password code has no place in the static-page path of scripts/serve.ts).
  const value = db()
    .institution.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, logoFileId: true } })
    .then((row) => row && { name: row.name, logoFileId: row.logoFileId, demo: row.id === INSTITUTION_ID })
    .catch(() => null);
  recent = { at: Date.now(), value };
  return value;
}
