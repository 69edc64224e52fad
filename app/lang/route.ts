import { NextResponse, type NextRequest } from "next/server";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { LANG_COOKIE } from "@/lib/i18n/server";

/** GET /lang?to=en&back=/records — switch the UI language and return to the page. */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to") === "en" ? "en" : "zh";
  const target = sameOriginPath(request.nextUrl.searchParams.get("back"), "/");
  // A relative Location: the browser resolves it against the page it is on, so it stays on this site.
  const response = new NextResponse(null, { status: 307, headers: { location: target } });
  response.cookies.set(LANG_COOKIE, to, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  return response;
}
