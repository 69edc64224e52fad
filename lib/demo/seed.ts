import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../auth/password";
import { toDbData } from "../records/db-data";
import { publishDemoEdition } from "../report/editions";
import { outlineRows, TEMPLATE_2022 } from "../report/templates";
import { departments } from "../../prisma/demo/departments";
import * as R from "../../prisma/demo/records";
import { cases } from "../../prisma/demo/cases";
import { figures } from "../../prisma/demo/figures";
import { narratives } from "../../prisma/demo/narratives";

/**
 * Loads the 2022 report as APPROVED records. Idempotent: every row has a deterministic id (or
 * natural key) and is inserted with skipDuplicates, so a second run adds nothing and never
 * overwrites what users changed since.
 */
export const DEMO_YEAR = 2022;
import { DEMO_PASSWORD, DEMO_USERS, INSTITUTION_ID } from "./accounts";

export { DEMO_PASSWORD, DEMO_USERS, INSTITUTION_ID };

type Row = { dept: string; year?: number; highlight?: boolean };
type Seeded<T> = Omit<T, "dept" | "year" | "highlight"> & {
  id: string; year: number; departmentId: string; status: "APPROVED"; highlight: boolean; sortOrder: number;
};

function commonColumns<T extends Row>(prefix: string, rows: readonly T[], deptIds: Map<string, string>): Seeded<T>[] {
  return rows.map((row, i) => {
    const { dept, year, highlight, ...rest } = row;
    const fields = rest as Record<string, unknown>;
    const departmentId = deptIds.get(dept);
    if (!departmentId) throw new Error(`demo data: unknown department code ${dept} in ${prefix}`);
    return {
      ...(toDbData(fields) as Omit<T, "dept" | "year" | "highlight">),
      id: `demo-${prefix}-${i + 1}`,
      year: year ?? DEMO_YEAR,
      departmentId,
      status: "APPROVED" as const,
      highlight: highlight ?? false,
      sortOrder: i + 1,
    };
  });
}

export async function seedDemo(prisma: PrismaClient, options: { users?: boolean } = {}) {
  await prisma.institution.upsert({
    where: { id: INSTITUTION_ID },
    update: {},
    create: { id: INSTITUTION_ID, name: "天津城市职业学院", shortName: "城职", city: "天津" },
  });
  for (const [year, academicYear] of [[2021, "2020-2021"], [2022, "2021-2022"]] as const) {
    await prisma.reportYear.upsert({
      where: { year },
      update: {},
      create: { year, academicYear, title: `${year}年度质量报告`, templateKey: "2022" },
    });
  }

  for (const [i, d] of departments.entries()) {
    await prisma.department.upsert({
      where: { code: d.code },
      update: {},
      create: { code: d.code, name: d.name, shortName: d.shortName ?? null, sortOrder: i + 1 },
    });
  }
  const deptRows = await prisma.department.findMany({ select: { id: true, code: true, name: true } });
  const deptIds = new Map<string, string>();
  for (const d of deptRows) { deptIds.set(d.code, d.id); deptIds.set(d.name, d.id); }

  if (options.users) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      await prisma.user.upsert({
        where: { username: u.username },
        update: {},
        create: { username: u.username, displayName: u.displayName, role: u.role, passwordHash,
          departmentId: u.dept ? deptIds.get(u.dept) ?? null : null },
      });
    }
  }

  const rows = <T extends Row>(prefix: string, data: readonly T[]) => commonColumns(prefix, data, deptIds);
  const skip = { skipDuplicates: true } as const;
  await prisma.honour.createMany({ data: rows("honour", R.honours), ...skip });
  await prisma.competitionAward.createMany({ data: rows("award", R.competitionAwards), ...skip });
  await prisma.hostedCompetition.createMany({ data: rows("hosted", R.hostedCompetitions), ...skip });
  await prisma.course.createMany({ data: rows("course", R.courses), ...skip });
  await prisma.textbook.createMany({ data: rows("textbook", R.textbooks), ...skip });
  await prisma.certificatePilot.createMany({ data: rows("cert", R.certificatePilots), ...skip });
  await prisma.major.createMany({ data: rows("major", R.majors), ...skip });
  await prisma.employmentStat.createMany({ data: rows("employment", R.employmentStats), ...skip });
  await prisma.fundingItem.createMany({ data: rows("funding", R.fundingItems), ...skip });
  await prisma.researchProject.createMany({ data: rows("research", R.researchProjects), ...skip });
  await prisma.teachingAchievementAward.createMany({ data: rows("achievement", R.teachingAchievements), ...skip });

  const workshops = rows("luban", R.lubanWorkshops).map(({ key: _key, ...w }) => w);
  await prisma.lubanWorkshop.createMany({ data: workshops, ...skip });
  const workshopIds = new Map(R.lubanWorkshops.map((w, i) => [w.key, `demo-luban-${i + 1}`]));
  const activities = rows("luban-activity", R.lubanActivities).map(({ workshop, ...a }) => ({
    ...a, workshopId: workshopIds.get(workshop as string) ?? missing("workshop", workshop),
  }));
  await prisma.lubanActivity.createMany({ data: activities, ...skip });
  await prisma.socialTraining.createMany({ data: rows("training", R.socialTrainings), ...skip });
  await prisma.indicator.createMany({ data: rows("indicator", R.indicators), ...skip });

  const caseRows = rows("case", cases).map(({ number, ...c }) => ({ ...c, id: `demo-case-${number}` }));
  await prisma.case.createMany({ data: caseRows, ...skip });
  const figureRows = rows("figure", figures).map(({ number, caseNumber, ...f }) => ({
    ...f, id: `demo-figure-${number}`, caseId: caseNumber ? `demo-case-${caseNumber}` : null,
  }));
  await prisma.figure.createMany({ data: figureRows, ...skip });

  const narrativeByTopic = new Map(narratives.map((n) => [n.topic as string, n.narrative]));
  await prisma.outlineSection.createMany({
    data: outlineRows(TEMPLATE_2022).map((r) => ({
      ...r, year: DEMO_YEAR,
      narrative: r.topics.map((t) => narrativeByTopic.get(t) ?? "").filter(Boolean).join("\n\n"),
    })),
    ...skip,
  });
  await publishDemoEdition(prisma);
}

function missing(what: string, key: unknown): never {
  throw new Error(`demo data: unknown ${what} ${String(key)}`);
}
