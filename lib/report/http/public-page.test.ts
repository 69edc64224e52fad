import { describe, expect, it } from "vitest";
import type { EditionMeta } from "../editions/editions";
import { publicRecordHref } from "../engine/html";
import { publishedReportPage } from "./public-page";

const meta: EditionMeta = {
  id: "ed-1",
  year: 2022,
  version: 2,
  title: "天津城市职业学院2022年度质量报告",
  publishedAt: new Date("2023-05-01T02:00:00Z"),
  publishedBy: null,
  signoff: null,
};
const html =
  `<article class="report"><nav id="toc" aria-labelledby="toc-h" class="toc sf"><h2 id="toc-h">目录</h2><ol>` +
  `<li><a href="#ch-1">一、学生发展</a></li><li class="l2"><a href="#s-1">（一）招生</a></li></ol></nav>` +
  `<section id="ch-1"><h2>一、学生发展</h2></section></article>`;
const page = (lang: "zh" | "en", version = 2) =>
  publishedReportPage({
    meta: { ...meta, version },
    html,
    years: [2021, 2022],
    latest: 2,
    chrome: { college: null, reader: { lang, name: null }, back: "/reports/2022" },
  });
const text = (s: string) => s.replace(/<style>[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ");

describe("the public report page's toolbar", () => {
  it("reads in Chinese by default", () => {
    const t = text(page("zh", 1));
    for (const words of ["下载PDF", "下载Word", "下载数据表", "历次版本", "打印版", "第1版", "非最新版本", "跳到正文"])
      expect(t).toContain(words);
  });

  it("reads in English for an English reader, the report itself still marked as Chinese", () => {
    const p = page("en", 1);
    const t = text(p);
    for (const words of [
      "Download PDF",
      "Download Word",
      "Download data",
      "All editions",
      "Print version",
      "Edition 1",
      "not the latest",
      "Skip to content",
    ])
      expect(t).toContain(words);
    for (const words of ["下载PDF", "下载Word", "历次版本", "打印版", "发布于", "跳到正文"]) expect(t).not.toContain(words);
    expect(p).toContain(`<html lang="en"`);
    expect(p).toContain(`<div lang="zh-CN"><article class="report"`);
  });
});

describe("the report on a phone", () => {
  it("has a collapsed 目录 copied from the report's contents, named apart from it, and a back-to-top link", () => {
    const p = page("zh");
    const jump = /<details class="jump"[^>]*>([\s\S]*?)<\/details>/.exec(p)?.[1] ?? "";
    expect(jump).toContain("<summary>目录</summary>");
    expect(jump).toContain(`<nav aria-label="章节跳转">`);
    expect(jump).toContain(`<a href="#ch-1">一、学生发展</a>`);
    expect(jump).toContain(`<a href="#s-1">（一）招生</a>`);
    expect(p).not.toMatch(/<details class="jump"[^>]* open/);
    expect(p).toMatch(/<a class="totop" href="#top"[^>]*>回到顶部<\/a>/);
    expect(p).toContain(`<header class="site" id="top">`);
    // Shown on narrow screens only, never printed.
    expect(p).toMatch(/\.jump,\.totop\{display:none\}@media screen and \(max-width:767px\)\{\.jump\{display:block/);
    expect(p).toMatch(/@media print\{[^}]*\.jump,\.totop/);
  });
});

describe("a report's source links", () => {
  it("open a case on its own page, other records at their row in the list", () => {
    expect(publicRecordHref({ kind: "cases", id: "demo-case-1", year: 2022, label: "x" })).toBe("/records/cases/demo-case-1");
    expect(publicRecordHref({ kind: "honours", id: "h-1", year: 2022, label: "x" })).toBe("/records/honours?year=2022&record=h-1#h-1");
  });
});
