import { z } from "zod";
import { bi } from "../i18n/bilingual";
import type { Lang } from "../i18n/define";

const year = z.coerce
  .number({ error: bi("年度必须是数字", "the year must be a number") })
  .int()
  .min(2000, bi("年度应在2000到2100之间", "the year must be between 2000 and 2100"))
  .max(2100, bi("年度应在2000到2100之间", "the year must be between 2000 and 2100"));
const deadline = z.preprocess(
  (v) => (v === "" || v == null ? null : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, bi("截止日期格式应为 YYYY-MM-DD", "the deadline must be YYYY-MM-DD"))
    .nullable(),
);

/** The report's title for a year (报告标题); empty means the default 「{year}年度质量报告」. */
const title = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z
    .string({ error: bi("报告标题应为文字", "the title must be text") })
    .trim()
    .max(100, bi("报告标题不能超过100个字符", "the title must be at most 100 characters"))
    .nullable(),
);

/** Opening a report year: from a template, or continuing last year's outline and narratives. */
export const ZOpenYear = z
  .object({
    year,
    academicYear: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{4}$/, bi("学年格式应为 2024-2025", "the academic year must look like 2024-2025")),
    /** "previous", or the key of a rule pack (lib/rules) whose outline and rules the year takes. */
    source: z
      .string({ error: bi("请选择大纲来源：沿用上年或规则包", "choose where the outline comes from: last year or a rule pack") })
      .trim()
      .min(1, bi("请选择大纲来源：沿用上年或规则包", "choose where the outline comes from: last year or a rule pack"))
      .meta({ description: "previous（沿用上年）或规则包的键 a rule pack key", examples: ["previous", "2024"] }),
    deadline,
    title: title.optional(),
  })
  .refine((v) => Number(v.academicYear.slice(5)) === v.year && Number(v.academicYear.slice(0, 4)) === v.year - 1, {
    path: ["academicYear"],
    message: bi("学年应以报告年度结束，如2025年度为2024-2025", "the academic year must end in the report year, e.g. 2024-2025 for 2025"),
  });

export const ZYearChange = z.object({
  state: z.enum(["OPEN", "PUBLISHED", "ARCHIVED"], { error: bi("年度状态无效", "invalid year state") }).optional(),
  deadline: deadline.optional(),
  title: title.optional(),
});

export const YEAR_STATE_LABELS = {
  OPEN: { zh: "填报中", en: "Open" },
  PUBLISHED: { zh: "已发布", en: "Published" },
  ARCHIVED: { zh: "已归档", en: "Archived" },
} as const;

/** 「还有N天」「今天截止」「已过N天」, or in English "N days left", "due today", "N days overdue". */
export function deadlineWords(days: number, lang: Lang = "zh"): string {
  if (lang === "en") {
    const n = (k: number) => `${k} ${k === 1 ? "day" : "days"}`;
    return days > 0 ? `${n(days)} left` : days === 0 ? "due today" : `${n(-days)} overdue`;
  }
  if (days > 0) return `还有${days}天`;
  if (days === 0) return "今天截止";
  return `已过${-days}天`;
}
