import "server-only";
import { db } from "../server/db";
import { employmentMetrics, fundingMetrics } from "./metrics";

/** The headline figures of a year, computed from its approved records. */
export async function headlineFigures(year: number) {
  const approved = { status: "APPROVED" as const };
  const [employment, funding, awards] = await Promise.all([
    db().employmentStat.findMany({ where: { ...approved, cohort: { in: [year, year - 1] } },
      select: { cohort: true, graduates: true, placed: true, monthlySalary: true } }),
    db().fundingItem.findMany({ where: { ...approved, year }, select: { direction: true, category: true, amount: true } }),
    db().competitionAward.count({ where: { ...approved, year } }),
  ]);
  return { employment: employmentMetrics(employment, year), funding: fundingMetrics(funding), awards };
}
