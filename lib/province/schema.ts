import { z } from "zod";
import { refineStrongPassword } from "../auth/password-strength";
import { bi } from "../i18n/bilingual";
import { COLLEGE_TYPE_LABELS, COLLEGE_TYPES, ZCollegeCode, type CollegeType } from "../package/schema";
import { ZPassword, ZUsername } from "../users/schema";

/**
 * Province mode's inputs, one schema each for every way in (the form, the spreadsheet, the API):
 * a registered college, a college's account, a year's due date.
 */
const TYPE_BY_WORD = new Map<string, CollegeType>(
  COLLEGE_TYPES.flatMap((t) => [
    [t, t],
    [t.toLowerCase(), t],
    [COLLEGE_TYPE_LABELS[t].zh, t],
    [COLLEGE_TYPE_LABELS[t].en.toLowerCase(), t],
  ]),
);

/** 中职 / 高职 / 本科 (or SECONDARY / HIGHER / UNDERGRADUATE). */
export const ZCollegeTypeWord = z
  .string({ error: bi("请选择办学类型（中职/高职/本科）", "choose the type (中职/高职/本科)") })
  .trim()
  .transform((v, ctx) => {
    const type = TYPE_BY_WORD.get(v) ?? TYPE_BY_WORD.get(v.toLowerCase());
    if (!type) {
      ctx.addIssue({ code: "custom", message: bi(`办学类型应为 中职、高职 或 本科（不是「${v}」）`, `type must be 中职, 高职 or 本科`) });
      return z.NEVER;
    }
    return type;
  });

export const ZCollege = z.object({
  code: z
    .string({ error: bi("请填写学校标识码", "the college code is required") })
    .trim()
    .pipe(ZCollegeCode),
  name: z
    .string({ error: bi("请填写学校名称", "the name is required") })
    .trim()
    .min(2, bi("请填写学校名称", "the name is required"))
    .max(100, bi("学校名称不能超过100个字符", "name: at most 100 characters")),
  type: ZCollegeTypeWord,
  city: z
    .string({ error: bi("请填写所在城市", "the city is required") })
    .trim()
    .min(1, bi("请填写所在城市", "the city is required"))
    .max(50, bi("所在城市不能超过50个字符", "city: at most 50 characters")),
});
export type TCollege = z.output<typeof ZCollege>;

export const ZCollegeAccount = z
  .object({
    username: ZUsername,
    displayName: z.string().trim().min(1, bi("请填写姓名", "display name is required")).max(50),
    password: ZPassword,
  })
  .superRefine(refineStrongPassword);

export const ZYear = z.coerce
  .number({ error: bi("年度应为四位数字", "the year is four digits") })
  .int(bi("年度应为四位数字", "the year is four digits"))
  .min(2000, bi("年度应在2000至2100之间", "the year is between 2000 and 2100"))
  .max(2100, bi("年度应在2000至2100之间", "the year is between 2000 and 2100"));

export const ZHandInDue = z.object({
  year: ZYear,
  /** A day (YYYY-MM-DD): packages are due by its end, China time. */
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, bi("截止日期应为 YYYY-MM-DD", "the due date is YYYY-MM-DD")),
});
