import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { fontFaceCss, fontFilePath } from "./fonts";

describe("print fonts", () => {
  it("declares both families in weights 400 and 700 with every unicode-range subset", () => {
    const css = fontFaceCss("/f/");
    for (const family of ["Noto Serif SC", "Noto Sans SC"]) {
      for (const weight of [400, 700]) {
        const faces = css.split("@font-face").filter((f) => f.includes(`'${family}'`) && f.includes(`font-weight: ${weight};`));
        expect(faces.length, `${family} ${weight}`).toBeGreaterThan(90);
      }
    }
  });

  it("maps font URLs to files in node_modules and nothing else", () => {
    const file = fontFilePath("noto-serif-sc/noto-serif-sc-4-400-normal.woff2");
    expect(file && fs.existsSync(file)).toBe(true);
    for (const bad of [
      "noto-serif-sc/../../../package.json",
      "other/x.woff2",
      "noto-sans-sc/noto-sans-sc-4-400-normal.ttf",
      "noto-sans-sc/sub/x.woff2",
    ]) {
      expect(fontFilePath(bad), bad).toBeNull();
    }
  });
});
