import { describe, expect, it } from "vitest";
import { assembleDocument } from "./build";
import { checkApprovedNotShown } from "../checks/consistency";
import type { OtherDataBlock } from "../model/document";
import { renderReportHtml } from "./html";
import { fakeData } from "./test-data";

describe("approved data no text or table shows", () => {
  const data = () =>
    fakeData({
      outline: [
        { key: "digital", title: "数字化", topics: ["teaching.digital"], narrative: "建成课程{{indicator.digital.onlineCourses}}门。" },
        { key: "faculty", title: "师资", topics: ["teaching.faculty"] },
      ],
      rows: {
        indicator: [
          { key: "digital.onlineCourses", label: "在线课程", value: "120", unit: "门", topic: "teaching.digital" },
          { key: "digital.videos", label: "教学视频", value: "1614.00", unit: "个", topic: "teaching.digital" },
          { key: "digital.images", label: "图片", value: "1165", unit: "张", topic: "teaching.digital" },
          { key: "loose", label: "无栏目的指标", value: "7", unit: "项" },
        ],
        honour: [{ title: "黄大年式教师团队", category: "师资", topic: "teaching.faculty" }],
      },
    });

  it("lists an unquoted indicator in a small unnumbered table and a record in a list at the end of its section", () => {
    const doc = assembleDocument(data());
    const [digital, faculty] = doc.chapters;
    const other = digital!.blocks.at(-1) as OtherDataBlock;
    expect(other.type).toBe("other-data");
    // The quoted one is not repeated.
    expect(other.indicators!.rows.map((r) => r.cells)).toEqual([
      ["教学视频", "1614", "个"],
      ["图片", "1165", "张"],
    ]);
    expect(other.indicators!.number).toBe(0);
    expect((faculty!.blocks.at(-1) as OtherDataBlock).records.map((r) => r.text)).toEqual(["荣誉称号：黄大年式教师团队"]);
    expect(doc.counts.tables).toBe(5);
    const html = renderReportHtml(doc);
    expect(html).toContain('<caption id="od-1-c">本节其他已审核指标</caption>');
    expect(html).toMatch(/教学视频<\/a><\/td><td class="r">1614<\/td><td class="s">个<\/td>/);
    expect(html).toContain("荣誉称号：黄大年式教师团队");
  });

  it("reports as approved but not shown only what has no section to go to", () => {
    const issues = checkApprovedNotShown(data());
    expect(issues.map((i) => [i.code, i.refs[0]!.label])).toEqual([["APPROVED_NOT_SHOWN", "无栏目的指标"]]);
    expect(issues[0]!.message).toContain("没有所属栏目");
    expect(issues[0]!.href).toBe("/admin/records/indicators/indicator-4");
  });
});
