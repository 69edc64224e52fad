import { z } from "zod";
import { passwordBytes, PASSWORD_MAX_BYTES } from "../auth/password";
import { refineStrongPassword, ZStrongPassword } from "../auth/password-strength";
import { bi } from "../i18n/bilingual";
import { DEPARTMENT_ROLES, USER_ROLES } from "./roles";

export const ZUsername = z
  .string()
  .trim()
  .regex(
    /^[a-zA-Z0-9._-]{2,40}$/,
    bi("用户名为2-40位字母、数字、点、下划线或连字符", "username: 2-40 letters, digits, dot, underscore or hyphen"),
  );
/** The byte limit alone; the one password rule (lib/auth/password-strength.ts) is refined on ZNewUser, with the user name. */
export const ZPassword = ZStrongPassword.refine(
  (p) => passwordBytes(p) <= PASSWORD_MAX_BYTES,
  bi("密码不能超过72字节（约24个汉字或72个字母）", "the password must be at most 72 bytes"),
);
export const ZRole = z.enum(USER_ROLES, { error: bi("角色无效", "invalid role") });
export { DEPARTMENT_ROLES };
export const DEPARTMENT_REQUIRED = bi(
  "系部填报员必须属于一个部门（部门负责人也是）",
  "staff and department heads must belong to a department",
);
/**
 * The rule every way of making or changing a user obeys (the form, the API, the people import):
 * a department-bound role needs a department, or a head would see an empty queue and staff could
 * enter nothing. The refusal's message, or null.
 */
export function departmentProblem(role: string, departmentId: string | null | undefined): string | null {
  return DEPARTMENT_ROLES.includes(role) && !departmentId ? DEPARTMENT_REQUIRED : null;
}

export const ZNewUser = z
  .object({
    username: ZUsername,
    displayName: z.string().trim().min(1, bi("请填写姓名", "display name is required")).max(50),
    password: ZPassword,
    role: ZRole,
    departmentId: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || null),
  })
  .refine((u) => !departmentProblem(u.role, u.departmentId), { path: ["departmentId"], message: DEPARTMENT_REQUIRED })
  .superRefine(refineStrongPassword);
