import { z } from "zod";
import { bi } from "../i18n/bilingual";

/**
 * A password an administrator account may have: at least 10 characters from at least three of
 * lower case, upper case, digits and symbols, not containing the user name, and at most 72 bytes
 * (bcrypt ignores anything longer, so a longer one would only look stronger).
 */
export function passwordProblem(password: string, username = ""): string | null {
  if (password.length < 10) return bi("密码至少10位", "the password needs at least 10 characters");
  if (Buffer.byteLength(password, "utf8") > 72) return bi("密码过长（最多72字节）", "the password is too long (at most 72 bytes)");
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(password)).length;
  if (classes < 3)
    return bi("密码须包含大写字母、小写字母、数字、符号中的至少三类", "use at least three of: lower case, upper case, digits, symbols");
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return bi("密码不能包含用户名", "the password must not contain the user name");
  }
  return null;
}

/** The same rule as a zod refinement on an object with `password` (and `username`). */
export const ZStrongPassword = z.string().max(200);
export function refineStrongPassword<T extends { password: string; username?: string }>(value: T, ctx: z.RefinementCtx) {
  const problem = passwordProblem(value.password, value.username);
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
}
