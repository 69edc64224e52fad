import "server-only";
import { db } from "../server/db";
import { employmentMetrics, fundingMetrics } from "./metrics";

/** The headline figures of a year, computed from its approved records. */
export async function headlineFigures(year: number) {
  const approved = { status: "APPROVED" as const, deletedAt: null };
  const [employment, funding, awards] = await Promise.all([
    db().employmentStat.findMany({
      where: { record: approved, cohort: { in: [year, year - 1] } },
      select: { cohort: true, graduates: true, placed: true, monthlySalary: true },
    }),
    db().fundingItem.findMany({ where: { record: { ...approved, year } }, select: { direction: true, category: true, amount: true } }),
    db().record.count({ where: { ...approved, kind: "competitionAward", year } }),
  ]);
  return { employment: employmentMetrics(employment, year), funding: fundingMetrics(funding), awards };
}
