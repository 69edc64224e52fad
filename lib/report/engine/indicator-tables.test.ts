import { describe, expect, it } from "vitest";
import { shippedPack } from "../../rules/shipped";
import { buildIndicatorTable, documentIndicatorValues, indicatorTableValues, NOT_APPLICABLE, periodLabel } from "./indicator-tables";
import { fakeData } from "./test-data";
import { assembleDocument } from "./build";

const table = (pack: string, key: string) => shippedPack(pack).indicatorTables.find((t) => t.key === key)!;

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
    // 2022's 计分卡 mixes 届 rows with the 1+X pass rate (a 学年's): the headings name the 届, a note the 学年 row.
    const t = buildIndicatorTable(shippedPack("2022").indicatorTables[0]!, { year: 2022, data }, { year: 2021, data });
    const row = (label: string) => t.rows.find((r) => r.cells[1] === label)!.cells.slice(3);
    expect(t.columns).toEqual(["序号", "指标", "单位", "2022届", "2021届", "增减"]);
    expect(t.note).toBe("第7行为2021-2022学年和2020-2021学年。");
    expect(row("毕业生人数")).toEqual(["100", "100", "0"]);
    expect(row("毕业去向落实率")).toEqual(["95.00", "90.00", "+5.00个百分点"]);
    // 2021's record has no salary: the value is missing ("—"), and so is the change against it.
    expect(row("月收入")).toEqual(["4000", "—", "—"]);
    expect(row("雇主满意度")).toEqual(["99.7", "96.7", "+3.0个百分点"]);
    expect(row("自主创业比例")).toEqual(["", "", ""]);
    expect(row("1+X证书考试通过率")).toEqual(["", "", ""]);
  });

  it("names the period in the headings when every row has one basis: 届, 学年 or calendar year", () => {
    const data = fakeData({ year: 2024 });
    const columns = (pack: string, key: string) =>
      buildIndicatorTable(table(pack, key), { year: 2024, data }, { year: 2023, data }).columns.slice(3);
    expect(columns("2024", "scorecard")).toEqual(["2024届", "2023届", "增减"]);
    expect(columns("2024", "teaching-resources")).toEqual(["2023-2024学年", "2022-2023学年", "增减"]);
    expect(columns("2024", "policy")).toEqual(["2024年", "2023年", "增减"]);
    expect(periodLabel("schoolYear", 2022)).toBe("2021-2022学年");
    // 服务贡献表: four 届 rows and four 学年 rows (a tie goes to the first), 到款额 by calendar year.
    const service = buildIndicatorTable(table("2022", "service"), { year: 2022, data }, { year: 2021, data });
    expect(service.columns.slice(3, 5)).toEqual(["2022届", "2021届"]);
    expect(service.note).toBe("第5、6、7、9行为2021-2022学年和2020-2021学年；第8行为2022年和2021年。");
  });

  it("gives each row its numbers by code: a rate's numerator and denominator, missing as null, never 0", () => {
    const data = fakeData({
      year: 2024,
      rows: {
        employmentStat: [
          { cohort: 2024, year: 2024, majorName: "A", graduates: 100, placed: 90, relatedness: "80" },
          { cohort: 2024, year: 2024, majorName: "B", graduates: 50, placed: 40, relatedness: "50" },
        ],
      },
    });
    const built = buildIndicatorTable(table("2024", "scorecard"), { year: 2024, data }, { year: 2023, data });
    const byCode = new Map(indicatorTableValues(built).map((v) => [v.code, v]));
    expect(byCode.get("SC02")).toEqual({
      code: "SC02",
      basis: "cohort",
      period: "2024届",
      applies: true,
      value: 86.67,
      numerator: 130,
      denominator: 150,
    });
    // 专业相关度 weighted by the placed: (90×80% + 40×50%) / 130 = 92 / 130 — not the mean of 80 and 50.
    expect(byCode.get("SC08")).toMatchObject({ value: 70.77, numerator: 92, denominator: 130 });
    expect(byCode.get("SC03")).toMatchObject({ value: null, numerator: null, denominator: null, applies: true });
    expect(byCode.get("SC04")).toMatchObject({ value: null }); // 母校满意度: nobody entered it
    // A major without its relatedness makes the rate unknown, not the other majors' rate.
    const partial = fakeData({
      year: 2024,
      rows: { employmentStat: [{ cohort: 2024, year: 2024, majorName: "A", graduates: 100, placed: 90, relatedness: null }] },
    });
    const again = buildIndicatorTable(table("2024", "scorecard"), { year: 2024, data: partial }, { year: 2023, data: partial });
    expect(indicatorTableValues(again).find((v) => v.code === "SC08")).toMatchObject({ value: null, numerator: null });
    expect(again.rows.find((r) => r.indicator?.code === "SC08")!.cells[3]).toBe("—");
  });

  it("prints 「不适用」 for the graduate rows of a year whose 届 had no graduates, and keeps them out of the numbers", () => {
    const none = fakeData({
      year: 2024,
      rows: { employmentStat: [{ cohort: 2024, year: 2024, majorName: "A", graduates: 0, placed: 0 }] },
    });
    const built = buildIndicatorTable(table("2024", "scorecard"), { year: 2024, data: none }, { year: 2023, data: none });
    expect(built.rows.map((r) => r.cells[3])).toEqual(built.rows.map(() => NOT_APPLICABLE));
    expect(indicatorTableValues(built).every((v) => !v.applies && v.value === null)).toBe(true);
    // No employment records at all is missing data, not "no graduates": blank, and it still counts.
    const empty = fakeData({ year: 2024 });
    const blank = buildIndicatorTable(table("2024", "scorecard"), { year: 2024, data: empty }, { year: 2023, data: empty });
    expect(blank.rows[0]!.cells[3]).toBe("");
    expect(indicatorTableValues(blank)[0]).toMatchObject({ applies: true, value: null });
  });

  it("builds 国际影响表 for a college without a 鲁班工坊: general rows filled, the workshop rows 「不适用」", () => {
    const data = fakeData({
      year: 2024,
      rows: { indicator: [{ key: "intl.overseasStudents", label: "国（境）外留学生", value: "12", unit: "人", year: 2024 }] },
    });
    const built = buildIndicatorTable(table("2024", "international"), { year: 2024, data }, { year: 2023, data });
    const cell = (label: string) => built.rows.find((r) => r.cells[1] === label)!.cells[3];
    expect(cell("国（境）外留学生")).toBe("12");
    expect(cell("中外合作办学项目")).toBe("");
    expect(cell("鲁班工坊（含分中心）")).toBe(NOT_APPLICABLE);
  });

  it("reads the numbers back from a built document, appendix tables by the pack's key", () => {
    const data = fakeData({
      year: 2024,
      templateKey: "2024",
      rows: { socialTraining: [{ name: "培训", category: "SKILL", mode: "OFFLINE", hours: "10", personTimes: 5, income: "1.5" }] },
    });
    const doc = assembleDocument(data);
    const tables = documentIndicatorValues(doc);
    expect(tables.map((t) => t.key)).toEqual(shippedPack("2024").indicatorTables.map((t) => t.key));
    const service = tables.find((t) => t.key === "service")!.rows;
    expect(service.find((v) => v.code === "SV14")).toMatchObject({ basis: "calendarYear", period: "2024年", value: 1.5 });
    expect(service.find((v) => v.code === "SV06")).toMatchObject({ basis: "schoolYear", value: 10 });
    // A frozen edition is JSON: the numbers survive the round trip.
    expect(documentIndicatorValues(JSON.parse(JSON.stringify(doc)))).toEqual(tables);
  });
});
