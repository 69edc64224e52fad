import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { Actor } from "../auth/actor";
import { clientIp } from "../auth/options";
import { deny } from "../auth/policy";
import { currentActor } from "../auth/session";
import { AppError, GENERIC_ERROR } from "../errors";
import { bi } from "../i18n/bilingual";
import { toAppError } from "../server/db-errors";
import type { ActionResult } from "./result";

/**
 * The one wrapper for server actions: the signed-in actor (or 401), then the work, with
 * AppErrors turned into `{ ok: false, code, message, fieldErrors }` and the user's input echoed
 * back so nothing typed is lost. Anything else (a database or Chromium error) is logged and the
 * user sees a generic message with code INTERNAL. Authorization is asked inside the domain function.
 */
/** For the few actions an anonymous visitor may call (first-run set-up): the same error mapping, no actor. */
export async function runPublicAction<T>(form: FormData | null, work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (err) {
    unstable_rethrow(err);
    return refusal(err, form);
  }
}

function refusal(err: unknown, form: FormData | null): ActionResult<never> {
  const appError = toAppError(err);
  if (!appError) console.error("[action] unexpected error", err);
  return {
    ok: false,
    code: appError?.code ?? "INTERNAL",
    message: appError?.message ?? GENERIC_ERROR,
    fieldErrors: appError?.fieldErrors,
    // Echo what was typed so a refused form keeps it — but never a password.
    values: form
      ? Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && !/password/i.test(k)) as [string, string][])
      : undefined,
  };
}

export const mustChangeFirst = () =>
  new AppError("FORBIDDEN", bi("请先在「我的账号」修改初始密码", "change your one-time password in My account first"));

export async function runAction<T>(
  form: FormData | null,
  work: (ctx: { actor: Actor; ip: string }) => Promise<T>,
  options: { ownPassword?: boolean } = {},
): Promise<ActionResult<T>> {
  try {
    const actor = await currentActor();
    if (!actor) deny(actor);
    // Until a one-time password is changed, changing it is the only thing the account may do.
    if (actor.mustChangePassword && !options.ownPassword) throw mustChangeFirst();
    const ip = clientIp(await headers());
    return { ok: true, data: await work({ actor, ip }) };
  } catch (err) {
    unstable_rethrow(err);
    return refusal(err, form);
  }
}
