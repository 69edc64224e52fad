import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { RECORD_KINDS, type ModelName } from "../records/kinds";
import { validateRecordValues } from "../records/validate";
import { hashPassword } from "../auth/password";
import { env } from "../env";
import { toDbData } from "../records/db-data";
import { publishDemoEdition } from "../report/editions/editions";
import { outlineRows } from "../report/model/templates";
import { outlineTemplateOf } from "../rules/pack";
import { shippedPack } from "../rules/shipped";
import { ensureShippedPacks } from "../rules/store";
import { departments } from "../../prisma/demo/departments";
import * as R from "../../prisma/demo/records";
import { cases } from "../../prisma/demo/cases";
import { figures } from "../../prisma/demo/figures";
import { narratives } from "../../prisma/demo/narratives";
import { partners } from "../../prisma/demo/partners";
import { tasks } from "../../prisma/demo/tasks";
import { formatDate } from "../time";

/**
 * Loads the 2022 report as APPROVED records. Idempotent: every row has a deterministic id (or
 * natural key) and is inserted with skipDuplicates, so a second run adds nothing and never
 * overwrites what users changed since.
 */
export const DEMO_YEAR = 2022;
/** The demo's report years and their academic years. */
const DEMO_YEARS = [
  [2021, "2020-2021"],
  [2022, "2021-2022"],
] as const;
import { DEMO_PASSWORD, DEMO_SIGNERS, DEMO_USERS, INSTITUTION_ID } from "./accounts";
import { DEMO_COLLEGE_CODE, DEMO_COLLEGE_TYPE } from "../institution/demo-identity";

export { DEMO_PASSWORD, DEMO_USERS, INSTITUTION_ID };

type Row = { dept: string; year?: number; highlight?: boolean; topic?: string | null };
type Seeded<T> = { record: Prisma.RecordCreateManyInput; fields: Omit<T, "dept" | "year" | "highlight" | "topic"> & { id: string } };

/** Demo rows → a Record row (workflow, APPROVED) and the kind's row, with deterministic ids. */
function split<T extends Row>(
  model: ModelName,
  prefix: string,
  rows: readonly T[],
  deptIds: Map<string, string>,
  ids?: (row: T, i: number) => string,
): Seeded<T>[] {
  return rows.map((row, i) => {
    const { dept, year, highlight, topic, ...rest } = row;
    const departmentId = deptIds.get(dept);
    if (!departmentId) throw new Error(`demo data: unknown department code ${dept} in ${prefix}`);
    const id = ids ? ids(row, i) : `demo-${prefix}-${i + 1}`;
    return {
      record: {
        id,
        kind: model,
        year: year ?? DEMO_YEAR,
        departmentId,
        status: "APPROVED",
        highlight: highlight ?? false,
        sortOrder: i + 1,
        topic: topic ?? null,
      },
      fields: { ...(toDbData(rest as Record<string, unknown>) as Omit<T, "dept" | "year" | "highlight" | "topic">), id },
    };
  });
}

export async function seedDemo(prisma: PrismaClient, options: { users?: boolean } = {}) {
  // The demo keeps the one-step review and publishes without sign-off unless its settings ask (lib/env.ts).
  const { NIANBAO_DEMO_DEPT_HEADS: deptHeads, NIANBAO_DEMO_LEADER_SIGNOFF: leaderSignoff } = env();
  const chain = { ...(deptHeads ? { departmentReview: true } : {}), ...(leaderSignoff ? { leaderSignoff: true } : {}) };
  await prisma.institution.upsert({
    where: { id: INSTITUTION_ID },
    update: chain,
    create: {
      id: INSTITUTION_ID,
      name: "天津城市职业学院",
      shortName: "城职",
      city: "天津",
      region: "京津冀",
      code: DEMO_COLLEGE_CODE,
      collegeType: DEMO_COLLEGE_TYPE,
      legalRepresentative: "陈立华",
      ...chain,
    },
  });
  await ensureShippedPacks(prisma);
  for (const [year, academicYear] of DEMO_YEARS) {
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
  for (const d of deptRows) {
    deptIds.set(d.code, d.id);
    deptIds.set(d.name, d.id);
  }

  if (options.users) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      await prisma.user.upsert({
        where: { username: u.username },
        update: {},
        create: {
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          passwordHash,
          departmentId: u.dept ? (deptIds.get(u.dept) ?? null) : null,
        },
      });
    }
  }

  const skip = { skipDuplicates: true } as const;
  // Every kind's Record rows first (the kind rows reference them), then each kind's own rows.
  const rows = <T extends Row>(model: ModelName, prefix: string, data: readonly T[], ids?: (row: T, i: number) => string) => {
    const seeded = split(model, prefix, data, deptIds, ids);
    records.push(...seeded.map((s) => s.record));
    return seeded.map((s) => s.fields);
  };
  const records: Prisma.RecordCreateManyInput[] = [];
  const workshopIds = new Map(R.lubanWorkshops.map((w, i) => [w.key, `demo-luban-${i + 1}`]));
  const yearOf = new Map<string, number>();
  const kinds = {
    honour: rows("honour", "honour", R.honours),
    competitionAward: rows("competitionAward", "award", R.competitionAwards),
    hostedCompetition: rows("hostedCompetition", "hosted", R.hostedCompetitions),
    course: rows("course", "course", R.courses),
    textbook: rows("textbook", "textbook", R.textbooks),
    certificatePilot: rows("certificatePilot", "cert", R.certificatePilots),
    major: rows("major", "major", R.majors),
    employmentStat: rows("employmentStat", "employment", R.employmentStats),
    fundingItem: rows("fundingItem", "funding", R.fundingItems),
    researchProject: rows("researchProject", "research", R.researchProjects),
    teachingAchievementAward: rows("teachingAchievementAward", "achievement", R.teachingAchievements),
    lubanWorkshop: rows("lubanWorkshop", "luban", R.lubanWorkshops).map(({ key: _key, ...w }) => w),
    lubanActivity: rows("lubanActivity", "luban-activity", R.lubanActivities).map(({ workshop, ...a }) => ({
      ...a,
      workshopId: workshopIds.get(workshop) ?? missing("workshop", workshop),
    })),
    socialTraining: rows("socialTraining", "training", R.socialTrainings),
    indicator: rows("indicator", "indicator", R.indicators),
    case: rows("case", "case", cases, (c) => `demo-case-${c.number}`).map(({ number: _n, ...c }) => c),
    figure: rows("figure", "figure", figures, (f) => `demo-figure-${f.number}`).map(({ number: _n, caseNumber, ...f }) => ({
      ...f,
      caseId: caseNumber ? `demo-case-${caseNumber}` : null,
    })),
  };
  for (const r of records) yearOf.set(r.id!, r.year);
  assertDemoRecordsValid(kinds, records);
  await prisma.record.createMany({ data: records, ...skip });
  await prisma.honour.createMany({ data: kinds.honour, ...skip });
  await prisma.competitionAward.createMany({ data: kinds.competitionAward, ...skip });
  await prisma.hostedCompetition.createMany({ data: kinds.hostedCompetition, ...skip });
  await prisma.course.createMany({ data: kinds.course, ...skip });
  await prisma.textbook.createMany({ data: kinds.textbook, ...skip });
  await prisma.certificatePilot.createMany({ data: kinds.certificatePilot, ...skip });
  await prisma.major.createMany({ data: kinds.major, ...skip });
  await prisma.employmentStat.createMany({ data: kinds.employmentStat, ...skip });
  await prisma.fundingItem.createMany({ data: kinds.fundingItem, ...skip });
  await prisma.researchProject.createMany({ data: kinds.researchProject, ...skip });
  await prisma.teachingAchievementAward.createMany({ data: kinds.teachingAchievementAward, ...skip });
  await prisma.lubanWorkshop.createMany({ data: kinds.lubanWorkshop, ...skip });
  await prisma.lubanActivity.createMany({ data: kinds.lubanActivity, ...skip });
  await prisma.socialTraining.createMany({ data: kinds.socialTraining, ...skip });
  await prisma.indicator.createMany({ data: kinds.indicator.map((i) => ({ ...i, year: yearOf.get(i.id) ?? DEMO_YEAR })), ...skip });
  await prisma.case.createMany({ data: kinds.case, ...skip });
  await prisma.figure.createMany({ data: kinds.figure, ...skip });

  const narrativeByTopic = new Map(narratives.map((n) => [n.topic as string, n.narrative]));
  await prisma.outlineSection.createMany({
    data: outlineRows(outlineTemplateOf(shippedPack("2022"))).map((r) => ({
      ...r,
      year: DEMO_YEAR,
      narrative: r.topics
        .map((t) => narrativeByTopic.get(t) ?? "")
        .filter(Boolean)
        .join("\n\n"),
    })),
    ...skip,
  });
  await seedDemoPartners(prisma);
  await publishDemoEdition(prisma, DEMO_SIGNERS);
  await seedDemoTasks(prisma, deptIds);
}

/**
 * The demo passes the rules every other way in is held to (lib/records/validate.ts): schema,
 * cross-field rules, dates within the academic year. A row that breaks one stops the seed, naming
 * the row; the rule is never bent for the demo.
 */
function assertDemoRecordsValid(kinds: Record<ModelName, Record<string, unknown>[]>, records: Prisma.RecordCreateManyInput[]) {
  const recordById = new Map(records.map((r) => [r.id!, r]));
  const academicYears = new Map<number, string>(DEMO_YEARS);
  const problems: string[] = [];
  for (const kind of RECORD_KINDS) {
    for (const fields of kinds[kind.model]) {
      const record = recordById.get(String(fields.id))!;
      const result = validateRecordValues({
        kind,
        year: record.year,
        academicYear: academicYears.get(record.year) ?? null,
        values: { ...fields, topic: record.topic },
      });
      if (!result.ok)
        problems.push(`${kind.slug} ${record.id}: ${result.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
  }
  if (problems.length) throw new Error(`demo data breaks the record rules:\n${problems.join("\n")}`);
}

/** The task board's demo tasks (prisma/demo/tasks.ts); a section's lead is its department, set only where none is. */
async function seedDemoTasks(prisma: PrismaClient, deptIds: Map<string, string>) {
  const dept = (code: string) => deptIds.get(code) ?? missing("department", code);
  const users = new Map((await prisma.user.findMany({ select: { id: true, username: true } })).map((u) => [u.username, u.id]));
  const day = (days: number) => new Date(`${formatDate(new Date(Date.now() + days * 86_400_000))}T00:00:00Z`);
  for (const t of tasks) {
    const section = t.section
      ? await prisma.outlineSection.findUnique({ where: { year_key: { year: DEMO_YEAR, key: t.section } }, select: { id: true } })
      : null;
    if (t.section && !section) missing("outline section", t.section);
    if (section && t.lead)
      await prisma.outlineSection.updateMany({ where: { id: section.id, departmentId: null }, data: { departmentId: dept(t.lead) } });
    const writerId = t.writer ? (users.get(t.writer) ?? null) : null;
    await prisma.writingTask.createMany({
      data: [
        {
          id: t.id,
          year: DEMO_YEAR,
          sectionId: section?.id ?? null,
          caseRecordId: t.caseNumber ? `demo-case-${t.caseNumber}` : null,
          supportingDepartmentIds: t.supporting.map(dept),
          writerId,
          dueDate: t.due ? new Date(`${t.due}T00:00:00Z`) : t.dueInDays !== undefined ? day(t.dueInDays) : null,
          completedAt: t.done ? new Date(`${t.due ?? "2022-06-30"}T08:00:00Z`) : null,
          completedById: t.done ? writerId : null,
          note: t.note ?? "",
        },
      ],
      skipDuplicates: true,
    });
  }
}

/** The invented partner enterprises with APPROVED 2022 reports, linked to their demo sign-ins when those exist. */
async function seedDemoPartners(prisma: PrismaClient) {
  for (const [i, p] of partners.entries()) {
    const user = await prisma.user.findUnique({ where: { username: p.username }, select: { id: true, role: true } });
    const enterpriseId = `demo-partner-${i + 1}`;
    await prisma.partnerEnterprise.createMany({
      data: [
        {
          id: enterpriseId,
          slug: p.slug,
          name: p.name,
          contact: p.contact,
          phone: p.phone,
          userId: user?.role === "PARTNER" ? user.id : null,
        },
      ],
      skipDuplicates: true,
    });
    await prisma.partnerReport.createMany({
      data: [
        { id: `demo-partner-report-${i + 1}`, enterpriseId, year: DEMO_YEAR, status: "APPROVED", approvedAt: new Date(), ...p.report },
      ],
      skipDuplicates: true,
    });
  }
}

function missing(what: string, key: unknown): never {
  throw new Error(`demo data: unknown ${what} ${String(key)}`);
}
