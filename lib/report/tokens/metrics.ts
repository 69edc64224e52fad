import { dec, percent, sum, type TDecimal } from "../../decimal";

/**
 * Numbers the report derives from records: totals, rates, shares and year-over-year changes.
 * Pure functions over plain rows, so the same code serves pages, tokens, checks and tests.
 */

type Num = TDecimal | string | number;

export type EmploymentRow = { cohort: number; graduates: number; placed: number; monthlySalary: Num | null };
export type FundingRow = { direction: string; category: string; amount: Num };
export type CertificateRow = { pilotMajors: string[]; planned: number; trained: number; examined: number; passed: number };
export type TrainingRow = { category: string; mode: string; hours: Num; personTimes: number };

export function employmentMetrics(rows: EmploymentRow[], cohort: number) {
  const own = rows.filter((r) => r.cohort === cohort);
  const prev = rows.filter((r) => r.cohort === cohort - 1);
  const graduates = own.reduce((a, r) => a + r.graduates, 0);
  const placed = own.reduce((a, r) => a + r.placed, 0);
  const placementRate = percent(placed, graduates);
  const prevGraduates = prev.reduce((a, r) => a + r.graduates, 0);
  const prevRate = percent(
    prev.reduce((a, r) => a + r.placed, 0),
    prevGraduates,
  );
  // Percentage points, compared as printed (to 2 places) so the text adds up for a reader.
  const placementRateChange = placementRate && prevRate ? placementRate.toDecimalPlaces(2).minus(prevRate.toDecimalPlaces(2)) : null;
  const salaried = own.filter((r) => r.monthlySalary != null && r.placed > 0);
  const salaryWeight = salaried.reduce((a, r) => a + r.placed, 0);
  const averageSalary = salaryWeight > 0 ? sum(salaried.map((r) => dec(r.monthlySalary).times(r.placed))).dividedBy(salaryWeight) : null;
  return { graduates, placed, placementRate, prevRate, placementRateChange, averageSalary, majors: own.length };
}

export function fundingMetrics(rows: FundingRow[]) {
  const income = rows.filter((r) => r.direction === "INCOME");
  const byCategory = (c: string) => sum(income.filter((r) => r.category === c).map((r) => r.amount));
  const basic = byCategory("BASIC_APPROPRIATION");
  const special = byCategory("SPECIAL_APPROPRIATION");
  const operating = byCategory("OPERATING");
  const otherOperating = byCategory("OTHER_OPERATING");
  const otherIncome = byCategory("OTHER_INCOME");
  const incomeTotal = sum(income.map((r) => r.amount));
  const expenditureTotal = sum(rows.filter((r) => r.direction === "EXPENDITURE").map((r) => r.amount));
  return {
    incomeTotal,
    basic,
    special,
    operating,
    otherOperating,
    otherIncome,
    expenditureTotal,
    appropriationTotal: basic.plus(special),
    selfRaisedTotal: operating.plus(otherOperating),
  };
}

export function certificateMetrics(rows: CertificateRow[]) {
  const examined = rows.reduce((a, r) => a + r.examined, 0);
  const passed = rows.reduce((a, r) => a + r.passed, 0);
  return {
    count: rows.length,
    pilotMajors: new Set(rows.flatMap((r) => r.pilotMajors)).size,
    planned: rows.reduce((a, r) => a + r.planned, 0),
    trained: rows.reduce((a, r) => a + r.trained, 0),
    examined,
    passed,
    passRate: percent(passed, examined),
  };
}

export function trainingMetrics(rows: TrainingRow[]) {
  const hoursWhere = (pred: (r: TrainingRow) => boolean) => sum(rows.filter(pred).map((r) => r.hours));
  const hours = hoursWhere(() => true);
  const skillHours = hoursWhere((r) => r.category === "SKILL");
  const publicHours = hoursWhere((r) => r.category === "PUBLIC_INTEREST");
  return {
    programmes: rows.length,
    hours,
    skillHours,
    skillShare: percent(skillHours, hours),
    publicHours,
    publicShare: percent(publicHours, hours),
    onlineHours: hoursWhere((r) => r.mode === "ONLINE"),
    offlineHours: hoursWhere((r) => r.mode === "OFFLINE"),
    personTimes: rows.reduce((a, r) => a + r.personTimes, 0),
  };
}
