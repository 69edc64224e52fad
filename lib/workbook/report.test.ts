import { describe, expect, it } from "vitest";
import { parsePrintedNumber } from "./report";

describe("numbers as the report prints them", () => {
  it("keeps the printed precision as the cell's number format", () => {
    expect(parsePrintedNumber("3071")).toEqual({ value: 3071, numFmt: "0" });
    expect(parsePrintedNumber("95.08")).toEqual({ value: 95.08, numFmt: "0.00" });
    expect(parsePrintedNumber("84.5")).toEqual({ value: 84.5, numFmt: "0.0" });
    expect(parsePrintedNumber("16,615.25")).toEqual({ value: 16615.25, numFmt: "#,##0.00" });
    expect(parsePrintedNumber("23.39%")).toEqual({ value: 0.2339, numFmt: "0.00%" });
    expect(parsePrintedNumber("-5.62")).toEqual({ value: -5.62, numFmt: "0.00" });
  });

  it("leaves text, codes and blanks alone", () => {
    for (const text of ["", "一等奖 3人次", "051021", "2021-2022", "1:18", "约3000", "12,34"])
      expect(parsePrintedNumber(text), text).toBeNull();
  });
});
