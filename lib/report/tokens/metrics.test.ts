import { describe, expect, it } from "vitest";
import { fixed } from "../../decimal";
import { certificateMetrics, employmentMetrics, fundingMetrics, trainingMetrics } from "./metrics";

describe("employmentMetrics", () => {
  const rows = [
    { cohort: 2022, graduates: 100, placed: 95, monthlySalary: "4000" },
    { cohort: 2022, graduates: 50, placed: 50, monthlySalary: "5000" },
    { cohort: 2021, graduates: 200, placed: 180, monthlySalary: null },
  ];
  it("computes the placement rate, its change and a placed-weighted salary", () => {
    const m = employmentMetrics(rows, 2022);
    expect(m.graduates).toBe(150);
    expect(m.placed).toBe(145);
    expect(fixed(m.placementRate!)).toBe("96.67");
    expect(fixed(m.prevRate!)).toBe("90.00");
    expect(fixed(m.placementRateChange!)).toBe("6.67");
    expect(fixed(m.averageSalary!, 0)).toBe(String(Math.round((95 * 4000 + 50 * 5000) / 145)));
  });
  it("leaves the change blank when the previous cohort has no data", () => {
    const m = employmentMetrics(rows, 2021);
    expect(m.placementRateChange).toBeNull();
    expect(employmentMetrics([], 2022).placementRate).toBeNull();
  });
});

describe("fundingMetrics", () => {
  it("sums income by category exactly and rounds half up only when printed", () => {
    const m = fundingMetrics([
      { direction: "INCOME", category: "BASIC_APPROPRIATION", amount: "3885.83" },
      { direction: "INCOME", category: "SPECIAL_APPROPRIATION", amount: "8074.66" },
      { direction: "INCOME", category: "SPECIAL_APPROPRIATION", amount: "3.465" },
      { direction: "INCOME", category: "OPERATING", amount: "4522.07" },
      { direction: "INCOME", category: "OTHER_OPERATING", amount: "129.22" },
      { direction: "EXPENDITURE", category: "PERSONNEL", amount: "100" },
    ]);
    expect(m.special.toString()).toBe("8078.125");
    expect(fixed(m.special)).toBe("8078.13");
    expect(fixed(m.incomeTotal)).toBe("16615.25");
    expect(fixed(m.appropriationTotal)).toBe("11963.96");
    expect(fixed(m.selfRaisedTotal)).toBe("4651.29");
    expect(m.expenditureTotal.toString()).toBe("100");
  });
});

describe("certificateMetrics", () => {
  it("counts distinct pilot majors and the pass rate", () => {
    const m = certificateMetrics([
      { pilotMajors: ["A", "B"], planned: 10, trained: 12, examined: 8, passed: 7 },
      { pilotMajors: ["B", "C"], planned: 5, trained: 6, examined: 2, passed: 1 },
    ]);
    expect(m).toMatchObject({ count: 2, pilotMajors: 3, planned: 15, trained: 18, examined: 10, passed: 8 });
    expect(fixed(m.passRate!, 1)).toBe("80.0");
  });
});

describe("trainingMetrics", () => {
  it("splits hours by category and mode and computes shares", () => {
    const m = trainingMetrics([
      { category: "SKILL", mode: "ONLINE", hours: "30", personTimes: 10 },
      { category: "PUBLIC_INTEREST", mode: "OFFLINE", hours: "70", personTimes: 5 },
    ]);
    expect(fixed(m.skillShare!)).toBe("30.00");
    expect(fixed(m.publicShare!)).toBe("70.00");
    expect(m.onlineHours.toString()).toBe("30");
    expect(m.personTimes).toBe(15);
  });
});
