import type { AppErrorCode } from "../errors";

/**
 * What every server action returns to useActionState. A refusal carries its code beside the
 * message, so components branch on the code (a CONFLICT offers the newer version), never on
 * the message text.
 */
export type ActionResult<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

export const INITIAL: ActionResult = { ok: true };
