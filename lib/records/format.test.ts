import { describe, expect, it } from "vitest";
import { formatCell, formatPrizes } from "./format";

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
