import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { countChars, plainText } from "../report/checks/rule-pack";
import { audienceOf, packProblems, parseRulePack, ZRulePack } from "./pack";
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

  it("says whom a pack is for: a college's unless it says province, anything else refused", () => {
    expect(audienceOf(parseRulePack(good()))).toBe("college");
    expect(audienceOf(parseRulePack({ ...good(), audience: "province" }))).toBe("province");
    expect(problems({ ...good(), audience: "nation" })).toEqual([
      expect.stringMatching(/^audience：适用对象（audience）应为 college 或 province/),
    ]);
  });

  it("names the path of each problem, in Chinese and English", () => {
    const pack = good();
    pack.indicatorTables[0].rows[2].token = "employment.salary";
    pack.outline.chapters[3].sections[1].topics = ["student.nope"];
    pack.lengthRules.caseMax = "八百";
    expect(problems(pack)).toEqual([
      expect.stringMatching(/^outline\.chapters\.3\.sections\.1\.topics\.0：未知的栏目（topic）（unknown topic）$/),
      expect.stringMatching(/^indicatorTables\.0\.rows\.2\.token：未知的数据项“employment\.salary”（unknown token/),
      expect.stringMatching(/^lengthRules\.caseMax：案例最多字数必须是数字（the case maximum must be a number）$/),
    ]);
  });

  it("refuses a file that is not a pack, a minimum above the maximum, repeated keys and a required section the outline lacks", () => {
    expect(problems({ hello: 1 })[0]).toMatch(/^format：不是规则包文件/);
    const pack = good();
    pack.lengthRules.mainText = { min: 30000, max: 20000 };
    pack.indicatorTables[1].key = pack.indicatorTables[0].key;
    pack.outline.chapters[4].sections.push({ ...pack.outline.chapters[3].sections[0] });
    pack.requiredParts.sections.push("appendix-x");
    const list = problems(pack);
    expect(list).toContainEqual(expect.stringMatching(/^lengthRules\.mainText\.max：正文最多字数不能小于最少字数/));
    expect(list).toContainEqual(expect.stringMatching(/^indicatorTables\.1\.key：指标表键“scorecard”重复/));
    expect(list).toContainEqual(expect.stringMatching(/^outline\.chapters\.4\.sections\.\d+\.key：栏目键“student\.party”重复/));
    expect(list).toContainEqual(expect.stringMatching(/^requiredParts\.sections\.\d+：必备栏目“appendix-x”不在本规则包的大纲中/));
  });

  it("requires every row's code, unique within the pack, and a rate's numerator and denominator", () => {
    const repeated = good();
    repeated.indicatorTables[4].rows[0].code = repeated.indicatorTables[0].rows[1].code; // SV01 → SC02, the scorecard's
    expect(problems(repeated)).toEqual([
      expect.stringMatching(
        /^indicatorTables\.4\.rows\.0\.code：指标代码“SC02”重复（已用于“计分卡”的“毕业去向落实率”）（the row code "SC02" is repeated/,
      ),
    ]);
    const pack = good();
    delete pack.indicatorTables[0].rows[0].code;
    delete pack.indicatorTables[0].rows[1].denominator;
    pack.indicatorTables[0].rows[2].numerator = "employment.placed"; // 月收入 is not a rate
    pack.indicatorTables[0].rows[3].basis = "academicYear";
    pack.indicatorTables[0].rows[4].skipWhen = "noStudents";
    const list = problems(pack);
    expect(list).toContainEqual(
      expect.stringMatching(/^indicatorTables\.0\.rows\.0\.code：指标代码必须是文字（the row code must be text）$/),
    );
    expect(list).toContainEqual(expect.stringMatching(/^indicatorTables\.0\.rows\.1\.denominator：比率（rate）行须写明分子和分母的数据项/));
    expect(list).toContainEqual(expect.stringMatching(/^indicatorTables\.0\.rows\.2\.aggregate：只有比率（rate）行才有分子和分母/));
    expect(list).toContainEqual(expect.stringMatching(/^indicatorTables\.0\.rows\.3\.basis：统计口径应为 cohort（届）/));
    expect(list).toContainEqual(expect.stringMatching(/^indicatorTables\.0\.rows\.4\.skipWhen：未知的不适用条件/));
  });

  it("reads a version 1 file (rows without codes): known rows take the shipped codes, others a code from their place", () => {
    const v1 = good();
    v1.version = 1;
    for (const t of v1.indicatorTables)
      for (const r of t.rows)
        for (const k of ["code", "basis", "aggregate", "numerator", "denominator", "skipWhen", "source", "verified"]) delete r[k];
    v1.indicatorTables[0].rows.push({ label: "本校自定指标", unit: "项", token: "indicator.own.thing" });
    const pack = parseRulePack(v1);
    expect(pack.version).toBe(2);
    const scorecard = pack.indicatorTables[0]!.rows;
    expect(scorecard[1]).toMatchObject({
      code: "SC02",
      basis: "cohort",
      aggregate: "rate",
      numerator: "employment.placed",
      verified: false,
    });
    expect(scorecard.at(-1)).toMatchObject({ code: "T1R8", basis: "schoolYear", aggregate: "none" });
    expect(ZRulePack.safeParse(v1).success).toBe(false); // only the upgrade reads it: the schema itself wants codes
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
