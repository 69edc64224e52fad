import { z } from "zod";
import { refineStrongPassword } from "../auth/password-strength";
import { bi } from "../i18n/bilingual";
import { ZUsername } from "../users/schema";
import { COLLEGE_TYPES } from "../package/schema";

const optional = (max: number, zh: string, en: string) =>
  z
    .string()
    .trim()
    .max(max, bi(`${zh}不能超过${max}个字符`, `${en} must be at most ${max} characters`))
    .transform((v) => (v === "" ? null : v))
    .nullish();

/** The college's own details (学校设置). */
export const ZInstitution = z.object({
  name: z
    .string({ error: bi("请填写学校名称", "the college's name is required") })
    .trim()
    .min(2, bi("请填写学校名称", "the college's name is required"))
    .max(100, bi("学校名称不能超过100个字符", "name: at most 100 characters")),
  shortName: optional(30, "简称", "Short name"),
  city: optional(50, "所在城市", "City"),
  /** The region the college serves (e.g. 京津冀): names the indicator table's regional employment row. */
  region: optional(20, "服务地区", "Region"),
  /** 学校标识码: the Ministry's ten digits, named in the submission package (lib/package). */
  code: z
    .string()
    .trim()
    .regex(/^(\d{10})?$/, bi("学校标识码应为10位数字", "the college code (学校标识码) is ten digits"))
    .transform((v) => (v === "" ? null : v))
    .nullish(),
  /** 办学类型: 中职 / 高职 / 本科. */
  collegeType: z
    .union([z.enum(COLLEGE_TYPES), z.literal("")], {
      error: bi("办学类型应为中职、高职或本科", "the college type is secondary, higher or undergraduate"),
    })
    .transform((v) => (v === "" ? null : v))
    .nullish(),
  website: optional(200, "网址", "Website").refine(
    (v) => v == null || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v),
    bi("网址应以 http:// 或 https:// 开头", "the website must start with http:// or https://"),
  ),
});
export type TInstitution = z.infer<typeof ZInstitution>;

const onOff = z.boolean({ error: bi("应为是或否", "must be true or false") });
/**
 * The sign-off settings: the review chain's department step, the leader's sign-off before
 * publishing, and the declaration (真实性责任声明) printed after the report's cover. Each may be
 * left out of an update (then it stays as it is).
 */
export const ZSignoffSettings = z.object({
  departmentReview: onOff.optional(),
  leaderSignoff: onOff.optional(),
  legalRepresentative: optional(30, "法定代表人", "Legal representative"),
  declarationText: optional(2000, "声明文字", "Declaration text"),
  /** Whom to ask for a lost password, shown on the login page (an admin resets it: 用户管理 → 重置密码). */
  accountContact: optional(100, "账号问题联系人", "Account contact"),
});
export type TSignoffSettings = z.infer<typeof ZSignoffSettings>;

/** First-run set-up: the college and, unless one exists already, its first administrator. */
export const ZFirstAdmin = z
  .object({
    username: ZUsername,
    displayName: z.string().trim().min(1, bi("请填写姓名", "display name is required")).max(50),
    password: z.string().max(200),
    passwordConfirm: z.string(),
  })
  .superRefine((v, ctx) => {
    refineStrongPassword(v, ctx);
    if (v.password !== v.passwordConfirm)
      ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: bi("两次输入的密码不一致", "the passwords do not match") });
  });

/** What the installation is (chosen once on /setup): a college, or a provincial or city education department. */
export const ZInstallationKind = z.enum(["COLLEGE", "PROVINCE", "CITY"], {
  error: bi("请选择：学校，或省级/地市级教育行政部门", "choose a college or a provincial/city education department"),
});
