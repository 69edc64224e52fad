import { describe, expect, it } from "vitest";
import { assembleDocument } from "../engine/build";
import type { ReportDocument, TableBlock } from "../model/document";
import { fakeData } from "../engine/test-data";
import { changeText } from "./year-over-year";

const tableOf = (doc: ReportDocument, key: string) =>
  [...doc.chapters.flatMap((c) => [c, ...c.sections]).flatMap((s) => s.blocks), ...doc.appendix].find(
    (b): b is TableBlock => b.type === "table" && b.key === key,
  );

describe("changeText", () => {
  it("signs the change with the precision printed, rates in percentage points, blank without both values", () => {
    expect(changeText("3071", "2903")).toBe("+168");
    expect(changeText("16,615.25", "17000")).toBe("-384.75");
    expect(changeText("95.08%", "89.46%")).toBe("+5.62个百分点");
    expect(changeText("84.5", "84.5", { percent: true })).toBe("0.0个百分点");
    expect(changeText("12", "")).toBe("");
    expect(changeText("", "0")).toBe("");
    expect(changeText("线上3／线下4", "5")).toBe("");
  });
});

describe("year-over-year columns of the generated tables", () => {
  const outline = [
    { key: "service", title: "服务", topics: ["service.industry"], blocks: ["table:social-training"] },
    { key: "funding", title: "经费", topics: ["policy.funding"], blocks: ["table:funding-income"] },
    { key: "awards", title: "竞赛", topics: ["student.competitions"], blocks: ["table:competition-awards"] },
  ];
  const training = (name: string, hours: string, year = 2022) => ({
    name,
    category: "SKILL",
    mode: "OFFLINE",
    hours,
    personTimes: 10,
    topic: "service.industry",
    year,
  });

  it("shows last year's approved value and the change, matched by name; a row new this year stays blank", () => {
    const data = fakeData({
      outline,
      rows: {
        socialTraining: [training("电工", "40"), training("焊工", "12"), training("电工", "30", 2021)],
        fundingItem: [{ direction: "INCOME", category: "OPERATING", name: "学费", amount: "100", topic: "policy.funding" }],
      },
    });
    const doc = assembleDocument(data);
    const t = tableOf(doc, "table:social-training")!;
    expect(t.columns.slice(-2)).toEqual(["2021年学时", "增减"]);
    expect(t.lastYear).toEqual({ year: 2021, column: 6 });
    const row = (name: string) => t.rows.find((r) => r.cells[1] === name)!;
    expect(row("电工").cells.slice(-2)).toEqual(["30", "+10"]);
    expect(row("电工").lastYearSources?.map((s) => s.year)).toEqual([2021]);
    expect(row("焊工").cells.slice(-2)).toEqual(["", ""]);
    expect(t.rows.find((r) => r.id === "total")!.cells.slice(-2)).toEqual(["30", "+22"]);
    // No 2021 funding at all: no comparison columns, not a column of zeros.
    const funding = tableOf(doc, "table:funding-income")!;
    expect(funding.columns).toEqual(["类别", "项目", "金额（万元）", "占总收入比例"]);
    expect(funding.lastYear).toBeUndefined();
  });

  it("prints every amount of the funding table as entered (at least two decimals), subtotals at their items' precision", () => {
    const item = (name: string, amount: string) => ({ direction: "INCOME", category: "OPERATING", name, amount, topic: "policy.funding" });
    const doc = assembleDocument(
      fakeData({ outline, rows: { fundingItem: [item("学费", "100"), item("住宿费", "12.5"), item("培训费", "3.257")] } }),
    );
    const amounts = tableOf(doc, "table:funding-income")!.rows.map((r) => r.cells[2]);
    expect(amounts).toEqual(["115.757", "100.00", "12.50", "3.257", "115.757"]);
  });

  it("ignores last year's records that are not approved, and never compares a list of items", () => {
    const data = fakeData({
      outline,
      rows: {
        socialTraining: [training("电工", "40"), { ...training("电工", "30", 2021), status: "SUBMITTED", unapproved: true }],
        competitionAward: [
          { competition: "A赛", participantType: "STUDENT", prizes: [{ prize: "一等奖" }], topic: "student.competitions" },
          { competition: "A赛", participantType: "STUDENT", prizes: [{ prize: "二等奖" }], topic: "student.competitions", year: 2021 },
        ],
      },
    });
    const doc = assembleDocument(data);
    expect(tableOf(doc, "table:social-training")!.lastYear).toBeUndefined();
    expect(tableOf(doc, "table:competition-awards")!.columns).toEqual(["序号", "名称", "获奖及人次"]);
  });

  it("prints a workshop count nobody entered as 「—」: no total over it, no change against it, never 0", () => {
    const w = (name: string, counts: Record<string, number | null>, year = 2022) => ({
      name,
      partner: "合作院校",
      country: "泰国",
      majors: ["机电一体化技术"],
      topic: "international",
      year,
      ...counts,
    });
    const data = fakeData({
      outline: [{ key: "intl", title: "国际合作", topics: ["international"], blocks: ["table:luban-workshops"] }],
      rows: {
        lubanWorkshop: [
          w("甲工坊", { enrolled: null, trained: 5, teachers: 2, teachersTrained: 1 }),
          w("乙工坊", { enrolled: 10, trained: 3, teachers: null, teachersTrained: 0 }),
          w("甲工坊", { enrolled: 45, trained: 4, teachers: 2, teachersTrained: 1 }, 2021),
          w("乙工坊", { enrolled: 8, trained: 3, teachers: 1, teachersTrained: 0 }, 2021),
        ],
      },
    });
    const t = tableOf(assembleDocument(data), "table:luban-workshops")!;
    const cells = (name: string) => t.rows.find((r) => r.cells[0] === name)!.cells.slice(4);
    expect(cells("甲工坊")).toEqual(["—", "5", "2", "1", "45", "—"]);
    expect(cells("乙工坊")).toEqual(["10", "3", "—", "0", "8", "+2"]);
    expect(t.rows.find((r) => r.total)!.cells.slice(4)).toEqual(["—", "8", "—", "1", "53", "—"]);
    expect(t.note).toContain("未填报");
  });
});
