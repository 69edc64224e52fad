import { describe, expect, it } from "vitest";
import { assembleDocument } from "./build";
import { majorRemark } from "./blocks";
import type { CaseBlock, FigureBlock, TableBlock } from "../model/document";
import { renderReportHtml } from "./html";
import { fakeData } from "./test-data";

const data = fakeData({
  rows: {
    competitionAward: [
      {
        competition: "甲赛",
        level: "NATIONAL",
        prizes: [{ prize: "一等奖", count: 3, unit: "人次" }],
        participantType: "STUDENT",
        topic: "s.comp",
      },
      { competition: "教师赛", level: "PROVINCIAL", prizes: [{ prize: "二等奖" }], participantType: "TEACHER", topic: "s.comp" },
      {
        competition: "<script>乙赛</script>",
        level: "PROVINCIAL",
        prizes: [
          { prize: "二等奖", count: 5, unit: "人次" },
          { prize: "三等奖", count: 5, unit: "人次" },
        ],
        participantType: "STUDENT",
        topic: "s.comp",
      },
      {
        competition: "别处引用",
        level: "NATIONAL",
        prizes: [{ prize: "铜奖" }],
        participantType: "STUDENT",
        topic: "highlights",
        highlight: true,
      },
    ],
    major: [
      { name: "动漫设计", code: "550116", group: "艺术群", industry: "文化", change: "NEW", changeYear: 2022, topic: "t.majors" },
      { name: "影视动画", code: "560206", group: "艺术群", industry: "文化", change: "PLANNED", changeYear: null, topic: "t.majors" },
      { name: "学前教育", code: "370101", group: "幼儿群", industry: "教育", change: "UNCHANGED", note: "联合本科培养", topic: "t.majors" },
    ],
    case: [
      { title: "案例甲", topic: "s.comp", body: "正文甲" },
      { title: "案例乙", topic: "t.majors", body: "正文乙 <script>x</script>" },
    ],
    figure: [
      { caption: "图甲", topic: "s.comp", kind: "PHOTO" },
      { caption: "案例乙的图", topic: "t.majors", caseId: "case-2", kind: "PHOTO" },
      { caption: "图丙", topic: "t.majors", kind: "PHOTO" },
    ],
  },
  outline: [
    { key: "student", level: 1, number: "一、", title: "学生发展质量" },
    {
      key: "s.comp",
      parentKey: "student",
      level: 2,
      number: "（一）",
      title: "技能大赛",
      topics: ["s.comp"],
      blocks: ["table:competition-awards"],
      narrative: "表1汇总了{{awards.table1Rows}}项赛事，{{indicator.none}}",
    },
    { key: "teaching", level: 1, number: "二、", title: "教育教学质量" },
    {
      key: "t.majors",
      parentKey: "teaching",
      level: 2,
      number: "（一）",
      title: "专业建设",
      topics: ["t.majors"],
      blocks: ["table:majors"],
    },
  ],
});

describe("assembleDocument", () => {
  const doc = assembleDocument(data, new Date("2023-01-01T00:00:00Z"));
  const sections = doc.chapters.flatMap((c) => c.sections);
  const blocks = sections.flatMap((s) => s.blocks);

  it("numbers tables, figures and cases in reading order, case figures inside their case", () => {
    const tables = blocks.filter((b): b is TableBlock => b.type === "table");
    expect(tables.map((t) => [t.number, t.key])).toEqual([
      [1, "table:competition-awards"],
      [2, "table:majors"],
    ]);
    const cases = blocks.filter((b): b is CaseBlock => b.type === "case");
    expect(cases.map((c) => [c.number, c.title])).toEqual([
      [1, "案例甲"],
      [2, "案例乙"],
    ]);
    const figs = [...blocks.filter((b): b is FigureBlock => b.type === "figure"), ...cases.flatMap((c) => c.figures)];
    expect(figs.map((f) => [f.number, f.caption]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, "图甲"],
      [2, "图丙"],
      [3, "案例乙的图"],
    ]);
    expect(doc.counts).toMatchObject({ tables: 2 + doc.appendix.length, figures: 3, cases: 2 });
    expect(doc.appendix[0]!.number).toBe(3);
  });

  it("表1 lists the student awards filed under the section, prizes as printed, each row with its record", () => {
    const t1 = blocks[0] as TableBlock;
    expect(t1.columns).toEqual(["序号", "名称", "获奖及人次"]);
    expect(t1.rows.map((r) => r.cells)).toEqual([
      ["1", "甲赛", "一等奖 3人次"],
      ["2", "<script>乙赛</script>", "二等奖 5人次，三等奖 5人次"],
    ]);
    // The source is named by the kind's declared title: the competition and its prizes.
    expect(t1.rows[0]!.sources).toEqual([
      { kind: "competition-awards", id: "competitionAward-1", year: 2022, label: "甲赛（一等奖 3人次）" },
    ]);
  });

  it("groups 表2 by 专业群 with the 备注 computed", () => {
    const t2 = blocks.find((b) => b.type === "table" && b.key === "table:majors") as TableBlock;
    expect(t2.rows.map((r) => [r.group, ...r.cells])).toEqual([
      ["艺术群", "1", "动漫设计（550116）", "文化", "2022年新增"],
      ["艺术群", "2", "影视动画（560206）", "文化", "拟新增"],
      ["幼儿群", "1", "学前教育（370101）", "教育", "联合本科培养"],
    ]);
    expect(majorRemark({ change: "PLANNED", changeYear: 2023 })).toBe("2023年拟新增");
  });

  it("resolves narrative tokens and traces them; a missing value shows as a marked blank", () => {
    const s = sections[0];
    expect(s!.html).toContain('<span class="metric" data-token="awards.table1Rows">2项</span>');
    expect(s!.html).toContain('data-token="indicator.none"');
    expect(s!.traced.map((t) => t.token)).toEqual(["awards.table1Rows"]);
  });

  it("renders HTML with every value escaped and anchors safe for CSS", () => {
    const html = renderReportHtml(doc);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;乙赛&lt;/script&gt;");
    expect(html).toContain('id="sec-s-comp"');
    expect(html).toContain("表1 学生各级各类技能竞赛获奖");
    expect(html).toContain("示意占位图");
    expect(html).toContain('href="/records/competition-awards?year=2022&amp;record=competitionAward-1#competitionAward-1"');
  });
});
