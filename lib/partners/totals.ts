import { dec, money, sum } from "../decimal";

/**
 * The totals the college report prints under 校企双元育人: how many partner enterprises reported,
 * the students they took on, their investment (equipment + training, 万元) and the jobs they
 * offered. Computed from the approved reports each time, never stored.
 */
export type PartnerFigures = {
  studentsTaken: number;
  jointProgrammes: number;
  jobsOffered: number;
  equipmentInvestment: unknown;
  trainingInvestment: unknown;
};

export function investmentOf(r: Pick<PartnerFigures, "equipmentInvestment" | "trainingInvestment">): string {
  return money(dec(String(r.equipmentInvestment)).plus(dec(String(r.trainingInvestment))));
}

export function partnerTotals(rows: readonly PartnerFigures[]) {
  return {
    enterprises: rows.length,
    studentsTaken: rows.reduce((n, r) => n + r.studentsTaken, 0),
    jointProgrammes: rows.reduce((n, r) => n + r.jointProgrammes, 0),
    jobsOffered: rows.reduce((n, r) => n + r.jobsOffered, 0),
    investment: money(sum(rows.map((r) => dec(String(r.equipmentInvestment)).plus(dec(String(r.trainingInvestment)))))),
  };
}
export type PartnerTotals = ReturnType<typeof partnerTotals>;
