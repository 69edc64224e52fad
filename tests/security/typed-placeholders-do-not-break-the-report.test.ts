import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../lib/report/engine/markdown";

/**
 * Finding 13: narratives swap tokens for private-use placeholders (U+E000 n U+E001) while Markdown
 * renders; the same characters typed into a narrative made the build look up a token that does
 * not exist and fail, or stand in for another token.
 */
describe("private-use placeholder characters typed into a narrative", () => {
  const render = (text: string) => renderMarkdown(text, (token) => `<b>${token}</b>`);

  it("do not break the rendering", () => {
    expect(() => render("就业率 \uE0007\uE001 高")).not.toThrow();
    expect(render("就业率 \uE0007\uE001 高")).toBe("<p>就业率 7 高</p>\n");
  });

  it("cannot stand in for another token", () => {
    expect(render("{{employment.placementRate}} 与 \uE0000\uE001")).toBe("<p><b>employment.placementRate</b> 与 0</p>\n");
  });
});
