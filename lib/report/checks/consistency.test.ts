import { describe, expect, it } from "vitest";
import { checkConsistency } from "./consistency";
import { fakeData } from "../engine/test-data";

const codes = (d: ReturnType<typeof fakeData>) => checkConsistency(d).map((i) => i.code);

describe("consistency checks", () => {
  it("finds nothing wrong in consistent data", () => {
    const d = fakeData({
      rows: {
        fundingItem: [{ direction: "INCOME", category: "BASIC_APPROPRIATION", name: "基本拨款", amount: "10" }],
        indicator: [{ key: "funding.incomeTotal", label: "办学经费总收入", value: "10", unit: "万元" }],
      },
    });
    expect(checkConsistency(d)).toEqual([]);
  });

  it("flags income items that do not add up to a stated total, with a link to the record", () => {
    const d = fakeData({
      rows: {
        fundingItem: [
          { direction: "INCOME", category: "BASIC_APPROPRIATION", name: "基本拨款", amount: "10" },
          { direction: "INCOME", category: "OPERATING", name: "学费", amount: "5.5" },
        ],
        indicator: [{ id: "ind-1", key: "funding.incomeTotal", label: "办学经费总收入", value: "16", unit: "万元" }],
      },
    });
    const [issue] = checkConsistency(d);
    expect(issue!.code).toBe("STATED_MISMATCH");
    expect(issue!.message).toContain("16.00");
    expect(issue!.message).toContain("15.50");
    expect(issue!.href).toBe("/admin/records/indicators/ind-1");
  });

  it("flags a typed-in total row among the funding items", () => {
    const d = fakeData({
      rows: {
        fundingItem: [
          { direction: "INCOME", category: "SPECIAL_APPROPRIATION", name: "专项一", amount: "1" },
          { direction: "INCOME", category: "SPECIAL_APPROPRIATION", name: "专项合计", amount: "2" },
        ],
      },
    });
    const issue = checkConsistency(d).find((i) => i.code === "TYPED_TOTAL");
    expect(issue?.message).toContain("不符");
  });

  it("flags rates above 100%", () => {
    const d = fakeData({
      rows: {
        employmentStat: [{ cohort: 2022, majorName: "会计", graduates: 10, placed: 11 }],
        certificatePilot: [{ certificate: "智能财税", examined: 5, passed: 6 }],
        indicator: [{ key: "x.share", label: "满意度", value: "101", unit: "%" }],
      },
    });
    expect(codes(d)).toEqual(["RATE_ABOVE_100", "RATE_ABOVE_100", "RATE_ABOVE_100"]);
  });

  it("flags a share that does not match its parts", () => {
    const d = fakeData({
      rows: {
        socialTraining: [
          { name: "a", category: "SKILL", mode: "ONLINE", hours: "30", personTimes: 1 },
          { name: "b", category: "PUBLIC_INTEREST", mode: "ONLINE", hours: "70", personTimes: 1 },
        ],
        indicator: [{ key: "training.skillShare", label: "职业技能培训占比", value: "35", unit: "%" }],
      },
    });
    expect(checkConsistency(d)[0]!.message).toContain("30.00%");
  });

  it("flags a row with no department, a major with no group, and narrative tokens without data", () => {
    const d = fakeData({
      rows: { major: [{ name: "动漫", code: "510215", group: null, change: "UNCHANGED", departmentId: "gone" }] },
      outline: [{ key: "s", title: "就业", narrative: "{{employment.placementRate}} {{nope.token}}", topics: ["s"] }],
    });
    expect(codes(d).sort()).toEqual(["NO_DEPARTMENT", "NO_GROUP", "TOKEN_MISSING", "TOKEN_UNKNOWN"]);
    expect(checkConsistency(d).find((i) => i.code === "TOKEN_MISSING")?.href).toBe("/admin/report/2022/sections#sec-s");
  });

  it("names each approved record with a figure of the year left empty, and nothing for a draft", () => {
    const w = (name: string, counts: Record<string, number | null>, status = "APPROVED") => ({
      name,
      partner: "合作院校",
      country: "泰国",
      majors: [],
      status,
      ...counts,
    });
    const d = fakeData({
      rows: {
        lubanWorkshop: [
          w("甲工坊", { enrolled: null, trained: 5, teachers: null, teachersTrained: 3 }),
          w("乙工坊", { enrolled: 1, trained: 1, teachers: 1, teachersTrained: 1 }),
          w("草稿工坊", { enrolled: null, trained: null, teachers: null, teachersTrained: null }, "DRAFT"),
        ],
        major: [{ name: "动漫", code: "510215", group: "艺术群", change: null }],
      },
    });
    const missing = checkConsistency(d).filter((i) => i.code === "MISSING_FIGURE");
    expect(missing.map((i) => i.message)).toEqual([
      "专业设置“动漫”已审核，但未填写本年度的调整类型：报告中显示为“—”，相关合计不予计算",
      "鲁班工坊“甲工坊”已审核，但未填写本年度的招生人数、师资人数：报告中显示为“—”，相关合计不予计算",
    ]);
    expect(missing.every((i) => i.severity === "warning")).toBe(true);
    expect(missing[1]!.href).toBe("/admin/records/luban-workshops/lubanWorkshop-1");
    // 3 trained of an unknown number of teachers is not "more than all of them".
    expect(codes(d)).not.toContain("RATE_ABOVE_100");
  });
});
