import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER, SEARCH_HEADER } from "./lib/http/request-path";
import { HSTS } from "./lib/http/security-headers.mjs";

/**
 * Conveniences, never a guard:
 * - sends visitors without a session cookie from /admin to the login page (every page, action
 *   and route handler still asks lib/auth/policy.ts on the server);
 * - tells the root layout which path is asked for (a new installation is led to /setup);
 * - adds HSTS when the portal is served over https (NEXTAUTH_URL), which next.config.mjs cannot
 *   know at build time. The other security headers are in next.config.mjs.
 */

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname);
  headers.set(SEARCH_HEADER, request.nextUrl.search);
  const response =
    request.nextUrl.pathname.startsWith("/admin") && !hasSession(request)
      ? NextResponse.redirect(loginUrl(request))
      : NextResponse.next({ request: { headers } });
  if (process.env.NEXTAUTH_URL?.startsWith("https://")) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

function hasSession(request: NextRequest) {
  return request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
}

function loginUrl(request: NextRequest) {
  const url = new URL("/login", request.url);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return url;
}

// Not /api: a matched request's body is buffered for the proxy, and uploads must be authorized before they are read.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"] };
