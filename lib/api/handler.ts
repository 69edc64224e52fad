import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { MaybeActor } from "../auth/actor";
import { requestHost } from "../auth/client-address";
import { clientIp } from "../auth/options";
import { type AdminAction, authorize, deny } from "../auth/policy";
import { currentActor } from "../auth/session";
import { AppError, GENERIC_ERROR } from "../errors";
import { bi } from "../i18n/bilingual";
import { toAppError } from "../server/db-errors";
import { limitedJson } from "./limited-body";

/**
 * The one wrapper for JSON route handlers: resolves the actor, refuses cross-site writes, asks who
 * may call before the handler runs (so no body is read for a caller who will be refused), and
 * maps errors to `{ error: { code, message, fieldErrors } }` with the right status. Handlers
 * themselves still ask the policy (lib/auth/policy.ts) through the domain functions they call.
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
  // X-Forwarded-Host only from a listed proxy: anyone else could name our host in it.
  const host = requestHost(request.headers);
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

/**
 * Who may call a route, checked before its handler reads anything: "anyone"; "signed-in"; or an
 * admin action of lib/auth/policy.ts. Writes default to "signed-in" (only the first-run set-up is
 * open to visitors), reads to "anyone" (handlers scope what they return).
 */
export type Allow = "anyone" | "signed-in" | AdminAction;

function admit(actor: MaybeActor, allow: Allow): void {
  if (allow === "anyone") return;
  if (!actor) deny(actor);
  if (allow !== "signed-in") authorize(actor, allow);
}

export function apiRoute<P>(handler: (ctx: ApiContext<P>) => Promise<unknown>, options: { allow?: Allow } = {}) {
  return async (request: NextRequest, context: { params: Promise<P> }) => {
    try {
      if (crossSite(request)) {
        throw new AppError("FORBIDDEN", bi("拒绝跨站请求", "cross-site request refused"));
      }
      const signedIn = await currentActor();
      // An account that must still change its one-time password has no more rights than a visitor.
      const actor = signedIn?.mustChangePassword ? null : signedIn;
      admit(actor, options.allow ?? (MUTATING.has(request.method) ? "signed-in" : "anyone"));
      const result = await handler({ request, params: await context.params, actor, ip: clientIp(request.headers) });
      return result instanceof Response ? result : NextResponse.json(result ?? { ok: true });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/**
 * Reads a JSON object body, counted while it streams: above `maxBytes` (1 MB unless the route says
 * more) a 413; malformed JSON a 400, not a 500. The wrapper has already admitted the caller.
 */
export function jsonBody(request: NextRequest, options: { maxBytes?: number } = {}): Promise<Record<string, unknown>> {
  return limitedJson(request, options);
}
