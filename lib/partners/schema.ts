import { z } from "zod";
import { ZUsername } from "../users/schema";
import { bi } from "../i18n/bilingual";

/** The fields of the partner-enterprise forms; the form and the server parse the same schemas. */

const text = (zh: string, en: string, max: number) =>
  z
    .string({ error: bi(`请填写${zh}`, `${en} is required`) })
    .trim()
    .min(1, bi(`请填写${zh}`, `${en} is required`))
    .max(max, bi(`${zh}不能超过${max}字`, `${en} must be at most ${max} characters`));

const optionalText = (zh: string, en: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, bi(`${zh}不能超过${max}字`, `${en} must be at most ${max} characters`))
    .optional()
    .transform((v) => v ?? "");

const count = (zh: string, en: string, max = 100_000) =>
  z.coerce
    .number({ error: bi(`${zh}必须是整数`, `${en} must be a whole number`) })
    .int(bi(`${zh}必须是整数`, `${en} must be a whole number`))
    .min(0, bi(`${zh}不能为负数`, `${en} cannot be negative`))
    .max(max, bi(`${zh}不能超过${max}`, `${en} must be at most ${max}`));

/** 万元 with at most two decimals, kept as a string so it reaches the Decimal column exactly. */
const wanYuan = (zh: string, en: string) =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .refine(
      (v) => /^\d{1,8}(\.\d{1,2})?$/.test(v),
      bi(`${zh}须为不小于0的数字（万元，最多两位小数）`, `${en} must be a number ≥ 0 in 万元 with at most two decimals`),
    );

export const SLUG = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;

export const ZPartnerInvite = z.object({
  name: text("企业名称", "Enterprise name", 100),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      SLUG,
      bi(
        "网址标识为3-40位小写字母、数字或连字符（如 huatong-auto）",
        "slug: 3-40 lower-case letters, digits or hyphens (e.g. huatong-auto)",
      ),
    ),
  contact: text("联系人", "Contact", 50),
  phone: optionalText("联系电话", "Phone", 40),
  username: ZUsername,
  /** Blank: a one-time password is generated and shown once. */
  password: z.string().max(200).optional().default(""),
});
export type TPartnerInvite = z.infer<typeof ZPartnerInvite>;

export const PARTNER_TEXT_MAX = 2000;

export const ZPartnerReport = z.object({
  industry: text("所属行业", "Industry", 50),
  profile: text("企业简介", "Profile", PARTNER_TEXT_MAX),
  studentsTaken: count("接收学生人数", "Students taken on"),
  jointProgrammes: count("共建专业（订单班）数", "Joint programmes", 1000),
  programmes: optionalText("共建专业与项目说明", "Programmes", 1000),
  equipmentInvestment: wanYuan("设备投入", "Equipment investment"),
  trainingInvestment: wanYuan("培训投入", "Training investment"),
  jobsOffered: count("提供就业岗位数", "Jobs offered"),
  results: text("合作成效", "Results", PARTNER_TEXT_MAX),
  caseTitle: text("案例标题", "Case title", 200),
  caseBody: text("案例正文", "Case body", PARTNER_TEXT_MAX),
});
export type TPartnerReport = z.infer<typeof ZPartnerReport>;
export const PARTNER_REPORT_FIELDS = Object.keys(ZPartnerReport.shape) as (keyof TPartnerReport)[];

export const ZPhotoCaption = text("图题", "Caption", 200);
