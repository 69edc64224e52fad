import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { MaybeActor } from "../auth/actor";
import { clientIp } from "../auth/options";
import { currentActor } from "../auth/session";
import { AppError, GENERIC_ERROR } from "../errors";
import { bi } from "../i18n/bilingual";
import { toAppError } from "../server/db-errors";

/**
 * The one wrapper for JSON route handlers: resolves the actor, refuses cross-site writes, and
 * maps errors to `{ error: { code, message, fieldErrors } }` with the right status. Handlers
 * themselves ask the policy (lib/auth/policy.ts) through the domain functions they call.
 */
export type ApiContext<P> = { request: NextRequest; params: P; actor: MaybeActor; ip: string };

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A browser sends Origin on cross-site writes; anything but our own origin is refused. */
export function crossSite(request: NextRequest): boolean {
  if (!MUTATING.has(request.method)) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export function errorResponse(err: unknown): NextResponse {
  const appError = toAppError(err);
  if (appError) {
    return NextResponse.json(
      { error: { code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors } },
      { status: appError.status },
    );
  }
  console.error("[api] unexpected error", err);
  return NextResponse.json({ error: { code: "INTERNAL", message: GENERIC_ERROR } }, { status: 500 });
}

export function apiRoute<P>(handler: (ctx: ApiContext<P>) => Promise<unknown>) {
  return async (request: NextRequest, context: { params: Promise<P> }) => {
    try {
      if (crossSite(request)) {
        throw new AppError("FORBIDDEN", bi("拒绝跨站请求", "cross-site request refused"));
      }
      const signedIn = await currentActor();
      // An account that must still change its one-time password has no more rights than a visitor.
      const actor = signedIn?.mustChangePassword ? null : signedIn;
      const result = await handler({ request, params: await context.params, actor, ip: clientIp(request.headers) });
      return result instanceof Response ? result : NextResponse.json(result ?? { ok: true });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** Reads a JSON body; malformed JSON is a 400, not a 500. */
export async function jsonBody(request: NextRequest): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json();
    if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new AppError("INVALID", bi("请求体必须是 JSON 对象", "the request body must be a JSON object"));
}
