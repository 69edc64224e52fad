import { describe, expect, it } from "vitest";
import type { ReportDocument } from "../report/model/document";
import { cssString, printCss } from "./print-css";
import { coverHtml, printDocumentHtml, reportFullTitle, tocHtml } from "./print-html";

const doc = {
  format: 1,
  year: 2022,
  academicYear: "2021-2022",
  institution: "天津城市职业学院",
  title: "2022年度质量报告",
  templateKey: "2022",
  mode: "approved",
  generatedAt: "2026-11-27T00:00:00.000Z",
  toc: [
    { anchor: "ch-student", label: "一、学生发展质量", level: 1 },
    { anchor: "sec-student-party", label: "（一）党建<引领>", level: 2 },
  ],
  chapters: [],
  appendix: [],
  counts: { tables: 0, figures: 0, cases: 0, unapproved: 0 },
} as unknown as ReportDocument;

describe("print HTML", () => {
  it("titles the report with the institution once", () => {
    expect(reportFullTitle(doc)).toBe("天津城市职业学院2022年度质量报告");
    expect(reportFullTitle({ ...doc, title: "天津城市职业学院2022年质量年度报告" })).toBe("天津城市职业学院2022年质量年度报告");
  });

  it("lists contents entries linked to their anchors, with page numbers when known, escaped", () => {
    const blank = tocHtml(doc);
    expect(blank).toContain(`<a href="#ch-student">一、学生发展质量</a>`);
    expect(blank).toContain(`data-toc-page="ch-student"></span>`);
    expect(blank).toContain("（一）党建&lt;引领&gt;");
    const numbered = tocHtml(doc, { "ch-student": 8, "sec-student-party": 9 });
    expect(numbered).toContain(`data-toc-page="ch-student">8</span>`);
    expect(numbered).toContain(`data-toc-page="sec-student-party">9</span>`);
  });

  it("puts no heading on the cover (the bookmark outline starts with the contents)", () => {
    expect(coverHtml(doc, { version: 2, publishedAt: "2026-11-27T00:00:00Z" })).not.toMatch(/<h\d/);
    expect(coverHtml(doc, { version: 2 })).toContain("第2版");
    expect(coverHtml({ ...doc, mode: "preview" })).toContain("审阅稿");
  });

  it("makes a complete zh-CN document with title, author and fonts from the given base", () => {
    const html = printDocumentHtml(doc, { fontBaseUrl: "/fonts/" });
    expect(html).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(html).toContain("<title>天津城市职业学院2022年度质量报告</title>");
    expect(html).toContain(`<meta name="author" content="天津城市职业学院">`);
    expect(html).toContain("url(/fonts/noto-serif-sc/noto-serif-sc-");
    expect(html).toContain("url(/fonts/noto-sans-sc/noto-sans-sc-");
    expect(html).not.toContain("url(./files/");
  });

  it("puts the running header and 「- N -」 page numbers in the page margins", () => {
    const css = printCss('天津"城市"');
    expect(css).toContain(`content: "天津\\"城市\\"";`);
    expect(css).toContain(`content: "- " counter(page) " -";`);
    expect(cssString("a\\b\nc")).toBe(`"a\\\\b c"`);
  });
});
