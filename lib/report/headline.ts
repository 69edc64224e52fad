import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../server/db";
import { fixed } from "./decimal";
import { employmentMetrics, fundingMetrics } from "./metrics";

/** The headline figures of a year, computed from its approved records. */
export async function headlineFigures(year: number, prisma: PrismaClient = db()) {
  const approved = { status: "APPROVED" as const, deletedAt: null };
  const [employment, funding, awards] = await Promise.all([
    prisma.employmentStat.findMany({
      where: { record: approved, cohort: { in: [year, year - 1] } },
      select: { cohort: true, graduates: true, placed: true, monthlySalary: true },
    }),
    prisma.fundingItem.findMany({ where: { record: { ...approved, year } }, select: { direction: true, category: true, amount: true } }),
    prisma.record.count({ where: { ...approved, kind: "competitionAward", year } }),
  ]);
  return { employment: employmentMetrics(employment, year), funding: fundingMetrics(funding), awards };
}

/** The home page's figures as frozen with an edition: what the public read, not today's data. */
export type EditionHeadline = { graduates: number | null; placementRate: string | null; incomeTotal: string | null; awards: number };

export async function editionHeadline(year: number, prisma: PrismaClient = db()): Promise<EditionHeadline> {
  const h = await headlineFigures(year, prisma);
  return {
    graduates: h.employment.graduates || null,
    placementRate: h.employment.placementRate ? fixed(h.employment.placementRate) : null,
    incomeTotal: h.funding.incomeTotal.isZero() ? null : fixed(h.funding.incomeTotal),
    awards: h.awards,
  };
}

/** The latest edition's figures of each published year (null for an edition published before they were kept). */
export async function publishedHeadlines(years: number[], prisma: PrismaClient = db()): Promise<Map<number, EditionHeadline | null>> {
  const rows = await prisma.reportEdition.findMany({
    where: { year: { in: years } },
    orderBy: [{ year: "desc" }, { version: "desc" }],
    distinct: ["year"],
    select: { year: true, headline: true },
  });
  return new Map(rows.map((r) => [r.year, (r.headline as EditionHeadline | null) ?? null]));
}
