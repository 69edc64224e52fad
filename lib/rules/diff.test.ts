import { describe, expect, it } from "vitest";
import { diffRulePacks } from "./diff";
import { shippedPack } from "./shipped";

describe("what changed between two years' packs", () => {
  const diff = diffRulePacks(shippedPack("2022"), shippedPack("2024"));
  const codes = (list: { code: string }[]) => list.map((r) => r.code);

  it("matches rows by code: added, removed, and changed field by field (a moved row is the same row)", () => {
    expect(codes(diff.rows.added)).toEqual(expect.arrayContaining(["SC08", "SF01", "IN07", "SV10", "SV14", "SV15"]));
    expect(diff.rows.removed).toEqual([{ code: "PL06", label: "承接提质培优行动计划重点任务", table: "落实政策表" }]);
    const changed = Object.fromEntries(diff.rows.changed.map((r) => [r.code, r.changes]));
    expect(changed.SV08).toEqual([
      { field: "token", label: "数据项", from: "indicator.service.techServiceIncome", to: "research.techServiceIncome" },
    ]);
    expect(changed.SC07).toEqual([{ field: "table", label: "所在表", from: "计分卡", to: "教学资源表" }]);
    expect(changed.IN01).toEqual([{ field: "skipWhen", label: "不适用条件", from: "（无）", to: "无鲁班工坊时不适用" }]);
    expect(changed.SC02).toEqual([{ field: "skipWhen", label: "不适用条件", from: "（无）", to: "当年无毕业生时不适用" }]);
    expect(changed.TR01).toEqual([{ field: "table", label: "所在表", from: "资源表", to: "教学资源表" }]);
    expect(changed.IN06).toBeUndefined();
  });

  it("lists tables and outline sections by key, the title and the required parts", () => {
    expect(diff.tables.added.map((t) => t.title)).toEqual(["学生反馈表", "教学资源表"]);
    expect(diff.tables.removed.map((t) => t.title)).toEqual(["资源表"]);
    expect(diff.sections.added.map((s) => s.title)).toEqual(expect.arrayContaining(["学校基本情况", "赓续红色基因"]));
    expect(diff.sections.removed.map((s) => s.title)).toContain("一、学生发展质量");
    expect(diff.pack).toContainEqual({ field: "title", label: "报告标题", from: "（无）", to: "职业教育质量报告（{year}年度）" });
    expect(diff.lengthRules).toEqual([]);
    expect(diff.requiredParts.map((c) => c.field)).toEqual(["sections"]);
    expect(diff.same).toBe(false);
  });

  it("finds nothing between a pack and itself, and names a changed length rule", () => {
    expect(diffRulePacks(shippedPack("2024"), shippedPack("2024")).same).toBe(true);
    const shorter = { ...shippedPack("2024"), lengthRules: { mainText: { min: 8000, max: 20000 }, caseMax: 800 } };
    expect(diffRulePacks(shippedPack("2024"), shorter).lengthRules).toEqual([
      { field: "mainText.min", label: "正文最少字数", from: "10000", to: "8000" },
      { field: "caseMax", label: "每个案例最多字数", from: "1000", to: "800" },
    ]);
  });
});
