import { NextResponse, type NextRequest } from "next/server";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { LANG_COOKIE } from "@/lib/i18n/server";

/** GET /lang?to=en&back=/records — switch the UI language and return to the page. */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to") === "en" ? "en" : "zh";
  const target = sameOriginPath(request.nextUrl.searchParams.get("back"), "/");
  const response = NextResponse.redirect(new URL(target, request.nextUrl.origin));
  response.cookies.set(LANG_COOKIE, to, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  return response;
}
