import fs from "node:fs";
import path from "node:path";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../lib/i18n/catalogue";
import { CATALOGUE_ONLY_RULE } from "../../lib/i18n/lint.mjs";
import { UNTRANSLATED } from "../../lib/i18n/untranslated.mjs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const CJK = /[\u3400-\u9fff]/;
/** English messages that are Chinese on purpose: the language switch names the other language in its own words. */
const CHINESE_IN_ENGLISH = new Set(["site.language"]);
/** Measure words English does without (「1,234 人」 is "1,234"). */
const EMPTY_IN_ENGLISH = new Set(["site.items", "site.persons"]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the message catalogue", () => {
  for (const [name, namespace] of Object.entries(CATALOGUE)) {
    it(`${name}: English has every Chinese message, with the same placeholders and no Chinese`, () => {
      const zh = namespace.zh as Record<string, unknown>;
      const en = namespace.en as Record<string, unknown>;
      expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(typeof text, `${name}.${key}`).toBe(typeof zh[key]);
        if (typeof text !== "string") continue;
        if (!EMPTY_IN_ENGLISH.has(`${name}.${key}`)) expect(text.trim(), `${name}.${key} is empty`).not.toBe("");
        expect(placeholders(text), `${name}.${key}`).toEqual(placeholders(zh[key] as string));
        if (!CHINESE_IN_ENGLISH.has(`${name}.${key}`)) expect(text, `${name}.${key}`).not.toMatch(CJK);
      }
    });
  }
});

describe("the lint rule that keeps words in the catalogue", () => {
  const linter = new Linter({ configType: "flat" });
  const lint = (code: string) =>
    linter.verify(code, {
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: { "no-restricted-syntax": CATALOGUE_ONLY_RULE },
    });

  it("refuses Chinese in a string, in JSX text and in a template", () => {
    const problems = lint('const a = "已保存";\nconst b = <p>你好</p>;\nconst c = `共${a}条`;\nconst d = <p title="提交">ok</p>;');
    expect([...new Set(problems.map((p) => p.line))]).toEqual([1, 2, 3, 4]);
  });

  it("lets the catalogue's words through", () => {
    expect(lint("const b = <p title={t.submit}>{t.saved} {fill(t.count, { n: 3 })}</p>;")).toEqual([]);
  });

  it("lists only files that still hold Chinese (the list only shrinks)", () => {
    const done = UNTRANSLATED.filter((file) => !CJK.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(done, "these files have no Chinese left: take them off lib/i18n/untranslated.mjs").toEqual([]);
  });
});
