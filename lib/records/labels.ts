import { RECORD_ENUMS } from "./enums";
import { TOPICS, TOPICS_EN, type Topic } from "./topics";

/**
 * Display labels for enum values, Chinese first with English alongside: the record enumerations
 * as declared in lib/records/enums.ts, plus the workflow's statuses and the roles.
 */
export const ENUM_LABELS: Record<string, { zh: string; en: string }> = {
  ...Object.fromEntries(RECORD_ENUMS.flatMap((e) => Object.entries<{ zh: string; en: string }>(e.labels))),
  DRAFT: { zh: "草稿", en: "Draft" },
  SUBMITTED: { zh: "待审核", en: "Submitted" },
  APPROVED: { zh: "已通过", en: "Approved" },
  RETURNED: { zh: "已退回", en: "Returned" },
  ADMIN: { zh: "管理员", en: "Administrator" },
  REVIEWER: { zh: "审核员", en: "Reviewer" },
  STAFF: { zh: "系部填报员", en: "Department staff" },
  PARTNER: { zh: "合作企业", en: "Partner enterprise" },
  DEPT_HEAD: { zh: "部门负责人", en: "Department head" },
  LEADER: { zh: "校领导", en: "College leader" },
  COLLEGE: { zh: "学校报送员", en: "College submitter" },
};

export function enumLabel(value: string, lang: "zh" | "en" = "zh"): string {
  const topic = (TOPICS as Record<string, string>)[value];
  if (topic) return lang === "zh" ? topic : TOPICS_EN[value as Topic];
  return ENUM_LABELS[value]?.[lang] ?? value;
}
