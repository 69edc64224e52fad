import { NextResponse, type NextRequest } from "next/server";

/** The request's path, for the root layout (set-up redirect); layouts are not told the path otherwise. */
export const PATH_HEADER = "x-nianbao-path";

/**
 * Only conveniences: tells the root layout which path is asked for, and sends visitors without a
 * session cookie from /admin to the login page. Every page, action and route handler still asks
 * lib/auth/policy.ts on the server.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/admin")) {
    const hasSession = request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
    if (!hasSession) {
      const url = new URL("/login", request.url);
      url.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(url);
    }
  }
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!_next/|api/|files/|favicon.ico).*)"] };
