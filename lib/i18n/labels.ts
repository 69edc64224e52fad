import { TOPICS } from "../report/topics";

/** Display labels for enum values, Chinese first with English alongside. */
export const ENUM_LABELS: Record<string, { zh: string; en: string }> = {
  INTERNATIONAL: { zh: "国际级", en: "International" },
  NATIONAL: { zh: "国家级", en: "National" },
  PROVINCIAL: { zh: "省市级", en: "Provincial" },
  INDUSTRY: { zh: "行业级", en: "Industry" },
  DISTRICT: { zh: "区级", en: "District" },
  SCHOOL: { zh: "校级", en: "School" },
  STUDENT: { zh: "学生", en: "Students" },
  TEACHER: { zh: "教师", en: "Teachers" },
  TEAM: { zh: "团体", en: "Team" },
  INDIVIDUAL: { zh: "个人", en: "Individual" },
  UNCHANGED: { zh: "保留", en: "Unchanged" },
  NEW: { zh: "新增", en: "New" },
  PLANNED: { zh: "拟新增", en: "Planned" },
  INCOME: { zh: "收入", en: "Income" },
  EXPENDITURE: { zh: "支出", en: "Expenditure" },
  BASIC_APPROPRIATION: { zh: "基本财政拨款", en: "Basic appropriation" },
  SPECIAL_APPROPRIATION: { zh: "专项经费拨款", en: "Special grants" },
  OPERATING: { zh: "事业收入", en: "Operating income" },
  OTHER_OPERATING: { zh: "其他事业收入", en: "Other operating income" },
  OTHER_INCOME: { zh: "其他收入", en: "Other income" },
  PERSONNEL: { zh: "人员经费", en: "Personnel" },
  OPERATIONS: { zh: "公用经费", en: "Operations" },
  CAPITAL: { zh: "基本建设", en: "Capital" },
  STUDENT_AID: { zh: "学生资助", en: "Student aid" },
  OTHER_EXPENSE: { zh: "其他支出", en: "Other expenses" },
  SKILL: { zh: "职业技能培训", en: "Skills training" },
  PUBLIC_INTEREST: { zh: "公益性培训", en: "Public-interest training" },
  ONLINE: { zh: "线上", en: "Online" },
  OFFLINE: { zh: "线下", en: "Offline" },
  PHOTO: { zh: "照片", en: "Photo" },
  CERTIFICATE: { zh: "证书/文件", en: "Certificate" },
  DIAGRAM: { zh: "示意图", en: "Diagram" },
  NEWS: { zh: "新闻报道", en: "News" },
  CHART: { zh: "统计图", en: "Chart" },
  APPROVED: { zh: "已通过", en: "Approved" },
  CONCLUDED: { zh: "已结题", en: "Concluded" },
  DRAFT: { zh: "草稿", en: "Draft" },
  SUBMITTED: { zh: "待审核", en: "Submitted" },
  RETURNED: { zh: "已退回", en: "Returned" },
  ADMIN: { zh: "管理员", en: "Administrator" },
  REVIEWER: { zh: "审核员", en: "Reviewer" },
  STAFF: { zh: "系部填报员", en: "Department staff" },
};

export function enumLabel(value: string, lang: "zh" | "en" = "zh"): string {
  const topic = (TOPICS as Record<string, string>)[value];
  if (topic) return lang === "zh" ? topic : value;
  return ENUM_LABELS[value]?.[lang] ?? value;
}
