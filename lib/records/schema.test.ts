import { describe, expect, it } from "vitest";
import { countChars } from "../text";
import { kindBySlug } from "./kinds";
import { ZCertificatePilot, ZCompetitionAward, ZEmploymentStat, ZFundingItem, ZHonour, ZIndicator, ZMajor } from "./schema";

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("record schemas reject impossible data with a bilingual message", () => {
  it("negative counts", () => {
    const r = ZCertificatePilot.safeParse({
      certificate: "老年照护",
      level: "初级",
      pilotMajors: ["智慧健康养老服务与管理"],
      planned: -1,
      trained: 0,
      examined: 0,
      passed: 0,
    });
    expect(r.success).toBe(false);
    expect(firstMessage(r)).toBe("计划人数不能为负数（Planned must not be negative）");
  });
  it("passed greater than examined", () => {
    const r = ZCertificatePilot.safeParse({
      certificate: "老年照护",
      level: "初级",
      pilotMajors: ["x"],
      planned: 10,
      trained: 10,
      examined: 5,
      passed: 6,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["passed"]);
    expect(firstMessage(r)).toContain("通过人数不能大于考证人数");
  });
  it("placed greater than graduates", () => {
    const r = ZEmploymentStat.safeParse({ cohort: 2022, majorName: "学前教育", graduates: 10, placed: 11 });
    expect(r.success).toBe(false);
    expect(firstMessage(r)).toContain("落实去向人数不能大于毕业生数");
  });
  it("malformed major codes, and accepts the real forms", () => {
    for (const code of ["51021", "5102150", "570102k", "ABC123"]) {
      expect(ZMajor.safeParse({ code, name: "x" }).success, code).toBe(false);
    }
    for (const code of ["510215", "570102K"]) expect(ZMajor.safeParse({ code, name: "x" }).success, code).toBe(true);
  });
  it("money keeps its decimals exactly and refuses floats beyond scale", () => {
    const ok = <{ amount: string }>ZFundingItem.parse({ direction: "INCOME", category: "SPECIAL_APPROPRIATION", name: "x", amount: 3.465 });
    expect(ok.amount).toBe("3.465");
    expect(ZFundingItem.safeParse({ direction: "INCOME", category: "OPERATING", name: "x", amount: "1.23456" }).success).toBe(false);
    expect(ZFundingItem.safeParse({ direction: "INCOME", category: "OPERATING", name: "x", amount: "-5" }).success).toBe(false);
  });
  it("competition awards need at least one prize line", () => {
    expect(ZCompetitionAward.safeParse({ competition: "x", level: "NATIONAL", prizes: [] }).success).toBe(false);
    const r = <{ prizes: { prize: string }[] }>(
      ZCompetitionAward.parse({ competition: "x", level: "NATIONAL", prizes: [{ prize: "二等奖", count: "5", unit: "人次" }] })
    );
    expect(r.prizes[0]).toMatchObject({ prize: "二等奖", count: 5 });
  });
  it("indicator keys are dotted identifiers", () => {
    expect(ZIndicator.safeParse({ key: "satisfaction.students", label: "满意度", value: "96.1" }).success).toBe(true);
    expect(ZIndicator.safeParse({ key: "bad key", label: "x", value: "1" }).success).toBe(false);
  });
});

describe("numbers as people type them (issue 20)", () => {
  const employment = (graduates: unknown, extra: Record<string, unknown> = {}) =>
    ZEmploymentStat.safeParse({ cohort: "2022", majorName: "学前教育", graduates, placed: 1, ...extra });

  it("reads thousands separators and full-width digits in whole numbers, decimals and indicator values", () => {
    for (const typed of ["1,200", "1，200", "１２００", "１，２００", " 1200 "]) {
      const r = employment(typed);
      expect(r.success, typed).toBe(true);
      expect((r.data as { graduates: number }).graduates).toBe(1200);
    }
    const money = ZFundingItem.safeParse({ direction: "INCOME", category: "BASIC_APPROPRIATION", name: "拨款", amount: "12,345.678" });
    expect((money.data as { amount: string }).amount).toBe("12345.678");
    expect((employment("1200", { monthlySalary: "４,２００.５" }).data as { monthlySalary: string }).monthlySalary).toBe("4200.5");
    expect((ZIndicator.safeParse({ key: "a.b", label: "x", value: "-1,234.5" }).data as { value: string }).value).toBe("-1234.5");
    expect((employment("1200", { satisfaction: "92.5%" }).data as { satisfaction: string }).satisfaction).toBe("92.5");
  });

  it("refuses separators out of place rather than guess (1,2 is not 12), and says a missing count is missing", () => {
    expect(firstMessage(employment("1,2"))).toBe("毕业生数必须是数字（Graduates must be a number）");
    expect(firstMessage(employment("12,00"))).toBe("毕业生数必须是数字（Graduates must be a number）");
    expect(firstMessage(employment(undefined))).toBe("毕业生数必须填写（Graduates is required）");
    expect(firstMessage(employment(""))).toBe("毕业生数必须填写（Graduates is required）");
  });
});

describe("dates the calendar does not have", () => {
  const honour = { title: "测试荣誉", category: "学校荣誉", level: "NATIONAL" };
  it("refuses 2021-02-30 and 2021-13-01 instead of storing another day", () => {
    for (const awardedOn of ["2021-02-30", "2021-02-29", "2021-04-31", "2021-13-01", "2021-00-10"]) {
      const r = ZHonour.safeParse({ ...honour, awardedOn });
      expect(r.success, awardedOn).toBe(false);
      expect(firstMessage(r)).toBe("日期无效：日历上没有这一天（invalid date: no such day in the calendar）");
    }
  });
  it("accepts real days, a leap day included", () => {
    for (const awardedOn of ["2020-02-29", "2021-08-31", "2021-12-31"]) {
      const r = ZHonour.safeParse({ ...honour, awardedOn });
      expect(r.success, awardedOn).toBe(true);
      expect((r.data as { awardedOn: string }).awardedOn).toBe(awardedOn);
    }
  });
});

describe("one message for one mistake", () => {
  it("an amount that is no number is not also called too large", () => {
    for (const amount of ["abc", "12.5万", "-3", "1.23456"]) {
      const r = ZFundingItem.safeParse({ direction: "INCOME", category: "OTHER_INCOME", name: "测试", amount });
      expect(r.success, amount).toBe(false);
      expect(
        r.error?.issues.map((i) => i.message),
        amount,
      ).toEqual(["金额必须是非负数，最多4位小数（Amount must be a non-negative number with at most 4 decimals）"]);
    }
  });
  it("a percentage that is no number is not also called over 100%", () => {
    const r = ZEmploymentStat.safeParse({ cohort: 2022, majorName: "学前教育", graduates: 10, placed: 9, satisfaction: "九成" });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "满意度必须是非负数，最多2位小数（Satisfaction must be a non-negative number with at most 2 decimals）",
    ]);
  });
});

describe("zeros past a field's decimals", () => {
  it("学时 16.50 is 16.5 (one decimal kept), not refused; a digit past the decimals still is", () => {
    const training = kindBySlug("social-trainings")!.schema;
    const base = { name: "培训", category: "SKILL", mode: "OFFLINE", personTimes: 10 };
    expect((training.parse({ ...base, hours: "16.50" }) as { hours: string }).hours).toBe("16.5");
    expect((training.parse({ ...base, hours: "16.000" }) as { hours: string }).hours).toBe("16.0");
    const r = training.safeParse({ ...base, hours: "16.55" });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "学时必须是非负数，最多1位小数（Hours must be a non-negative number with at most 1 decimal）",
    ]);
  });
  it("money keeps the zeros within its four decimals (12.50 stays 12.50) and drops only those past them", () => {
    const base = { direction: "INCOME", category: "OTHER_INCOME", name: "测试" };
    expect((ZFundingItem.parse({ ...base, amount: "12.50" }) as { amount: string }).amount).toBe("12.50");
    expect((ZFundingItem.parse({ ...base, amount: "12.345600" }) as { amount: string }).amount).toBe("12.3456");
  });
});

describe("a number outside its range says the range", () => {
  it("届别 1980 and 调整年份 2200", () => {
    const r = ZEmploymentStat.safeParse({ cohort: 1980, majorName: "学前教育", graduates: 10, placed: 9 });
    expect(r.error?.issues.map((i) => i.message)).toEqual(["届别应在1990至2100之间（Cohort must be between 1990 and 2100）"]);
    const m = ZMajor.safeParse({ code: "510215", name: "测试", changeYear: 2200 });
    expect(m.error?.issues.map((i) => i.message)).toEqual(["调整年份应在1990至2100之间（Change year must be between 1990 and 2100）"]);
  });
});

describe("a case's text is counted as its counter counts it", () => {
  const cases = kindBySlug("cases")!.schema;
  const base = { title: "案例", topic: "intl.overseas" };
  it("a text of 1012 characters that the counter counts as 991 字 (paragraphs, numbers, an English name) passes", () => {
    const body = `${"学".repeat(400)}\n\n2022年与 Siemens 合作培训 12345 人次。\n\n${"院".repeat(579)}`;
    expect(countChars(body)).toBe(991);
    expect(body.length).toBeGreaterThan(1000);
    expect(cases.safeParse({ ...base, body }).success).toBe(true);
  });
  it("1001 字 is refused with the counter's word", () => {
    const r = cases.safeParse({ ...base, body: "字".repeat(1001) });
    expect(r.error?.issues.map((i) => i.message)).toEqual(["案例正文不能超过1000字（Body must be at most 1000 characters）"]);
  });
});
