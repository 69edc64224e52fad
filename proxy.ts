import { NextResponse, type NextRequest } from "next/server";

/**
 * Only a convenience: sends visitors without a session cookie from /admin to the login page.
 * Every page, action and route handler still asks lib/auth/policy.ts on the server.
 */
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (hasSession) return NextResponse.next();
  const url = new URL("/login", request.url);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/admin/:path*"] };
