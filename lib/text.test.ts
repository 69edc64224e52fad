import { describe, expect, it } from "vitest";
import { htmlToLine, htmlToText } from "./text";

describe("HTML to text (one home: markdown, editions' diff, the rule checks)", () => {
  it("drops tags, decodes markdown's entities once, and reads a tag as a space when asked", () => {
    expect(htmlToText("<p>A &amp;lt; B&nbsp;&quot;C&#39;</p>")).toBe("A &lt; B \"C'");
    expect(htmlToText("<td>一</td><td>二</td>", " ")).toBe(" 一  二 ");
    expect(htmlToLine("<p>甲\n\n  乙</p>\n")).toBe("甲 乙");
  });
});
