import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "../errors";

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
