import type { z } from "zod";
import * as S from "./schema";

/**
 * The registry of record kinds: one entry per Prisma model that department staff fill in.
 * Lists, the public browser, the API and imports are all driven from here.
 */
export type ColumnFormat = "text" | "level" | "prizes" | "list" | "date" | "decimal" | "enum" | "percent";

export type Column = { field: string; zh: string; en: string; format?: ColumnFormat };

export type RecordKind = {
  slug: string;
  /** Prisma delegate name, e.g. `competitionAward` for db().competitionAward. */
  model: ModelName;
  zh: string;
  en: string;
  schema: z.ZodType;
  columns: Column[];
  /** Text fields searched by the free-text filter. */
  searchFields: string[];
};

export type ModelName =
  | "honour" | "competitionAward" | "hostedCompetition" | "course" | "textbook" | "certificatePilot"
  | "major" | "employmentStat" | "fundingItem" | "researchProject" | "teachingAchievementAward"
  | "lubanWorkshop" | "lubanActivity" | "socialTraining" | "case" | "figure" | "indicator";

const level: Column = { field: "level", zh: "级别", en: "Level", format: "level" };

export const RECORD_KINDS: readonly RecordKind[] = [
  {
    slug: "honours", model: "honour", zh: "荣誉称号", en: "Honours", schema: S.ZHonour,
    columns: [{ field: "title", zh: "荣誉名称", en: "Title" }, { field: "category", zh: "类别", en: "Category" }, level,
      { field: "recipient", zh: "获得者", en: "Recipient" }],
    searchFields: ["title", "category", "recipient"],
  },
  {
    slug: "competition-awards", model: "competitionAward", zh: "竞赛获奖", en: "Competition awards", schema: S.ZCompetitionAward,
    columns: [{ field: "competition", zh: "竞赛名称", en: "Competition" }, level,
      { field: "prizes", zh: "获奖及人次", en: "Prizes", format: "prizes" },
      { field: "participantType", zh: "参赛对象", en: "Participants", format: "enum" }],
    searchFields: ["competition", "organizer"],
  },
  {
    slug: "hosted-competitions", model: "hostedCompetition", zh: "承办赛事", en: "Hosted competitions", schema: S.ZHostedCompetition,
    columns: [{ field: "name", zh: "赛事名称", en: "Name" }, level, { field: "contestants", zh: "选手数", en: "Contestants" },
      { field: "institutions", zh: "院校/单位数", en: "Institutions" }],
    searchFields: ["name", "description"],
  },
  {
    slug: "courses", model: "course", zh: "课程建设", en: "Courses", schema: S.ZCourse,
    columns: [{ field: "name", zh: "课程名称", en: "Course" }, { field: "category", zh: "类别", en: "Category" }, level],
    searchFields: ["name", "category", "leader"],
  },
  {
    slug: "textbooks", model: "textbook", zh: "教材建设", en: "Textbooks", schema: S.ZTextbook,
    columns: [{ field: "title", zh: "教材名称", en: "Title" }, { field: "category", zh: "类别", en: "Category" },
      { field: "publisher", zh: "出版社", en: "Publisher" }, { field: "quantity", zh: "册数", en: "Quantity" }],
    searchFields: ["title", "category", "publisher"],
  },
  {
    slug: "certificate-pilots", model: "certificatePilot", zh: "1+X证书试点", en: "1+X certificate pilots", schema: S.ZCertificatePilot,
    columns: [{ field: "certificate", zh: "证书名称", en: "Certificate" }, { field: "level", zh: "等级", en: "Level" },
      { field: "pilotMajors", zh: "试点专业", en: "Pilot majors", format: "list" }, { field: "planned", zh: "计划数", en: "Planned" },
      { field: "trained", zh: "培训数", en: "Trained" }, { field: "examined", zh: "考证数", en: "Examined" },
      { field: "passed", zh: "通过数", en: "Passed" }],
    searchFields: ["certificate", "issuer"],
  },
  {
    slug: "majors", model: "major", zh: "专业设置", en: "Majors", schema: S.ZMajor,
    columns: [{ field: "group", zh: "专业群", en: "Group" }, { field: "name", zh: "专业名称", en: "Major" },
      { field: "code", zh: "专业代码", en: "Code" }, { field: "industry", zh: "关联产业", en: "Industry" },
      { field: "change", zh: "调整", en: "Change", format: "enum" }],
    searchFields: ["name", "code", "group", "industry"],
  },
  {
    slug: "employment", model: "employmentStat", zh: "毕业生就业", en: "Employment", schema: S.ZEmploymentStat,
    columns: [{ field: "cohort", zh: "届别", en: "Cohort" }, { field: "majorName", zh: "专业", en: "Major" },
      { field: "graduates", zh: "毕业生数", en: "Graduates" }, { field: "placed", zh: "落实人数", en: "Placed" },
      { field: "monthlySalary", zh: "月均收入（元）", en: "Monthly salary", format: "decimal" },
      { field: "relatedness", zh: "专业相关度", en: "Relatedness", format: "percent" }],
    searchFields: ["majorName", "majorCode"],
  },
  {
    slug: "funding", model: "fundingItem", zh: "经费收支", en: "Funding", schema: S.ZFundingItem,
    columns: [{ field: "direction", zh: "收支", en: "Direction", format: "enum" }, { field: "category", zh: "类别", en: "Category", format: "enum" },
      { field: "name", zh: "项目", en: "Item" }, { field: "amount", zh: "金额（万元）", en: "Amount (10k yuan)", format: "decimal" }],
    searchFields: ["name", "source"],
  },
  {
    slug: "research-projects", model: "researchProject", zh: "科研课题", en: "Research projects", schema: S.ZResearchProject,
    columns: [{ field: "title", zh: "课题名称", en: "Title" }, level, { field: "stage", zh: "阶段", en: "Stage", format: "enum" }],
    searchFields: ["title", "leader", "funder"],
  },
  {
    slug: "teaching-achievements", model: "teachingAchievementAward", zh: "教学成果奖", en: "Teaching-achievement awards", schema: S.ZTeachingAchievementAward,
    columns: [{ field: "title", zh: "成果名称", en: "Title" }, level, { field: "grade", zh: "等级", en: "Grade" }],
    searchFields: ["title"],
  },
  {
    slug: "luban-workshops", model: "lubanWorkshop", zh: "鲁班工坊", en: "Luban Workshops", schema: S.ZLubanWorkshop,
    columns: [{ field: "name", zh: "工坊", en: "Workshop" }, { field: "partner", zh: "合作院校", en: "Partner" },
      { field: "country", zh: "国家", en: "Country" }, { field: "enrolled", zh: "招生", en: "Enrolled" },
      { field: "trained", zh: "培训", en: "Trained" }, { field: "teachers", zh: "师资", en: "Teachers" }],
    searchFields: ["name", "partner", "country"],
  },
  {
    slug: "luban-activities", model: "lubanActivity", zh: "鲁班工坊活动", en: "Luban Workshop activities", schema: S.ZLubanActivity,
    columns: [{ field: "title", zh: "活动", en: "Activity" }, { field: "heldOn", zh: "日期", en: "Date", format: "date" },
      { field: "participants", zh: "参与人数", en: "Participants" }],
    searchFields: ["title", "description"],
  },
  {
    slug: "social-trainings", model: "socialTraining", zh: "社会培训", en: "Social training", schema: S.ZSocialTraining,
    columns: [{ field: "name", zh: "培训项目", en: "Programme" }, { field: "category", zh: "类型", en: "Category", format: "enum" },
      { field: "mode", zh: "方式", en: "Mode", format: "enum" }, { field: "hours", zh: "学时", en: "Hours", format: "decimal" },
      { field: "personTimes", zh: "人次", en: "Person-times" }],
    searchFields: ["name", "audience"],
  },
  {
    slug: "cases", model: "case", zh: "案例", en: "Cases", schema: S.ZCase,
    columns: [{ field: "title", zh: "案例标题", en: "Title" }, { field: "topic", zh: "栏目", en: "Topic", format: "enum" }],
    searchFields: ["title", "body"],
  },
  {
    slug: "figures", model: "figure", zh: "图片与图表", en: "Figures", schema: S.ZFigure,
    columns: [{ field: "caption", zh: "图题", en: "Caption" }, { field: "kind", zh: "类型", en: "Kind", format: "enum" },
      { field: "topic", zh: "栏目", en: "Topic", format: "enum" }],
    searchFields: ["caption"],
  },
  {
    slug: "indicators", model: "indicator", zh: "单项指标", en: "Indicators", schema: S.ZIndicator,
    columns: [{ field: "label", zh: "指标", en: "Indicator" }, { field: "value", zh: "数值", en: "Value", format: "decimal" },
      { field: "unit", zh: "单位", en: "Unit" }, { field: "key", zh: "键", en: "Key" }],
    searchFields: ["label", "key"],
  },
];

export function kindBySlug(slug: string): RecordKind | undefined {
  return RECORD_KINDS.find((k) => k.slug === slug);
}
