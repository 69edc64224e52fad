import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { countChars, plainText } from "./checks";
import { packProblems, parseRulePack, ZRulePack } from "./pack";
import { shippedPack } from "./shipped";

const good = () => JSON.parse(JSON.stringify(shippedPack("2024"))) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a test edits the file as plain JSON

function problems(input: unknown): string[] {
  const parsed = ZRulePack.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : packProblems(parsed.error);
}

describe("the rule pack schema", () => {
  it("accepts the shipped packs as they are exported", () => {
    expect(parseRulePack(good()).key).toBe("2024");
  });

  it("names the path of each problem, in Chinese and English", () => {
    const pack = good();
    pack.indicatorTables[0].rows[2].token = "employment.salary";
    pack.outline.chapters[2].sections[1].topics = ["student.nope"];
    pack.lengthRules.caseMax = "八百";
    expect(problems(pack)).toEqual([
      expect.stringMatching(/^outline\.chapters\.2\.sections\.1\.topics\.0：未知的栏目（topic）（unknown topic）$/),
      expect.stringMatching(/^indicatorTables\.0\.rows\.2\.token：未知的数据项“employment\.salary”（unknown token/),
      expect.stringMatching(/^lengthRules\.caseMax：案例最多字数必须是数字（the case maximum must be a number）$/),
    ]);
  });

  it("refuses a file that is not a pack, a minimum above the maximum, repeated keys and a required section the outline lacks", () => {
    expect(problems({ hello: 1 })[0]).toMatch(/^format：不是规则包文件/);
    const pack = good();
    pack.lengthRules.mainText = { min: 30000, max: 20000 };
    pack.indicatorTables[1].key = pack.indicatorTables[0].key;
    pack.outline.chapters[3].sections.push({ ...pack.outline.chapters[2].sections[0] });
    pack.requiredParts.sections.push("appendix-x");
    const list = problems(pack);
    expect(list).toContainEqual(expect.stringMatching(/^lengthRules\.mainText\.max：正文最多字数不能小于最少字数/));
    expect(list).toContainEqual(expect.stringMatching(/^indicatorTables\.1\.key：指标表键“scorecard”重复/));
    expect(list).toContainEqual(expect.stringMatching(/^outline\.chapters\.3\.sections\.\d+\.key：栏目键“student\.party”重复/));
    expect(list).toContainEqual(expect.stringMatching(/^requiredParts\.sections\.\d+：必备栏目“appendix-x”不在本规则包的大纲中/));
  });

  it("turns a bad pack into an INVALID error whose message counts the problems and names the first path", () => {
    const pack = good();
    pack.name = "";
    pack.indicatorTables[0].rows = [];
    try {
      parseRulePack(pack);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      const e = err as AppError;
      expect(e.code).toBe("INVALID");
      expect(e.message).toMatch(/^规则包有2处错误，第一处在 name：名称不能为空/);
      expect(Object.keys(e.fieldErrors!)).toEqual(["name", "indicatorTables.0.rows"]);
    }
  });
});

describe("counting characters as the notices do", () => {
  it("counts each Chinese character and punctuation mark, a run of Latin letters or digits as one, white space as none", () => {
    expect(countChars("学院毕业生 3071 人，落实率95.08%。")).toBe(5 + 1 + 1 + 1 + 3 + 1 + 1);
    expect(countChars("1+X证书 pilot programme")).toBe(1 + 2 + 2);
    expect(countChars(plainText("<p>甲&amp;乙</p>\n<p>丙</p>"))).toBe(4);
  });
});
