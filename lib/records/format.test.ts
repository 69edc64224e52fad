import { describe, expect, it } from "vitest";
import { formatCell, fieldText, formatPrizes, formValues } from "./format";
import { kindBySlug } from "./kinds";

describe("formatPrizes", () => {
  it("prints prize lines as the report does", () => {
    expect(
      formatPrizes([
        { prize: "二等奖", count: 5, unit: "人次" },
        { prize: "三等奖", count: 5, unit: "人次" },
      ]),
    ).toBe("二等奖 5人次，三等奖 5人次");
    expect(formatPrizes([{ prize: "先进集体" }, { prize: "先进个人" }])).toBe("先进集体，先进个人");
    expect(formatPrizes([{ prize: "三等奖", count: 2, unit: "队" }])).toBe("三等奖 2队");
  });

  it("names the unit in English for an English reader, in the list and on the record page", () => {
    const prizes = [
      { prize: "二等奖", count: 2, unit: "人次" as const },
      { prize: "三等奖", count: 1, unit: "队" as const },
      { prize: "优秀奖" },
    ];
    expect(formatPrizes(prizes, "en")).toBe("二等奖 2 person-times; 三等奖 1 team; 优秀奖");
    expect(formatCell(prizes, { field: "prizes", zh: "", en: "", format: "prizes" }, "en")).toBe(formatPrizes(prizes, "en"));
    expect(fieldText(kindBySlug("competition-awards")!, "prizes", prizes, { lang: "en" })).toBe(formatPrizes(prizes, "en"));
    expect(fieldText(kindBySlug("competition-awards")!, "prizes", prizes)).toBe("二等奖 2人次，三等奖 1队，优秀奖");
  });
});

describe("formatCell", () => {
  it("labels enums in the reader's language and trims decimals", () => {
    expect(formatCell("NATIONAL", { field: "level", zh: "", en: "", format: "level" })).toBe("国家级");
    expect(formatCell("NATIONAL", { field: "level", zh: "", en: "", format: "level" }, "en")).toBe("National");
    expect(formatCell("3.4650", { field: "amount", zh: "", en: "", format: "decimal" })).toBe("3.465");
    expect(formatCell("120.0", { field: "hours", zh: "", en: "", format: "decimal" })).toBe("120");
    expect(formatCell(null, { field: "x", zh: "", en: "" })).toBe("");
  });
});

describe("money on the admin and public lists, the record page and history", () => {
  const funding = kindBySlug("funding")!;

  it("prints an amount in 万元 as entered with at least two decimals: 100 → 100.00, 3.465 stays 3.465", () => {
    const amount = funding.columns.find((c) => c.field === "amount")!;
    expect(amount.format).toBe("money");
    expect(formatCell("100", amount)).toBe("100.00");
    expect(formatCell("3.4650", amount)).toBe("3.465");
    expect(formatCell("12.5", amount)).toBe("12.50");
    expect(fieldText(funding, "amount", "3.465")).toBe("3.465 万元");
    expect(fieldText(funding, "amount", "130")).toBe("130.00 万元");
  });

  it("prints other decimals as entered, without the zeros storage pads them with", () => {
    const salary = kindBySlug("employment")!;
    expect(fieldText(salary, "monthlySalary", "4030.00")).toBe("4030 元");
    expect(fieldText(kindBySlug("social-trainings")!, "hours", "12.5")).toBe("12.5 学时");
  });
});

describe("an amount whose unit is entered beside it (a single indicator in 万元)", () => {
  const indicators = kindBySlug("indicators")!;
  const column = indicators.columns.find((c) => c.field === "value")!;
  const money = { key: "funding.donations", label: "社会捐赠", value: "12.5000", unit: "万元" };
  const share = { key: "policy.share", label: "优课占比", value: "84.5000", unit: "%" };

  it("prints 12.50 in the list, on the record page and in its form, as an amount in 万元 always does", () => {
    expect(formatCell(money.value, column, "zh", money)).toBe("12.50");
    expect(fieldText(indicators, "value", money.value, { row: money })).toBe("12.50");
    expect(formValues(indicators, money).value).toBe("12.50");
  });

  it("leaves other units as entered (84.5 %, not 84.50)", () => {
    expect(formatCell(share.value, column, "zh", share)).toBe("84.5");
    expect(fieldText(indicators, "value", share.value, { row: share })).toBe("84.5");
    expect(formValues(indicators, share).value).toBe("84.5000");
  });
});
