import { describe, expect, it } from "vitest";
import { cssString, printCss } from "../../lib/pdf/print-css";

/**
 * Finding 13: the print stylesheet's running header (the report title) was escaped for quotes,
 * backslashes and LF only; "</style>" ended the <style> element of the public print page, and CR
 * or FF broke the string. The title below is what an admin could type.
 */
describe("the running header in the print stylesheet", () => {
  const title = "天津城市职业学院</style><script>alert(1)</script>\r年报\f2022\"'";

  it("cannot close the <style> element nor open markup", () => {
    const css = printCss(title);
    expect(css).not.toMatch(/<\/?(style|script)/i);
    expect(css).not.toMatch(/[\r\f]/);
  });

  it("stays one CSS string: no quote or line break ends it early", () => {
    const s = cssString(title);
    expect(s.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
    expect(s).toContain("\\3c /style\\3e ");
  });
});
