import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { parseJsonText } from "./json-text";

const FILE = { zh: "所选文件", en: "The chosen file" };

function refusal(text: string): AppError {
  try {
    parseJsonText(text, FILE, "file");
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("accepted");
}

describe("a rule pack's JSON text", () => {
  it("is parsed when valid", () => {
    expect(parseJsonText('{"key": "x"}', FILE, "file")).toEqual({ key: "x" });
  });

  it("refused in words: Chinese, then English in （）, never the engine's own message or the file's text", () => {
    const e = refusal("not json at all");
    expect(e.code).toBe("INVALID");
    expect(e.message).toBe("所选文件不是有效的 JSON（The chosen file is not valid JSON）");
    expect(e.message).not.toMatch(/Unexpected|token|not json at all/);
    expect(e.fieldErrors).toEqual({ file: ["JSON 语法错误（JSON syntax error）"] });
  });

  it("names the line and column where the syntax breaks, counted in the text", () => {
    expect(refusal('{\n  "key": "x",\n  name: 3\n}').message).toBe(
      "所选文件不是有效的 JSON：第3行第3列有语法错误（The chosen file is not valid JSON: syntax error at line 3, column 3）",
    );
    expect(refusal('{\n  "key": ').message).toMatch(/^所选文件不是有效的 JSON：第2行第10列有语法错误（.*line 2, column 10）$/);
  });
});
