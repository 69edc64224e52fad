import { z } from "zod";
import { bi } from "../i18n/bilingual";

/**
 * Every enumeration a record field can take, declared once: its values in order, each value's
 * label in Chinese and English, and the message when a value is not one of them. Forms,
 * imports, exports, lists and the API all read these (and the Prisma enums mirror them).
 */
export type EnumDecl<V extends string = string> = {
  values: readonly [V, ...V[]];
  labels: Record<V, { zh: string; en: string }>;
  error: string;
};

function defineEnum<V extends string>(labels: Record<V, [zh: string, en: string]>, error: string): EnumDecl<V> {
  const values = Object.keys(labels) as [V, ...V[]];
  return {
    values,
    labels: Object.fromEntries(values.map((v) => [v, { zh: labels[v][0], en: labels[v][1] }])) as EnumDecl<V>["labels"],
    error,
  };
}

export const LEVEL = defineEnum(
  {
    INTERNATIONAL: ["国际级", "International"],
    NATIONAL: ["国家级", "National"],
    PROVINCIAL: ["省市级", "Provincial"],
    INDUSTRY: ["行业级", "Industry"],
    DISTRICT: ["区级", "District"],
    SCHOOL: ["校级", "School"],
  },
  bi("级别无效", "invalid level"),
);

export const PARTICIPANT_TYPE = defineEnum(
  { STUDENT: ["学生", "Students"], TEACHER: ["教师", "Teachers"] },
  bi("参赛对象应为学生或教师", "participant must be STUDENT or TEACHER"),
);

export const ENTRY_TYPE = defineEnum(
  { TEAM: ["团体", "Team"], INDIVIDUAL: ["个人", "Individual"] },
  bi("参赛形式应为团体或个人", "entry must be TEAM or INDIVIDUAL"),
);

export const MAJOR_CHANGE = defineEnum(
  { UNCHANGED: ["保留", "Unchanged"], NEW: ["新增", "New"], PLANNED: ["拟新增", "Planned"] },
  bi("调整类型无效", "invalid change"),
);

export const FUNDING_DIRECTION = defineEnum(
  { INCOME: ["收入", "Income"], EXPENDITURE: ["支出", "Expenditure"] },
  bi("收支方向无效", "invalid direction"),
);

export const FUNDING_CATEGORY = defineEnum(
  {
    BASIC_APPROPRIATION: ["基本财政拨款", "Basic appropriation"],
    SPECIAL_APPROPRIATION: ["专项经费拨款", "Special grants"],
    OPERATING: ["事业收入", "Operating income"],
    OTHER_OPERATING: ["其他事业收入", "Other operating income"],
    OTHER_INCOME: ["其他收入", "Other income"],
    PERSONNEL: ["人员经费", "Personnel"],
    OPERATIONS: ["公用经费", "Operations"],
    CAPITAL: ["基本建设", "Capital"],
    STUDENT_AID: ["学生资助", "Student aid"],
    OTHER_EXPENSE: ["其他支出", "Other expenses"],
  },
  bi("经费类别无效", "invalid category"),
);

export const PROJECT_STAGE = defineEnum(
  { APPROVED: ["已通过", "Approved"], CONCLUDED: ["已结题", "Concluded"] },
  bi("阶段应为立项或结题", "stage must be APPROVED or CONCLUDED"),
);

export const TRAINING_CATEGORY = defineEnum(
  { SKILL: ["职业技能培训", "Skills training"], PUBLIC_INTEREST: ["公益性培训", "Public-interest training"] },
  bi("培训类型应为职业技能或公益性", "category must be SKILL or PUBLIC_INTEREST"),
);

export const DELIVERY_MODE = defineEnum(
  { ONLINE: ["线上", "Online"], OFFLINE: ["线下", "Offline"] },
  bi("培训方式应为线上或线下", "mode must be ONLINE or OFFLINE"),
);

export const FIGURE_KIND = defineEnum(
  {
    PHOTO: ["照片", "Photo"],
    CERTIFICATE: ["证书/文件", "Certificate"],
    DIAGRAM: ["示意图", "Diagram"],
    NEWS: ["新闻报道", "News"],
    CHART: ["统计图", "Chart"],
  },
  bi("图片类型无效", "invalid figure kind"),
);

export const PRIZE_UNIT = defineEnum(
  { 人次: ["人次", "person-times"], 项: ["项", "items"], 队: ["队", "teams"], 人: ["人", "persons"] },
  bi("单位应为 人次、项、队 或 人", "unit must be 人次, 项, 队 or 人"),
);

export const CHART = defineEnum(
  { "funding-income": ["经费收入构成", "Funding income"], "supervision-grades": ["督导评价等级", "Supervision grades"] },
  bi("图表类型无效", "invalid chart"),
);

/** Enumerations whose labels are shown for their values (the report topics have their own table). */
export const RECORD_ENUMS: readonly EnumDecl[] = [
  LEVEL,
  PARTICIPANT_TYPE,
  ENTRY_TYPE,
  MAJOR_CHANGE,
  FUNDING_DIRECTION,
  FUNDING_CATEGORY,
  PROJECT_STAGE,
  TRAINING_CATEGORY,
  DELIVERY_MODE,
  FIGURE_KIND,
];

/** The zod enum of a declared enumeration, with its message. */
export function zEnum<V extends string>(e: EnumDecl<V>) {
  return z.enum(e.values, { error: e.error });
}
