import { describe, expect, it } from "vitest";
import { shippedPack } from "../../rules/shipped";
import { buildIndicatorTable } from "./indicator-tables";
import { fakeData } from "./test-data";

describe("indicator tables", () => {
  it("ship five 2022-style and six 2024-style tables", () => {
    expect(shippedPack("2022").indicatorTables.map((t) => t.title)).toEqual(["计分卡", "资源表", "服务贡献表", "落实政策表", "国际影响表"]);
    expect(shippedPack("2024").indicatorTables).toHaveLength(6);
  });

  it("fills this year's and last year's values; a value with no data is blank, one its records left empty is 「—」, never 0", () => {
    const data = fakeData({
      rows: {
        employmentStat: [
          { cohort: 2022, majorName: "A", graduates: 100, placed: 95, monthlySalary: "4000" },
          { cohort: 2021, year: 2021, majorName: "A", graduates: 100, placed: 90, monthlySalary: null },
        ],
        indicator: [
          { key: "employment.employerSatisfaction", label: "雇主满意度", value: "99.7", unit: "%" },
          { key: "employment.employerSatisfaction", label: "雇主满意度", value: "96.7", unit: "%", year: 2021 },
        ],
      },
    });
    const t = buildIndicatorTable(shippedPack("2022").indicatorTables[0]!, { year: 2022, data }, { year: 2021, data });
    const row = (label: string) => t.rows.find((r) => r.cells[1] === label)!.cells.slice(3);
    expect(t.columns).toEqual(["序号", "指标", "单位", "2022年", "2021年", "增减"]);
    expect(row("毕业生人数")).toEqual(["100", "100", "0"]);
    expect(row("毕业去向落实率")).toEqual(["95.00", "90.00", "+5.00个百分点"]);
    // 2021's record has no salary: the value is missing ("—"), and so is the change against it.
    expect(row("月收入")).toEqual(["4000", "—", "—"]);
    expect(row("雇主满意度")).toEqual(["99.7", "96.7", "+3.0个百分点"]);
    expect(row("自主创业比例")).toEqual(["", "", ""]);
    expect(row("1+X证书考试通过率")).toEqual(["", "", ""]);
  });
});
