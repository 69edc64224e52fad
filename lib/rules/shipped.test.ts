import { describe, expect, it } from "vitest";
import { outlineRows } from "../report/outline/templates";
import { outlineTemplateOf, ZRulePack } from "./pack";
import { shippedPack, shippedPacks } from "./shipped";

// The shipped files replaced the code constants TEMPLATE_2022/2024 and INDICATOR_TABLES; commit
// 770d9ed compared them row for row before the constants went. These pin what the reports rely on.
describe("the shipped rule packs", () => {
  it("parse with the pack schema and are the 2022 and 2024 notices", () => {
    expect(shippedPacks().map((p) => p.key)).toEqual(["2022", "2024"]);
    for (const p of shippedPacks()) expect(ZRulePack.safeParse(JSON.parse(JSON.stringify(p))).success).toBe(true);
  });

  it("give the 2022 outline: six parts after the preface and highlights, the employment table in the appendix", () => {
    const rows = outlineRows(outlineTemplateOf(shippedPack("2022")));
    expect(rows.filter((r) => r.level === 1).map((r) => `${r.number}${r.title}`)).toEqual([
      "前言",
      "学年学校主要成果",
      "一、学生发展质量",
      "二、教育教学质量",
      "三、国际合作质量",
      "四、服务贡献质量",
      "五、政策落实质量",
      "六、面临挑战",
    ]);
    expect(rows).toHaveLength(8 + 6 + 7 + 4 + 6 + 5 + 2);
    expect(rows.find((r) => r.key === "student.employment")?.blockOptions).toEqual({ "table:employment": { appendix: true } });
  });

  it("give the 2024 outline (seven parts) and its six tables, 资源表 renamed 教学资源表 with the same rows", () => {
    const pack = shippedPack("2024");
    const chapters = outlineRows(outlineTemplateOf(pack)).filter((r) => r.level === 1);
    expect(chapters.map((r) => r.number).filter(Boolean)).toEqual(["一、", "二、", "三、", "四、", "五、", "六、", "七、"]);
    expect(pack.indicatorTables.map((t) => t.key)).toEqual([
      "scorecard",
      "student-feedback",
      "teaching-resources",
      "international",
      "service",
      "policy",
    ]);
    expect(pack.indicatorTables[2]!.rows).toEqual(shippedPack("2022").indicatorTables[1]!.rows);
    expect(pack.lengthRules).toEqual({ mainText: { min: 10000, max: 20000 }, caseMax: 1000 });
  });
});
