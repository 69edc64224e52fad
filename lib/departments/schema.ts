import { z } from "zod";
import { bi } from "../i18n/bilingual";

/** A department (系部/处室): the unit that enters records and that staff belong to. */
export const ZDepartment = z.object({
  name: z
    .string({ error: bi("请填写部门名称", "the department's name is required") })
    .trim()
    .min(2, bi("请填写部门名称", "the department's name is required"))
    .max(50, bi("部门名称不能超过50个字符", "name: at most 50 characters")),
  shortName: z
    .string()
    .trim()
    .max(20, bi("简称不能超过20个字符", "short name: at most 20 characters"))
    .transform((v) => (v === "" ? null : v))
    .nullish(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, bi("部门代码为1-20位字母、数字、下划线或连字符", "code: 1-20 letters, digits, _ or -"))
    .optional(),
});
export type TDepartment = z.infer<typeof ZDepartment>;
