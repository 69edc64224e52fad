import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./markdown";

describe("narrative Markdown", () => {
  it("renders paragraphs, lists and emphasis", () => {
    const html = renderMarkdown("第一段\n\n1. **加强**师资\n2. 充实资源");
    expect(html).toContain("<p>第一段</p>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<strong>加强</strong>");
  });

  it("neutralises script and style tags: they come out as text", () => {
    const html = renderMarkdown("你好<script>alert(1)</script><style>body{display:none}</style><img src=x onerror=alert(1)>");
    expect(html).not.toMatch(/<script|<style|<img/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops javascript:, data: and protocol-relative links but keeps safe ones", () => {
    for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "//evil.example"]) {
      expect(renderMarkdown(`[点击](${bad})`)).not.toContain("<a");
    }
    const ok = renderMarkdown("[官网](https://example.edu.cn) [记录](/records/majors)");
    expect(ok).toContain('<a href="https://example.edu.cn" rel="noopener noreferrer nofollow">官网</a>');
    expect(ok).toContain('<a href="/records/majors">记录</a>');
  });

  it("does not render images (no remote content)", () => {
    expect(renderMarkdown("![x](https://example.com/a.png)")).not.toContain("<img");
  });

  it("swaps tokens for the given HTML after rendering", () => {
    const html = renderMarkdown("率为**{{employment.placementRate}}**%", (t) => `<span data-token="${t}">95.08</span>`);
    expect(html).toBe('<p>率为<strong><span data-token="employment.placementRate">95.08</span></strong>%</p>\n');
  });

  it("gives plain text", () => {
    expect(markdownToText("**甲** <b>乙</b>")).toBe("甲 <b>乙</b>");
  });
});
