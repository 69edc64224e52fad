import { bi } from "./i18n/bilingual";

export type AppErrorCode =
  "INVALID" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_LARGE" | "RATE_LIMITED" | "INTERNAL";

const STATUS: Record<AppErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** An error whose message is safe and useful to show a user (Chinese first, English second). */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const GENERIC_ERROR = bi("操作失败，请稍后重试", "Something went wrong, please try again");

/** A zod refusal as an AppError: the first message, and every message under its field path. */
export function invalidInput(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return new AppError("INVALID", error.issues[0]?.message ?? bi("输入有误", "invalid input"), fieldErrors);
}
