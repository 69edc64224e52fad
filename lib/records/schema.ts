import { z } from "zod";
import { bi } from "../i18n/bilingual";
import { LEVEL } from "./enums";
import { kindBySlug } from "./kinds";

/**
 * The zod schema of each record kind, derived from its declaration in lib/records/kinds.ts (the
 * forms, the API, the spreadsheet import and the seed all parse with these). The database
 * repeats the hard rules as CHECK constraints.
 */
export { ZPrize, type TPrize } from "./declare";
export { CASE_BODY_MAX, MAJOR_CODE } from "./kinds";

export const LEVELS = LEVEL.values;

const schemaOf = (slug: string) => kindBySlug(slug)!.schema;
export const ZHonour = schemaOf("honours");
export const ZCompetitionAward = schemaOf("competition-awards");
export const ZHostedCompetition = schemaOf("hosted-competitions");
export const ZCourse = schemaOf("courses");
export const ZTextbook = schemaOf("textbooks");
export const ZCertificatePilot = schemaOf("certificate-pilots");
export const ZMajor = schemaOf("majors");
export const ZEmploymentStat = schemaOf("employment");
export const ZFundingItem = schemaOf("funding");
export const ZResearchProject = schemaOf("research-projects");
export const ZTeachingAchievementAward = schemaOf("teaching-achievements");
export const ZLubanWorkshop = schemaOf("luban-workshops");
export const ZLubanActivity = schemaOf("luban-activities");
export const ZSocialTraining = schemaOf("social-trainings");
export const ZCase = schemaOf("cases");
export const ZFigure = schemaOf("figures");
export const ZIndicator = schemaOf("indicators");

/** Workflow columns every record kind shares (set by the server, never by a form). */
export const ZRecordMeta = z.object({
  year: z.coerce.number().int().min(2000, bi("年度无效", "invalid year")).max(2100, bi("年度无效", "invalid year")),
  departmentId: z.string().min(1, bi("必须选择部门", "department is required")),
  highlight: z.boolean().default(false),
  sortOrder: z.coerce.number().int().default(0),
});

/** What may change after creation: the report year and the 主要成果 highlight (lib/records/write.ts). */
export const ZRecordMetaChange = z.object({
  year: z.coerce.number().int().min(2000, bi("年度无效", "invalid year")).max(2100, bi("年度无效", "invalid year")).optional(),
  highlight: z
    .union([z.boolean(), z.enum(["on", "true", "false", "off"])])
    .transform((v) => v === true || v === "on" || v === "true")
    .optional(),
});
