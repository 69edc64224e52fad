import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { PATH_HEADER } from "../http/request-path";
import type { Actor } from "../auth/actor";
import { currentActor } from "../auth/session";
import { AppError } from "../errors";
import { installationKind, pageRedirect } from "../institution/kind";

/**
 * The signed-in actor of an admin page, or the login page. Every admin page asks this itself,
 * before it loads anything: the App Router renders a page alongside its layout, so the layout's
 * redirect does not keep the page's data out of the response, and the proxy only sees that a
 * cookie with the session's name exists, not that it is valid.
 */
export async function pageActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login?callbackUrl=/admin");
  // A partner enterprise's sign-in has no admin page at all: it works on its own report only.
  if (actor.role === "PARTNER") redirect("/partner");
  // A one-time password (from a spreadsheet import) opens only the own account page until changed.
  const path = (await headers()).get(PATH_HEADER) ?? "";
  if (actor.mustChangePassword && path !== ACCOUNT_PAGE) redirect(ACCOUNT_PAGE);
  // A college's pages in an education department's installation (and the other way round) send
  // the user to their own start page; a college's account (province mode) opens its hand-in only.
  const elsewhere = pageRedirect(await installationKind(), actor.role, path);
  if (elsewhere) redirect(elsewhere);
  return actor;
}

/** The signed-in partner enterprise's user of a /partner page; anyone else goes where they belong. */
export async function partnerPageActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login?callbackUrl=/partner");
  if (actor.role !== "PARTNER") redirect("/admin");
  // As for staff: a one-time password opens only the own account page until it is changed.
  if (actor.mustChangePassword && (await headers()).get(PATH_HEADER) !== PARTNER_ACCOUNT_PAGE) redirect(PARTNER_ACCOUNT_PAGE);
  return actor;
}

export const ACCOUNT_PAGE = "/admin/account";
export const PARTNER_ACCOUNT_PAGE = "/partner/account";

/**
 * The one way a page refuses: it runs its data load (the domain function asks the policy) through
 * this. Not signed in → the login page; not allowed or not there → the not-found page, which
 * says so in Chinese and English without revealing which (a draft of another department is
 * "not found", as in the API). Anything else reaches app/error.tsx.
 */
export async function guarded<T>(load: () => T | Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof AppError) {
      if (err.code === "UNAUTHENTICATED") redirect("/login");
      if (err.code === "FORBIDDEN" || err.code === "NOT_FOUND") notFound();
    }
    throw err;
  }
}
