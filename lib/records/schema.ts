import { z } from "zod";
import { bi } from "../i18n/bilingual";
import { TOPIC_KEYS } from "../report/topics";

/**
 * One zod schema per record kind: the forms, the API, the spreadsheet import and the seed all
 * parse with these. The database repeats the hard rules as CHECK constraints.
 */

const text = (zh: string, en: string, max = 500) =>
  z.string({ error: bi(`${zh}必须填写`, `${en} is required`) })
    .trim()
    .min(1, bi(`${zh}必须填写`, `${en} is required`))
    .max(max, bi(`${zh}不能超过${max}个字符`, `${en} must be at most ${max} characters`));
const optionalText = (zh: string, en: string, max = 500) =>
  z.string().trim().max(max, bi(`${zh}不能超过${max}个字符`, `${en} must be at most ${max} characters`))
    .transform((v) => (v === "" ? null : v)).nullish();

const count = (zh: string, en: string) =>
  z.coerce.number({ error: bi(`${zh}必须是数字`, `${en} must be a number`) })
    .int(bi(`${zh}必须是整数`, `${en} must be a whole number`))
    .min(0, bi(`${zh}不能为负数`, `${en} must not be negative`))
    .max(10_000_000, bi(`${zh}过大`, `${en} is too large`));
const optionalCount = (zh: string, en: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), count(zh, en).optional()).transform((v) => v ?? null);

/** Decimal as a string with bounded scale, so 3.465 万元 stays exact. */
const decimal = (zh: string, en: string, scale: number, max = 1e12) =>
  z.union([z.string(), z.number()], { error: bi(`${zh}必须填写`, `${en} is required`) })
    .transform((v) => String(v).trim())
    .refine((v) => new RegExp(`^\\d+(\\.\\d{1,${scale}})?$`).test(v), bi(
      `${zh}必须是非负数，最多${scale}位小数`, `${en} must be a non-negative number with at most ${scale} decimals`))
    .refine((v) => Number(v) <= max, bi(`${zh}过大`, `${en} is too large`));
const percentage = (zh: string, en: string) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : v),
    decimal(zh, en, 2).refine((v) => Number(v) <= 100, bi(`${zh}不能超过100%`, `${en} cannot exceed 100%`)).optional())
    .transform((v) => v ?? null);

const isoDate = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, bi("日期格式应为 YYYY-MM-DD", "date must be YYYY-MM-DD"))
    .refine((v) => !Number.isNaN(Date.parse(v)), bi("日期无效", "invalid date")).nullable(),
);

export const LEVELS = ["INTERNATIONAL", "NATIONAL", "PROVINCIAL", "INDUSTRY", "DISTRICT", "SCHOOL"] as const;
const level = z.enum(LEVELS, { error: bi("级别无效", "invalid level") });
const topic = z.enum(TOPIC_KEYS as [string, ...string[]], { error: bi("所属栏目无效", "invalid report topic") });

export const ZPrize = z.object({
  prize: text("奖项", "Prize", 100),
  count: optionalCount("人次/项数", "Count").optional(),
  unit: z.enum(["人次", "项", "队", "人"], { error: bi("单位应为 人次、项、队 或 人", "unit must be 人次, 项, 队 or 人") }).nullish(),
});
export type TPrize = z.infer<typeof ZPrize>;

export const ZHonour = z.object({
  title: text("荣誉名称", "Title"),
  category: text("类别", "Category", 50),
  level: level.nullish(),
  awardedBy: optionalText("授予单位", "Awarded by"),
  awardedOn: isoDate.optional(),
  recipient: optionalText("获得者", "Recipient"),
  topic: topic.nullish(),
});

export const ZCompetitionAward = z.object({
  competition: text("竞赛名称", "Competition"),
  level,
  prizes: z.array(ZPrize, { error: bi("获奖情况必须填写", "prizes are required") })
    .min(1, bi("至少填写一个奖项", "at least one prize is required")).max(20),
  participantType: z.enum(["STUDENT", "TEACHER"], { error: bi("参赛对象应为学生或教师", "participant must be STUDENT or TEACHER") }).default("STUDENT"),
  entryType: z.enum(["TEAM", "INDIVIDUAL"], { error: bi("参赛形式应为团体或个人", "entry must be TEAM or INDIVIDUAL") }).default("TEAM"),
  awardedOn: isoDate.optional(),
  organizer: optionalText("主办单位", "Organizer"),
  topic: topic.nullish(),
});

export const ZHostedCompetition = z.object({
  name: text("赛事名称", "Name"),
  level,
  heldOn: isoDate.optional(),
  contestants: optionalCount("参赛选手数", "Contestants").optional(),
  institutions: optionalCount("参赛院校/单位数", "Institutions").optional(),
  countries: optionalCount("参赛国家数", "Countries").optional(),
  description: optionalText("说明", "Description", 2000),
  topic: topic.nullish(),
});

export const ZCourse = z.object({
  name: text("课程名称", "Course"),
  category: text("类别", "Category", 50),
  level,
  awardedBy: optionalText("认定单位", "Awarded by"),
  leader: optionalText("负责人", "Leader", 100),
  topic: topic.nullish(),
});

export const ZTextbook = z.object({
  title: text("教材名称", "Title"),
  category: text("类别", "Category", 50),
  level: level.nullish(),
  publisher: optionalText("出版社", "Publisher"),
  publishedOn: isoDate.optional(),
  quantity: count("册数", "Quantity").min(1, bi("册数至少为1", "quantity must be at least 1")).default(1),
  topic: topic.nullish(),
});

export const ZCertificatePilot = z.object({
  certificate: text("证书名称", "Certificate"),
  level: text("等级", "Level", 20),
  issuer: optionalText("培训评价组织", "Issuer"),
  pilotMajors: z.array(text("试点专业", "Pilot major", 100)).min(1, bi("至少填写一个试点专业", "at least one pilot major")),
  planned: count("计划人数", "Planned"),
  trained: count("培训人数", "Trained"),
  examined: count("考证人数", "Examined"),
  passed: count("通过人数", "Passed"),
  topic: topic.nullish(),
}).refine((v) => v.passed <= v.examined, {
  path: ["passed"], message: bi("通过人数不能大于考证人数", "passed cannot exceed examined"),
});

export const MAJOR_CODE = /^\d{6}K?$/;
export const ZMajor = z.object({
  code: z.string().trim().regex(MAJOR_CODE, bi("专业代码应为6位数字，可带后缀K，如 510215 或 570102K", "major code must be 6 digits with an optional K, e.g. 510215 or 570102K")),
  name: text("专业名称", "Name", 100),
  group: optionalText("专业群", "Group", 100),
  industry: optionalText("关联产业", "Industry", 100),
  change: z.enum(["UNCHANGED", "NEW", "PLANNED"], { error: bi("调整类型无效", "invalid change") }).default("UNCHANGED"),
  changeYear: optionalCount("调整年份", "Change year").optional()
    .refine((v) => v == null || (v >= 1990 && v <= 2100), bi("调整年份无效", "invalid change year")),
  note: optionalText("备注", "Note", 200),
  topic: topic.nullish(),
});

export const ZEmploymentStat = z.object({
  cohort: count("届别", "Cohort").refine((v) => v >= 1990 && v <= 2100, bi("届别无效", "invalid cohort")),
  majorName: text("专业名称", "Major", 100),
  majorCode: z.string().trim().regex(MAJOR_CODE, bi("专业代码格式错误", "malformed major code")).nullish().or(z.literal("").transform(() => null)),
  graduates: count("毕业生数", "Graduates"),
  placed: count("落实去向人数", "Placed"),
  monthlySalary: z.preprocess((v) => (v === "" || v == null ? undefined : v), decimal("月均收入", "Monthly salary", 2, 1e7).optional()).transform((v) => v ?? null),
  satisfaction: percentage("满意度", "Satisfaction"),
  relatedness: percentage("专业相关度", "Relatedness"),
  topic: topic.nullish(),
}).refine((v) => v.placed <= v.graduates, {
  path: ["placed"], message: bi("落实去向人数不能大于毕业生数", "placed cannot exceed graduates"),
});

export const ZFundingItem = z.object({
  direction: z.enum(["INCOME", "EXPENDITURE"], { error: bi("收支方向无效", "invalid direction") }),
  category: z.enum(["BASIC_APPROPRIATION", "SPECIAL_APPROPRIATION", "OPERATING", "OTHER_OPERATING", "OTHER_INCOME",
    "PERSONNEL", "OPERATIONS", "CAPITAL", "STUDENT_AID", "OTHER_EXPENSE"], { error: bi("经费类别无效", "invalid category") }),
  name: text("项目名称", "Item"),
  source: optionalText("来源", "Source", 100),
  amount: decimal("金额（万元）", "Amount (10k yuan)", 4),
  topic: topic.nullish(),
});

export const ZResearchProject = z.object({
  title: text("课题名称", "Title"),
  level,
  stage: z.enum(["APPROVED", "CONCLUDED"], { error: bi("阶段应为立项或结题", "stage must be APPROVED or CONCLUDED") }),
  leader: optionalText("负责人", "Leader", 100),
  funder: optionalText("立项单位", "Funder"),
  topic: topic.nullish(),
});

export const ZTeachingAchievementAward = z.object({
  title: text("成果名称", "Title"),
  level,
  grade: text("等级", "Grade", 20),
  awardedBy: optionalText("授予单位", "Awarded by"),
  awardedOn: isoDate.optional(),
  topic: topic.nullish(),
});

export const ZLubanWorkshop = z.object({
  name: text("工坊名称", "Name"),
  partner: text("合作院校", "Partner"),
  country: text("国家", "Country", 50),
  city: optionalText("城市", "City", 50),
  majors: z.array(text("专业", "Major", 100)).default([]),
  enrolled: count("招生人数", "Enrolled").default(0),
  trained: count("培训人数", "Trained").default(0),
  teachers: count("师资人数", "Teachers").default(0),
  teachersTrained: count("培训师资人数", "Teachers trained").default(0),
  foundedOn: isoDate.optional(),
  description: optionalText("说明", "Description", 2000),
  topic: topic.nullish(),
});

export const ZLubanActivity = z.object({
  workshopId: text("所属工坊", "Workshop", 40),
  title: text("活动名称", "Title"),
  heldOn: isoDate.optional(),
  participants: optionalCount("参与人数", "Participants").optional(),
  description: optionalText("说明", "Description", 2000),
  topic: topic.nullish(),
});

export const ZSocialTraining = z.object({
  name: text("培训项目", "Programme"),
  category: z.enum(["SKILL", "PUBLIC_INTEREST"], { error: bi("培训类型应为职业技能或公益性", "category must be SKILL or PUBLIC_INTEREST") }),
  mode: z.enum(["ONLINE", "OFFLINE"], { error: bi("培训方式应为线上或线下", "mode must be ONLINE or OFFLINE") }),
  hours: decimal("学时", "Hours", 1, 1e6),
  personTimes: count("培训人次", "Person-times"),
  audience: optionalText("培训对象", "Audience", 200),
  topic: topic.nullish(),
});

export const CASE_BODY_MAX = 1000;
export const ZCase = z.object({
  title: text("案例标题", "Title", 200),
  subtitle: optionalText("副标题", "Subtitle", 200),
  topic,
  body: text("案例正文", "Body", CASE_BODY_MAX),
});

export const ZFigure = z.object({
  caption: text("图题", "Caption", 200),
  kind: z.enum(["PHOTO", "CERTIFICATE", "DIAGRAM", "NEWS", "CHART"], { error: bi("图片类型无效", "invalid figure kind") }).default("PHOTO"),
  topic: topic.nullish(),
  caseId: z.string().trim().max(40).nullish(),
  fileId: z.string().trim().max(40).nullish(),
  chart: z.enum(["funding-income", "supervision-grades"], { error: bi("图表类型无效", "invalid chart") }).nullish(),
  altText: optionalText("替代文字", "Alt text", 300),
});

export const ZIndicator = z.object({
  key: z.string().trim().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)*$/, bi("指标键只能由字母、数字和点组成，如 satisfaction.students", "key must be dot-separated letters and digits, e.g. satisfaction.students")),
  label: text("指标名称", "Label", 200),
  value: z.union([z.string(), z.number()]).transform((v) => String(v).trim())
    .refine((v) => /^-?\d+(\.\d{1,4})?$/.test(v), bi("指标值必须是数字，最多4位小数", "value must be a number with at most 4 decimals")),
  unit: z.string().trim().max(20).default(""),
  topic: topic.nullish(),
});

/** Workflow columns every record kind shares (set by the server, never by a form). */
export const ZRecordMeta = z.object({
  year: z.coerce.number().int().min(2000, bi("年度无效", "invalid year")).max(2100, bi("年度无效", "invalid year")),
  departmentId: z.string().min(1, bi("必须选择部门", "department is required")),
  highlight: z.boolean().default(false),
  sortOrder: z.coerce.number().int().default(0),
});
