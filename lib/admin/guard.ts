import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Actor } from "../auth/actor";
import { currentActor } from "../auth/session";
import { AppError } from "../errors";

/**
 * The signed-in actor of an admin page, or the login page. Every admin page asks this itself,
 * before it loads anything: the App Router renders a page alongside its layout, so the layout's
 * redirect does not keep the page's data out of the response, and the proxy only sees that a
 * cookie with the session's name exists, not that it is valid.
 */
export async function pageActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login?callbackUrl=/admin");
  return actor;
}

/** Runs a page's data load; policy refusals become the login redirect or a 404, never a stack trace. */
export async function guarded<T>(load: () => Promise<T>): Promise<T> {
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
