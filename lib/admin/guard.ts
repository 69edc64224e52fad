import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "../errors";

/**
 * The one way a page refuses: it runs its data load (the domain function asks the policy) through
 * this. Not signed in → the login page; not allowed or not there → the not-found page, which
 * says so in Chinese and English without revealing which (a draft of another department is
 * "not found", as in the API). Anything else reaches app/error.tsx.
 */
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
