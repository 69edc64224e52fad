import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal";
import { kindBySlug } from "../records/kinds";
import { exportSheet, MONEY_FORMAT } from "./export";
import { parseSpreadsheet } from "./parse";
import { validateSheet } from "./validate";

/** What Excel shows for a number cell under a format such as 0.00## (the digit placeholders 0 and # only). */
function shown(value: number, numFmt: string | undefined): string {
  const m = /^0\.(0*)(#*)$/.exec(numFmt ?? "");
  if (!m) return String(value); // General: the number as it is
  const fixed = value.toFixed(m[1]!.length + m[2]!.length);
  const [whole, frac = ""] = fixed.split(".");
  return `${whole}.${frac.slice(0, m[1]!.length)}${frac.slice(m[1]!.length).replace(/0+$/, "")}`;
}

describe("export of amounts", () => {
  it("prints 万元 with at least two decimals (12.50, 100.00) and every decimal entered (3.465), and imports back as entered", async () => {
    const funding = kindBySlug("funding")!;
    const { workbook, addRecord } = exportSheet(funding, new Map([["d1", "机电与信息工程系"]]));
    const amounts = ["12.5000", "100.0000", "3.4650", "0.1234"];
    amounts.forEach((amount, i) =>
      addRecord({
        id: `r${i}`,
        year: 2022,
        departmentId: "d1",
        status: "DRAFT",
        direction: "INCOME",
        category: "OTHER_INCOME",
        name: `项目${i}`,
        amount: new Decimal(amount),
      }),
    );
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = read.worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf("金额");
    const cells = [3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(column));
    expect(cells.map((c) => c.numFmt)).toEqual([MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT]);
    expect(cells.map((c) => shown(c.value as number, c.numFmt))).toEqual(["12.50", "100.00", "3.465", "0.1234"]);

    const rows = (await parseSpreadsheet(buffer)).rows;
    const again = validateSheet({ kind: funding, rows, year: 2022, academicYear: "2021-2022" });
    expect(again.issues).toEqual([]);
    expect(again.valid.map((v) => v.data.amount)).toEqual(["12.5", "100", "3.465", "0.1234"]);
  });
});
