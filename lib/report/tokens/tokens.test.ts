import { describe, expect, it } from "vitest";
import { narratives } from "../../../prisma/demo/narratives";
import { indicators } from "../../../prisma/demo/records";
import { fakeData } from "../engine/test-data";
import { dec } from "../../decimal";
import type { ProvinceFigure } from "../model/data";
import { dropWrittenUnits, resolveToken, TOKENS, tokensIn, validateTokens, withUnit } from "./tokens";

const data = fakeData({
  rows: {
    employmentStat: [
      { cohort: 2022, majorName: "A", graduates: 100, placed: 95, monthlySalary: "4000" },
      { cohort: 2022, majorName: "B", graduates: 50, placed: 50, monthlySalary: "5000" },
      { cohort: 2021, year: 2021, majorName: "A", graduates: 200, placed: 180, monthlySalary: null },
    ],
    socialTraining: [
      { name: "x", category: "SKILL", mode: "ONLINE", hours: "30.0", personTimes: 10 },
      { name: "y", category: "PUBLIC_INTEREST", mode: "OFFLINE", hours: "70", personTimes: 5 },
    ],
    indicator: [{ key: "policy.excellentLessonsShare", label: "优课占比", value: "84.0000", unit: "%" }],
  },
});
const ctx = { year: 2022, data };

describe("tokens", () => {
  it("resolves computed values with their sources and printed precision", () => {
    expect(resolveToken(ctx, "employment.graduates")?.text).toBe("150");
    expect(resolveToken(ctx, "employment.placementRate")?.text).toBe("96.67");
    expect(resolveToken(ctx, "employment.placementRateChange")?.text).toBe("6.67");
    expect(resolveToken(ctx, "employment.placementRateChange")?.sources).toHaveLength(3);
    expect(resolveToken(ctx, "training.hours")?.text).toBe("100");
    expect(resolveToken(ctx, "training.skillShare")?.text).toBe("30.00");
    expect(resolveToken(ctx, "training.skillHours")?.sources.map((s) => s.label)).toEqual(["x"]);
  });

  it("a funding category nobody entered is unknown, not 0.00; an item of 0 is a zero", () => {
    const only = fakeData({
      rows: {
        fundingItem: [
          { direction: "INCOME", category: "OTHER_INCOME", name: "捐赠收入", amount: "12.5000" },
          { direction: "INCOME", category: "OPERATING", name: "学费收入", amount: "0.0000" },
          { direction: "EXPENDITURE", category: "PERSONNEL", name: "人员经费", amount: "8" },
        ],
      },
    });
    const at = { year: 2022, data: only };
    expect(resolveToken(at, "funding.incomeTotal")?.text).toBe("12.50");
    expect(resolveToken(at, "funding.basic")?.text).toBeNull();
    expect(resolveToken(at, "funding.special")?.text).toBeNull();
    expect(resolveToken(at, "funding.appropriationTotal")?.text).toBeNull();
    expect(resolveToken(at, "funding.operating")?.text).toBe("0.00");
    expect(resolveToken(at, "funding.selfRaisedTotal")?.text).toBe("0.00");
    // Only spending entered: the income is not known either.
    const spent = fakeData({ rows: { fundingItem: [{ direction: "EXPENDITURE", category: "PERSONNEL", name: "人员经费", amount: "8" }] } });
    expect(resolveToken({ year: 2022, data: spent }, "funding.incomeTotal")?.text).toBeNull();
  });

  it("prints an indicator in 万元 as money (12.50), as the tables and the record screens do", () => {
    const at = {
      year: 2022,
      data: fakeData({ rows: { indicator: [{ key: "funding.donations", label: "社会捐赠", value: "12.5000", unit: "万元" }] } }),
    };
    expect(resolveToken(at, "indicator.funding.donations")?.text).toBe("12.50");
  });

  it("resolves indicators by key, trimming zeros", () => {
    expect(resolveToken(ctx, "indicator.policy.excellentLessonsShare")?.text).toBe("84");
    expect(resolveToken(ctx, "indicator.nothing.here")?.text).toBeNull();
  });

  it("gives a blank (null), not a zero, when there is no data", () => {
    const empty = { year: 2022, data: fakeData() };
    for (const t of ["employment.placementRate", "funding.incomeTotal", "certificates.passRate", "training.hours", "majors.count"]) {
      expect(resolveToken(empty, t)?.text, t).toBeNull();
    }
    expect(resolveToken({ year: 2021, data }, "employment.placementRateChange")?.text).toBeNull();
  });

  it("returns null for a token that is not in the registry", () => {
    expect(resolveToken(ctx, "employment.nope")).toBeNull();
  });

  it("validates tokens: unknown names and stray braces are refused", () => {
    expect(validateTokens("率为{{employment.placementRate}}%", [])).toEqual([]);
    expect(validateTokens("{{indicator.a.b}}", ["a.b"])).toEqual([]);
    expect(validateTokens("{{indicator.a.c}}", ["a.b"])).toEqual([{ token: "indicator.a.c", reason: "unknown" }]);
    expect(validateTokens("{{employment.salary}}", [])).toEqual([{ token: "employment.salary", reason: "unknown" }]);
    expect(validateTokens("oops {{employment.graduates", [])[0]?.reason).toBe("malformed");
    expect(validateTokens("x }} y", [])[0]?.reason).toBe("malformed");
  });

  it("every token of the 2022 narratives is known and resolves against the demo indicators", () => {
    const keys = indicators.map((i) => i.key);
    for (const n of narratives) expect(validateTokens(n.narrative, keys), n.topic).toEqual([]);
    const used = new Set(narratives.flatMap((n) => tokensIn(n.narrative)));
    for (const t of used) if (!t.startsWith("indicator.")) expect(TOKENS[t], t).toBeDefined();
  });

  it("every computed token has a Chinese label and a unit", () => {
    for (const [token, def] of Object.entries(TOKENS)) {
      expect(def.label, token).toMatch(/[\u4e00-\u9fff]/);
      expect(def.unit, token).not.toBe("");
    }
  });

  it("prints a value with its unit (「落实率96.67%」), a missing one as a blank without", () => {
    expect(withUnit(resolveToken(ctx, "employment.placementRate")!)).toBe("96.67%");
    expect(withUnit(resolveToken(ctx, "indicator.policy.excellentLessonsShare")!)).toBe("84%");
    expect(withUnit(resolveToken({ year: 2022, data: fakeData() }, "employment.placementRate")!)).toBeNull();
  });

  it("a unit already written after a token is printed once", () => {
    const unitOf = (t: string) => TOKENS[t]?.unit ?? "";
    expect(dropWrittenUnits("落实率{{employment.placementRate}}%，", unitOf)).toBe("落实率{{employment.placementRate}}，");
    expect(dropWrittenUnits("落实率{{employment.placementRate}}，", unitOf)).toBe("落实率{{employment.placementRate}}，");
    expect(dropWrittenUnits("{{majors.count}}个专业、{{ employment.graduates }}人", unitOf)).toBe(
      "{{majors.count}}专业、{{ employment.graduates }}",
    );
    expect(dropWrittenUnits("{{nope}}%", unitOf)).toBe("{{nope}}%");
  });

  it("the 2022 narratives write no measure word other than the token's unit after a token", () => {
    const keys = new Map(indicators.map((i) => [i.key, String(i.unit ?? "")]));
    const unitOf = (t: string) => (t.startsWith("indicator.") ? (keys.get(t.slice("indicator.".length)) ?? "") : (TOKENS[t]?.unit ?? ""));
    for (const n of narratives) {
      const text = dropWrittenUnits(n.narrative, unitOf);
      for (const m of text.matchAll(/\{\{([^{}]+)\}\}(名|余|个|人|项|门|间)?/g))
        if (unitOf(m[1]!)) expect(m[2], `${n.topic}: ${m[0]}`).toBeUndefined();
    }
  });
});

describe("province tokens", () => {
  const province = new Map<number, Map<string, ProvinceFigure>>([
    [2024, new Map([["SC02", { label: "毕业去向落实率", unit: "%", text: "94.46", value: dec("94.46") }]])],
    [2023, new Map([["SC02", { label: "毕业去向落实率", unit: "%", text: null, value: null }]])],
  ]);
  const pctx = (year: number) => ({ year, data: { ...data, province } });

  it("quote a figure aggregated over the colleges, with its unit, by row code", () => {
    const r = resolveToken(pctx(2024), "province.SC02");
    expect(r && withUnit(r)).toBe("94.46%");
  });

  it("print blank for a year or a code without data, never 0", () => {
    expect(resolveToken(pctx(2023), "province.SC02")?.text).toBeNull();
    expect(resolveToken(pctx(2024), "province.NOPE")?.text).toBeNull();
  });

  it("are accepted in a narrative, and a malformed one is not", () => {
    expect(validateTokens("落实率{{province.SC02}}", [])).toEqual([]);
    expect(validateTokens("{{province.}}", [])).toEqual([{ token: "province.", reason: "unknown" }]);
  });
});
