import type http from "node:http";

/**
 * Caching, decided in one place: every response names one of these policies, and only this module
 * writes the Cache-Control header (`cacheControl(policy)`). What a response may be cached as follows
 * from who it is for. Anything that can depend on the signed-in user (admin pages, the API, sign-in,
 * evidence files, set-up, partner pages) must never be stored by a CDN or a shared proxy, whatever a
 * route says: only the paths listed as public below keep what their route sets; every other path is
 * `private, no-store` (scripts/serve.ts forcePrivate), so a new route is private until someone says otherwise.
 */

/**
 * The latest edition of a year: browsers revalidate every time (cheap: 304), shared caches keep
 * it SHARED_MAX_AGE seconds and may serve a stale copy while they revalidate. A publication is
 * therefore visible through a CDN within SHARED_MAX_AGE + STALE_WHILE_REVALIDATE seconds (plus
 * the instance's own bound, lib/report/editions/editions.ts HEAD_TTL_MS), and at once with a CDN purge.
 */
export const SHARED_MAX_AGE = 10;
export const STALE_WHILE_REVALIDATE = 30;

export const CACHE_POLICIES = {
  /** Personal or changing: nobody stores it (admin, API, sign-in, a reader's own copy of a public page). */
  "private-no-store": "private, no-store",
  /** Not stored anywhere; for answers that are not personal but stale at once (a job's progress, exports). */
  "no-store": "no-store",
  /** Bytes that never change under their URL: a numbered edition, its PDF. */
  immutable: "public, max-age=31536000, immutable",
  /** The latest edition of a year (see SHARED_MAX_AGE). */
  "public-edition": `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`,
  /** A public answer that may change any moment (a year not yet published): shared caches only, briefly. */
  "public-brief": `public, max-age=0, s-maxage=${SHARED_MAX_AGE}`,
  /** A public file that may be replaced (the latest PDF, a partner's PDF): five minutes. */
  "public-5min": "public, max-age=300",
  /** A public image (the college's logo, a public figure): an hour. */
  "public-hour": "public, max-age=3600",
  /** A signed-in reader's evidence image: their browser only, five minutes. */
  "private-5min": "private, max-age=300",
  /** Fonts served to the PDF printer's own browser (not a public route). */
  "local-hour": "max-age=3600",
} as const;

export type CachePolicy = keyof typeof CACHE_POLICIES;

/** The header a policy sets, to spread into a response's headers. */
export const cacheControl = (policy: CachePolicy): { "cache-control": string } => ({ "cache-control": CACHE_POLICIES[policy] });

export const PRIVATE = CACHE_POLICIES["private-no-store"];

/** Keeps `cache-control: private, no-store` on a personal path whatever a route or Next sets (scripts/serve.ts). */
export function forcePrivate(res: http.ServerResponse) {
  const isCacheControl = (name: string) => name.toLowerCase() === "cache-control";
  res.setHeader("cache-control", PRIVATE);
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name: string, value: number | string | readonly string[]) => (isCacheControl(name) ? res : setHeader(name, value));
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = (status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => r && typeof r === "object") as Record<string, unknown> | undefined;
    if (headers && !Array.isArray(headers)) for (const k of Object.keys(headers)) if (isCacheControl(k)) headers[k] = PRIVATE;
    return writeHead(status, ...rest);
  };
}

const PUBLIC_PREFIXES = ["/reports", "/records", "/_next/static", "/_next/image"];
const PUBLIC_EXACT = new Set(["/", "/favicon.ico", "/icon.svg", "/robots.txt"]);

/**
 * The path a router will see: dot segments resolved (also percent-encoded ones), percent-encoding
 * of ordinary characters decoded, repeated slashes folded. `/x/../api/v1/users` is `/api/v1/users`.
 */
export function normalizePath(rawPath: string): string {
  const raw = (rawPath.split("?")[0] ?? "").split("#")[0] ?? "";
  // Twice: decoding can reveal dot segments the first pass saw as "..%2f".
  return resolve(decodeSegments(resolve(raw)));
}

/** Dot segments resolved and slashes folded, from a fixed origin (a path starting "//" is not a host). */
function resolve(path: string): string {
  try {
    return new URL(`http://local${path.startsWith("/") ? "" : "/"}${path}`).pathname.replace(/\/{2,}/g, "/");
  } catch {
    return "/";
  }
}

function decodeSegments(path: string): string {
  return path
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment).replace(/[?#]/g, encodeURIComponent);
      } catch {
        return segment;
      }
    })
    .join("/");
}

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_EXACT.has(pathname) || PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** Whether scripts/serve.ts forces `private, no-store`: every path not explicitly public, after normalising. */
export function isPrivatePath(rawPath: string): boolean {
  return !isPublicPath(normalizePath(rawPath));
}
