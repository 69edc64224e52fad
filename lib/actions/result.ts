/** What every server action returns to useActionState. */
export type ActionResult<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

export const INITIAL: ActionResult = { ok: true };
