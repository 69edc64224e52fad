/**
 * Shapes of the demo data files. Each entry is a model's own fields (see prisma/schema.prisma)
 * without the workflow columns, plus `dept` (a department code from departments.ts) and an
 * optional `highlight`. The seed (prisma/seed.ts) adds year, status APPROVED and sort order.
 * Dates are "YYYY-MM-DD" strings; Decimal fields are strings ("3885.83") to stay exact.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Topic } from "../../lib/records/topics";

type Common =
  | "id"
  | "year"
  | "departmentId"
  | "status"
  | "version"
  | "highlight"
  | "returnReason"
  | "pending"
  | "authorId"
  | "createdAt"
  | "updatedAt"
  | "sortOrder"
  | "topic";

type DateFields<T> = { [K in keyof T]: K extends `${string}On` ? string | null : T[K] };

export type Demo<T> = DateFields<Omit<T, Common>> & { dept: string; highlight?: boolean; topic?: Topic };

export type DemoDepartment = { code: string; name: string; shortName?: string };
export type DemoHonour = Demo<Prisma.HonourUncheckedCreateInput>;
export type DemoPrize = { prize: string; count?: number; unit?: "人次" | "项" | "队" | "人" };
export type DemoCompetitionAward = Omit<Demo<Prisma.CompetitionAwardUncheckedCreateInput>, "prizes"> & { prizes: DemoPrize[] };
export type DemoHostedCompetition = Demo<Prisma.HostedCompetitionUncheckedCreateInput>;
export type DemoCourse = Demo<Prisma.CourseUncheckedCreateInput>;
export type DemoTextbook = Demo<Prisma.TextbookUncheckedCreateInput>;
export type DemoCertificatePilot = Omit<Demo<Prisma.CertificatePilotUncheckedCreateInput>, "pilotMajors"> & { pilotMajors: string[] };
export type DemoMajor = Demo<Prisma.MajorUncheckedCreateInput>;
export type DemoEmploymentStat = Demo<Prisma.EmploymentStatUncheckedCreateInput> & { year: number };
export type DemoFundingItem = Demo<Prisma.FundingItemUncheckedCreateInput>;
export type DemoResearchProject = Demo<Prisma.ResearchProjectUncheckedCreateInput>;
export type DemoTeachingAchievementAward = Demo<Prisma.TeachingAchievementAwardUncheckedCreateInput>;
export type DemoLubanWorkshop = Omit<Demo<Prisma.LubanWorkshopUncheckedCreateInput>, "majors"> & {
  majors: string[];
  /** Stable key so activities can point at their workshop. */
  key: string;
};
export type DemoLubanActivity = Omit<Demo<Prisma.LubanActivityUncheckedCreateInput>, "workshopId"> & { workshop: string };
export type DemoSocialTraining = Demo<Prisma.SocialTrainingUncheckedCreateInput>;
export type DemoIndicator = Demo<Prisma.IndicatorUncheckedCreateInput> & { year?: number };
export type DemoCase = Demo<Prisma.CaseUncheckedCreateInput> & { topic: Topic; number: number };
export type DemoFigure = Omit<Demo<Prisma.FigureUncheckedCreateInput>, "caseId" | "fileId"> & {
  /** The seed report's figure number (1–95), kept to order figures and check completeness. */
  number: number;
  /** The seed report's case number this figure belongs to, if any. */
  caseNumber?: number;
};
export type DemoSection = { topic: Topic; narrative: string };
