import { describe, expect, it } from "vitest";
import { outlineRows } from "../report/model/templates";
import { audienceOf, outlineTemplateOf, ZRulePack } from "./pack";
import { shippedPack, shippedPacks } from "./shipped";

// The shipped files replaced the code constants TEMPLATE_2022/2024 and INDICATOR_TABLES; commit
// 770d9ed compared them row for row before the constants went. These pin what the reports rely on.
describe("the shipped rule packs", () => {
  it("parse with the pack schema and are the 2022 and 2024 notices and the 2024 provincial report", () => {
    expect(shippedPacks().map((p) => p.key)).toEqual(["2022", "2024", "province-2024"]);
    expect(shippedPacks().map(audienceOf)).toEqual(["college", "college", "province"]);
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
    const strip = (rows: readonly object[]) => rows.map(({ source: _s, verified: _v, ...r }: { source?: string; verified?: boolean }) => r);
    // 计分卡 lists graduate (届) measures only: the 1+X pass rate, a 学年's, moved to 教学资源表 under its code.
    const scorecard2022 = shippedPack("2022").indicatorTables[0]!.rows;
    expect(strip(pack.indicatorTables[2]!.rows)).toEqual(
      strip([...shippedPack("2022").indicatorTables[1]!.rows, scorecard2022.find((r) => r.code === "SC07")!]),
    );
    expect(new Set(pack.indicatorTables[0]!.rows.map((r) => r.basis))).toEqual(new Set(["cohort"]));
    expect(pack.lengthRules).toEqual({ mainText: { min: 10000, max: 20000 }, caseMax: 1000 });
  });

  it("give 2024 the notice's title, a 学校基本情况 part and 文化传承 with its own topics", () => {
    const pack = shippedPack("2024");
    expect(pack.title).toBe("职业教育质量报告（{year}年度）");
    const rows = outlineRows(outlineTemplateOf(pack));
    expect(rows.find((r) => r.key === "profile")).toMatchObject({ level: 1, title: "学校基本情况", topics: ["profile"] });
    expect(pack.requiredParts.sections).toContain("profile");
    const culture = rows.filter((r) => r.parentKey === "culture").flatMap((r) => r.topics);
    expect(culture).toEqual(expect.arrayContaining(["culture.traditional", "culture.red", "culture.craftsmanship", "culture.industry"]));
  });

  it("mark every 2024 row with its source and whether it is verified, and drop the stale rows", () => {
    const rows = shippedPack("2024").indicatorTables.flatMap((t) => t.rows);
    for (const r of rows)
      expect({ code: r.code, source: typeof r.source, verified: typeof r.verified }).toEqual({
        code: r.code,
        source: "string",
        verified: "boolean",
      });
    const labels = rows.map((r) => r.label);
    expect(labels).not.toContain("承接提质培优行动计划重点任务");
    expect(labels).not.toContain("学生线上学习满意度");
  });

  it("put 专业相关度 in 计分卡 and the ranked service measures in 服务贡献表, rates with numerator and denominator", () => {
    const table = (key: string) => shippedPack("2024").indicatorTables.find((t) => t.key === key)!;
    expect(table("scorecard").rows.find((r) => r.label === "专业相关度")).toMatchObject({
      token: "employment.relatedness",
      basis: "cohort",
      aggregate: "rate",
      numerator: "employment.relatedPlaced",
      denominator: "employment.placed",
      skipWhen: "noGraduates",
    });
    expect(table("service").rows.map((r) => r.label)).toEqual(
      expect.arrayContaining([
        "知识产权项目数",
        "发明专利授权数",
        "技术服务到款额",
        "技术产权交易收入",
        "专利成果转化到款额",
        "非学历培训到账经费",
        "公益项目培训学时",
      ]),
    );
    for (const t of shippedPack("2024").indicatorTables)
      for (const r of t.rows) if (r.unit === "%" && r.token.startsWith("indicator.") === false) expect(r.aggregate, r.code).toBe("rate");
  });

  it("do not build 国际影响表 on 鲁班工坊 alone: its general rows apply to every college", () => {
    const rows = shippedPack("2024").indicatorTables.find((t) => t.key === "international")!.rows;
    const general = rows.filter((r) => !r.skipWhen);
    expect(general.map((r) => r.label)).toEqual(expect.arrayContaining(["国（境）外留学生", "中外合作办学项目", "教师国（境）外交流"]));
    expect(general.every((r) => !r.token.startsWith("luban."))).toBe(true);
    expect(rows.filter((r) => r.token.startsWith("luban.")).every((r) => r.skipWhen === "noLubanWorkshop")).toBe(true);
  });

  it("give a province the 2024 tables' combinable rows, each quoting the aggregate of the same code", () => {
    const province = shippedPack("province-2024");
    const college = new Map(shippedPack("2024").indicatorTables.flatMap((t) => t.rows.map((r) => [r.code, r])));
    expect(province.indicatorTables.map((t) => t.key)).toEqual(shippedPack("2024").indicatorTables.map((t) => t.key));
    for (const row of province.indicatorTables.flatMap((t) => t.rows)) {
      expect(college.get(row.code)?.aggregate).toBe(row.aggregate);
      expect(row.token).toBe(`province.${row.code}`);
      expect(row.skipWhen).toBeUndefined();
    }
    // A province has no records: no chapter asks for a topic, and its typical cases come from the colleges.
    expect(province.outline.chapters.flatMap((c) => [...c.topics, ...c.sections.flatMap((s) => s.topics)])).toEqual([]);
    expect(province.outline.chapters.flatMap((c) => c.blocks ?? [])).toContain("province:typical-cases");
  });
});
