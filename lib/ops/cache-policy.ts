/**
 * Cache-Control decided by who a response is for. Anything that can depend on the signed-in
 * user (admin pages, the API, sign-in, evidence files, set-up, partner pages) must never be stored
 * by a CDN or a shared proxy, whatever a route says. Only the paths listed as public here keep
 * what their route sets (public report pages set their own, lib/report/http-cache.ts); every
 * other path is `private, no-store`, so a new route is private until someone says otherwise.
 */
export const PRIVATE = "private, no-store";

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
