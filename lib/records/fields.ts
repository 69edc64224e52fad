import { TOPIC_KEYS } from "../report/topics";
import { LEVELS } from "./schema";

/**
 * Form fields per record kind: what the generic form renders and how FormData becomes the
 * object the kind's zod schema parses. The schema stays the single judge of validity.
 */
export type FieldType = "text" | "textarea" | "int" | "decimal" | "date" | "select" | "list" | "prizes" | "checkbox";

export type FieldSpec = {
  name: string;
  zh: string;
  en: string;
  type: FieldType;
  options?: readonly string[];
  required?: boolean;
  unit?: string;
  hint?: string;
};

const f = (name: string, zh: string, en: string, type: FieldType = "text", extra: Partial<FieldSpec> = {}): FieldSpec =>
  ({ name, zh, en, type, ...extra });
const req = { required: true } as const;
const level = f("level", "级别", "Level", "select", { options: LEVELS, required: true });
const optLevel = f("level", "级别", "Level", "select", { options: LEVELS });
const topic = f("topic", "报告栏目", "Report topic", "select", { options: TOPIC_KEYS });

export const FIELDS: Record<string, FieldSpec[]> = {
  honours: [f("title", "荣誉名称", "Title", "text", req), f("category", "类别", "Category", "text", { ...req, hint: "如 学校荣誉、党建工作、学生工作" }),
    optLevel, f("awardedBy", "授予单位", "Awarded by"), f("awardedOn", "授予日期", "Date", "date"), f("recipient", "获得者", "Recipient"), topic],
  "competition-awards": [f("competition", "竞赛名称", "Competition", "text", req), level,
    f("prizes", "获奖及人次", "Prizes", "prizes", req),
    f("participantType", "参赛对象", "Participants", "select", { options: ["STUDENT", "TEACHER"], required: true }),
    f("entryType", "参赛形式", "Entry", "select", { options: ["TEAM", "INDIVIDUAL"], required: true }),
    f("awardedOn", "获奖日期", "Date", "date"), f("organizer", "主办单位", "Organizer"), topic],
  "hosted-competitions": [f("name", "赛事名称", "Name", "text", req), level, f("heldOn", "举办日期", "Date", "date"),
    f("contestants", "参赛选手数", "Contestants", "int", { unit: "人" }), f("institutions", "参赛院校/单位数", "Institutions", "int", { unit: "个" }),
    f("countries", "参赛国家数", "Countries", "int", { unit: "个" }), f("description", "说明", "Description", "textarea"), topic],
  courses: [f("name", "课程名称", "Course", "text", req), f("category", "类别", "Category", "text", { ...req, hint: "如 在线精品课程、金课、劳动教育优秀课程" }),
    level, f("awardedBy", "认定单位", "Awarded by"), f("leader", "负责人", "Leader"), topic],
  textbooks: [f("title", "教材名称", "Title", "text", req), f("category", "类别", "Category", "text", { ...req, hint: "如 国家规划教材、校本教材、活页教材" }),
    optLevel, f("publisher", "出版社", "Publisher"), f("publishedOn", "出版日期", "Date", "date"),
    f("quantity", "册数", "Quantity", "int", { unit: "本", required: true }), topic],
  "certificate-pilots": [f("certificate", "证书名称", "Certificate", "text", req), f("level", "等级", "Level", "text", { ...req, hint: "初级、中级、高级" }),
    f("issuer", "培训评价组织", "Issuer"), f("pilotMajors", "试点专业（每行一个）", "Pilot majors (one per line)", "list", req),
    f("planned", "计划人数", "Planned", "int", { unit: "人", required: true }), f("trained", "培训人数", "Trained", "int", { unit: "人", required: true }),
    f("examined", "考证人数", "Examined", "int", { unit: "人", required: true }), f("passed", "通过人数", "Passed", "int", { unit: "人", required: true }), topic],
  majors: [f("code", "专业代码", "Code", "text", { ...req, hint: "6位数字，可带后缀K，如 570102K" }), f("name", "专业名称", "Name", "text", req),
    f("group", "专业群", "Group"), f("industry", "关联产业", "Industry"),
    f("change", "调整类型", "Change", "select", { options: ["UNCHANGED", "NEW", "PLANNED"], required: true }),
    f("changeYear", "调整年份", "Change year", "int"), f("note", "备注", "Note"), topic],
  employment: [f("cohort", "届别", "Cohort", "int", { ...req, hint: "如 2022" }), f("majorName", "专业名称", "Major", "text", req),
    f("majorCode", "专业代码", "Major code"), f("graduates", "毕业生数", "Graduates", "int", { unit: "人", required: true }),
    f("placed", "落实去向人数", "Placed", "int", { unit: "人", required: true }), f("monthlySalary", "月均收入", "Monthly salary", "decimal", { unit: "元" }),
    f("satisfaction", "满意度", "Satisfaction", "decimal", { unit: "%" }), f("relatedness", "专业相关度", "Relatedness", "decimal", { unit: "%" }), topic],
  funding: [f("direction", "收支", "Direction", "select", { options: ["INCOME", "EXPENDITURE"], required: true }),
    f("category", "类别", "Category", "select", { options: ["BASIC_APPROPRIATION", "SPECIAL_APPROPRIATION", "OPERATING", "OTHER_OPERATING",
      "OTHER_INCOME", "PERSONNEL", "OPERATIONS", "CAPITAL", "STUDENT_AID", "OTHER_EXPENSE"], required: true }),
    f("name", "项目名称", "Item", "text", req), f("source", "来源", "Source"),
    f("amount", "金额", "Amount", "decimal", { unit: "万元", required: true }), topic],
  "research-projects": [f("title", "课题名称", "Title", "text", req), level,
    f("stage", "阶段", "Stage", "select", { options: ["APPROVED", "CONCLUDED"], required: true }),
    f("leader", "负责人", "Leader"), f("funder", "立项单位", "Funder"), topic],
  "teaching-achievements": [f("title", "成果名称", "Title", "text", req), level, f("grade", "等级", "Grade", "text", { ...req, hint: "特等奖、一等奖、二等奖" }),
    f("awardedBy", "授予单位", "Awarded by"), f("awardedOn", "授予日期", "Date", "date"), topic],
  "luban-workshops": [f("name", "工坊名称", "Name", "text", req), f("partner", "合作院校", "Partner", "text", req),
    f("country", "国家", "Country", "text", req), f("city", "城市", "City"), f("majors", "专业（每行一个）", "Majors (one per line)", "list"),
    f("enrolled", "招生人数", "Enrolled", "int", { unit: "人" }), f("trained", "培训人数", "Trained", "int", { unit: "人" }),
    f("teachers", "师资人数", "Teachers", "int", { unit: "人" }), f("teachersTrained", "培训师资人数", "Teachers trained", "int", { unit: "人" }),
    f("foundedOn", "成立日期", "Founded", "date"), f("description", "说明", "Description", "textarea"), topic],
  "luban-activities": [f("workshopId", "所属工坊（编号）", "Workshop id", "text", req), f("title", "活动名称", "Title", "text", req),
    f("heldOn", "日期", "Date", "date"), f("participants", "参与人数", "Participants", "int", { unit: "人" }),
    f("description", "说明", "Description", "textarea"), topic],
  "social-trainings": [f("name", "培训项目", "Programme", "text", req),
    f("category", "类型", "Category", "select", { options: ["SKILL", "PUBLIC_INTEREST"], required: true }),
    f("mode", "方式", "Mode", "select", { options: ["ONLINE", "OFFLINE"], required: true }),
    f("hours", "学时", "Hours", "decimal", { unit: "学时", required: true }), f("personTimes", "培训人次", "Person-times", "int", { unit: "人次", required: true }),
    f("audience", "培训对象", "Audience"), topic],
  cases: [f("title", "案例标题", "Title", "text", req), f("subtitle", "副标题", "Subtitle"),
    f("topic", "报告栏目", "Report topic", "select", { options: TOPIC_KEYS, required: true }),
    f("body", "案例正文（不超过1000字）", "Body (at most 1000 characters)", "textarea", req)],
  figures: [f("caption", "图题", "Caption", "text", req),
    f("kind", "类型", "Kind", "select", { options: ["PHOTO", "CERTIFICATE", "DIAGRAM", "NEWS", "CHART"], required: true }),
    topic, f("caseId", "所属案例（编号）", "Case id"), f("altText", "替代文字", "Alt text")],
  indicators: [f("key", "指标键", "Key", "text", { ...req, hint: "如 satisfaction.students" }), f("label", "指标名称", "Label", "text", req),
    f("value", "数值", "Value", "decimal", req), f("unit", "单位", "Unit"), topic],
};

/** FormData → the plain object a kind's zod schema parses (empty inputs become undefined). */
export function formToInput(fields: FieldSpec[], form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.type === "prizes") {
      const prizes: Record<string, unknown>[] = [];
      for (let i = 0; i < 20; i++) {
        const prize = String(form.get(`prizes.${i}.prize`) ?? "").trim();
        const count = String(form.get(`prizes.${i}.count`) ?? "").trim();
        const unit = String(form.get(`prizes.${i}.unit`) ?? "").trim();
        if (prize || count) prizes.push({ prize, ...(count ? { count } : {}), ...(unit ? { unit } : {}) });
      }
      out.prizes = prizes;
      continue;
    }
    const raw = form.get(field.name);
    if (field.type === "checkbox") { out[field.name] = raw === "on" || raw === "true"; continue; }
    const value = typeof raw === "string" ? raw.trim() : "";
    if (field.type === "list") out[field.name] = value.split(/[\n、,，;；]+/).map((s) => s.trim()).filter(Boolean);
    else if (value !== "") out[field.name] = value;
  }
  return out;
}
