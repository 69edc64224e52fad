/**
 * Cache-Control decided by who a response is for. Anything that can depend on the signed-in
 * user (admin pages, the API, sign-in, evidence files) must never be stored by a CDN or a shared
 * proxy, whatever a route says; public report pages set their own (lib/report/http-cache.ts).
 */
export const PRIVATE = "private, no-store";

const PRIVATE_PREFIXES = ["/admin", "/api", "/login", "/files", "/lang"];

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
