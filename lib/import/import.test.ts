import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { competitionAwards, TABLE1_ROWS } from "../../prisma/demo/records";
import { AppError } from "../errors";
import { formatPrizes } from "../records/format";
import { kindBySlug, RECORD_KINDS } from "../records/kinds";
import { headerLookup, importColumns, normalizeHeader, optionLookup } from "./columns";
import { parseSpreadsheet } from "./parse";
import { buildTemplate, DATA_SHEET, EXAMPLE_MARK } from "./template";
import { validateSheet } from "./validate";
import { printed } from "../text";

const awards = kindBySlug("competition-awards")!;
const LEVEL_ZH: Record<string, string> = { INTERNATIONAL: "国际级", NATIONAL: "国家级", PROVINCIAL: "省市级" };

async function filledTemplate(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildTemplate(awards)) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(DATA_SHEET)!;
  rows.forEach((r, i) => {
    sheet.getRow(4 + i).values = r;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (err) {
    return err instanceof AppError ? `${err.code}: ${err.message}` : String(err);
  }
}

describe("template", () => {
  it("has Chinese headers, English second line, an example row and drop-downs of Chinese labels", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate(awards)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(DATA_SHEET)!;
    const zh = importColumns(awards.slug).map((c) => c.zh);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(zh);
    expect(zh.slice(0, 3)).toEqual(["竞赛名称", "级别", "获奖及人次"]);
    expect(sheet.getRow(2).getCell(1).value).toBe("Competition");
    expect(printed(sheet.getRow(3).getCell(1).value)).toMatch(new RegExp(`^${EXAMPLE_MARK}`));
    expect(sheet.getColumn(1).width).toBeGreaterThan(30);
    const options = wb.getWorksheet("选项")!;
    expect(options.state).toBe("hidden");
    expect((options.getColumn(1).values as unknown[]).filter(Boolean)).toEqual(["国际级", "国家级", "省市级", "行业级", "区级", "校级"]);
  });

  it("the untouched template imports nothing: the example row is skipped", async () => {
    const sheet = validateSheet({
      kind: awards,
      rows: (await parseSpreadsheet(await buildTemplate(awards))).rows,
      year: 2022,
      academicYear: "2021-2022",
    });
    expect(sheet).toMatchObject({ total: 0, skippedExamples: 1, issues: [], valid: [] });
  });
});

describe("templates of every kind", () => {
  it.each(RECORD_KINDS.map((k) => [k.slug, k] as const))("%s: its example row is valid once unmarked", async (_slug, kind) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate(kind)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(DATA_SHEET)!;
    const first = sheet.getRow(3).getCell(1);
    first.value = printed(first.value).replace(EXAMPLE_MARK, "");
    const parsed = validateSheet({
      kind,
      rows: (await parseSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()))).rows,
      year: 2022,
      academicYear: "2021-2022",
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.valid).toHaveLength(1);
  });
});

describe("header and option mapping", () => {
  it("accepts the Chinese label, the English label or the field name, ignoring spaces and required marks", () => {
    const lookup = headerLookup(awards.slug);
    for (const h of ["竞赛名称", " 竞赛 名称 ", "竞赛名称*", "竞赛名称（必填）", "Competition", "competition"]) {
      expect(lookup.get(normalizeHeader(h))?.field, h).toBe("competition");
    }
    expect(lookup.get(normalizeHeader("试点专业"))).toBeUndefined();
    expect(headerLookup("certificate-pilots").get(normalizeHeader("试点专业"))?.field).toBe("pilotMajors");
  });

  it("maps Chinese labels, English labels and raw enum values back to enum values", () => {
    const level = optionLookup(importColumns(awards.slug).find((c) => c.field === "level")!.options!);
    expect(level.get("国家级")).toBe("NATIONAL");
    expect(level.get("national")).toBe("NATIONAL");
    expect(level.get("provincial")).toBe("PROVINCIAL");
    const topic = optionLookup(importColumns(awards.slug).find((c) => c.field === "topic")!.options!);
    expect(topic.get("技能大赛")).toBe("student.competitions");
    expect(topic.get("student.competitions")).toBe("student.competitions");
  });
});

describe("validation", () => {
  it("reads the 29 rows of 表1 and lists every invalid cell with its row and Chinese column", async () => {
    const table1 = competitionAwards
      .slice(0, TABLE1_ROWS)
      .map((r) => [
        r.competition,
        LEVEL_ZH[r.level as string]!,
        formatPrizes(r.prizes),
        "学生",
        r.entryType === "INDIVIDUAL" ? "个人" : "团体",
        null,
        null,
        "技能大赛",
      ]);
    const bad = [
      ["宇宙杯", "宇宙级", "一等奖 1人次", "学生", "团体", "2022-13-45", null, null],
      [null, "NATIONAL", "二等奖 -2人次", "Teachers", "team", "2022/6/8", null, null],
    ];
    const sheet = validateSheet({
      kind: awards,
      rows: (await parseSpreadsheet(await filledTemplate([...table1, ...bad]))).rows,
      year: 2022,
      academicYear: "2021-2022",
    });
    expect(sheet.total).toBe(31);
    expect(sheet.valid).toHaveLength(29);
    expect(sheet.valid[0]).toMatchObject({
      row: 4,
      data: { competition: competitionAwards[0]!.competition, level: "PROVINCIAL", participantType: "STUDENT" },
    });
    expect(sheet.valid.map((v) => v.data.prizes)).toEqual(competitionAwards.slice(0, TABLE1_ROWS).map((r) => r.prizes));
    const rowA = 4 + 29;
    const rowB = rowA + 1;
    expect(sheet.issues.map((i) => [i.row, i.column])).toEqual([
      [rowA, "级别"],
      [rowA, "获奖日期"],
      [rowB, "竞赛名称"],
      [rowB, "获奖及人次"],
    ]);
    expect(sheet.issues[0]!.message).toContain("“宇宙级”不是有效的级别，可选：国际级、国家级");
    expect(sheet.issues[2]!.message).toBe("竞赛名称必须填写（Competition is required）");
    expect(sheet.issues[3]!.message).toMatch(/^第1项：.*不能为负数/);
  });

  it("refuses a sheet without the kind's header or without a required column", async () => {
    const noHeader = Buffer.from("a,b,c\n1,2,3\n", "utf8");
    expect(
      await code(
        Promise.resolve().then(async () =>
          validateSheet({ kind: awards, rows: (await parseSpreadsheet(noHeader)).rows, year: 2022, academicYear: "2021-2022" }),
        ),
      ),
    ).toMatch(/^INVALID: 没有找到表头行/);
    const missing = Buffer.from("竞赛名称,获奖及人次\nx,一等奖\n", "utf8");
    expect(
      await code(
        Promise.resolve().then(async () =>
          validateSheet({ kind: awards, rows: (await parseSpreadsheet(missing)).rows, year: 2022, academicYear: "2021-2022" }),
        ),
      ),
    ).toMatch(/^INVALID: 缺少必填列：级别/);
  });
});

describe("percentage cells", () => {
  // Typing 96% in Excel stores 0.96 formatted "0%": the import reads what the person sees, as the form does.
  async function employmentSheet(cells: { value: number; numFmt?: string; column: string }[][]) {
    const kind = kindBySlug("employment")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate(kind)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(DATA_SHEET)!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    cells.forEach((row, i) => {
      const r = sheet.getRow(4 + i);
      Object.assign(r.getCell(headers.indexOf("届别") + 1), { value: 2022 });
      Object.assign(r.getCell(headers.indexOf("专业名称") + 1), { value: `专业${i}` });
      Object.assign(r.getCell(headers.indexOf("毕业生数") + 1), { value: 100 });
      Object.assign(r.getCell(headers.indexOf("落实去向人数") + 1), { value: 90 });
      for (const c of row)
        Object.assign(r.getCell(headers.indexOf(c.column) + 1), { value: c.value, ...(c.numFmt ? { numFmt: c.numFmt } : {}) });
    });
    const rows = (await parseSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()))).rows;
    return validateSheet({ kind, rows, year: 2022, academicYear: "2021-2022" });
  }

  it("reads 0.965 shown as 96.5% as 96.5, never as 0.965%", async () => {
    const sheet = await employmentSheet([
      [
        { column: "满意度", value: 0.965, numFmt: "0.0%" },
        { column: "专业相关度", value: 0.8, numFmt: "0%" },
      ],
      [{ column: "满意度", value: 92.5 }], // a plain number cell means 92.5 as before
      [{ column: "满意度", value: 96, numFmt: '0"%"' }], // a literal % sign: the value is 96
    ]);
    expect(sheet.issues).toEqual([]);
    expect(sheet.valid.map((v) => [v.data.satisfaction, v.data.relatedness])).toEqual([
      ["96.5", "80"],
      ["92.5", null],
      ["96", null],
    ]);
  });

  it("refuses what the form refuses: 105% is over 100%, a percentage where a sum of money goes is no amount", async () => {
    const sheet = await employmentSheet([
      [{ column: "满意度", value: 1.05, numFmt: "0%" }],
      [{ column: "月均收入", value: 0.5, numFmt: "0%" }],
    ]);
    expect(sheet.issues).toEqual([
      { row: 4, column: "满意度", message: "满意度不能超过100%（Satisfaction cannot exceed 100%）" },
      {
        row: 5,
        column: "月均收入",
        message: "月均收入必须是非负数，最多2位小数（Monthly salary must be a non-negative number with at most 2 decimals）",
      },
    ]);
  });
});

describe("formula cells", () => {
  it("read a sum as Excel shows it (0.1+0.2 is 0.3, 0.57×100 is 57), not with its binary noise", async () => {
    const kind = kindBySlug("funding")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate(kind)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(DATA_SHEET)!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const at = (header: string) => headers.indexOf(header) + 1;
    const row = sheet.getRow(4);
    row.getCell(at("收支")).value = "收入";
    row.getCell(at("类别")).value = "其他收入";
    row.getCell(at("项目名称")).value = "公式求和";
    row.getCell(at("金额")).value = { formula: "0.1+0.2", result: 0.1 + 0.2 };
    const rows = (await parseSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()))).rows;
    const checked = validateSheet({ kind, rows, year: 2022, academicYear: "2021-2022" });
    expect(checked.issues).toEqual([]);
    expect(checked.valid.map((v) => v.data.amount)).toEqual(["0.3"]);

    const employment = kindBySlug("employment")!;
    const ewb = new ExcelJS.Workbook();
    await ewb.xlsx.load((await buildTemplate(employment)) as unknown as ArrayBuffer);
    const esheet = ewb.getWorksheet(DATA_SHEET)!;
    const eh = (esheet.getRow(1).values as unknown[]).slice(1);
    const erow = esheet.getRow(4);
    erow.getCell(eh.indexOf("届别") + 1).value = 2022;
    erow.getCell(eh.indexOf("专业名称") + 1).value = "公式专业";
    erow.getCell(eh.indexOf("毕业生数") + 1).value = { formula: "0.57*100", result: 0.57 * 100 };
    erow.getCell(eh.indexOf("落实去向人数") + 1).value = 50;
    const erows = (await parseSpreadsheet(Buffer.from(await ewb.xlsx.writeBuffer()))).rows;
    const echecked = validateSheet({ kind: employment, rows: erows, year: 2022, academicYear: "2021-2022" });
    expect(echecked.issues).toEqual([]);
    expect(echecked.valid.map((v) => v.data.graduates)).toEqual([57]);
  });
});

describe("parsing", () => {
  it("reads CSV in UTF-8 (with BOM) and in GB18030, keeping values as typed", async () => {
    const text = '专业代码,专业名称,调整类型\n051021,学前教育,新增\n510215,"物联网应用技术, 新",保留\n';
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    const majors = kindBySlug("majors")!;
    const parsed = await parseSpreadsheet(utf8);
    expect(parsed.format).toBe("csv");
    expect(parsed.rows[1]).toEqual({ row: 2, values: ["051021", "学前教育", "新增"] });
    const sheet = validateSheet({ kind: majors, rows: parsed.rows, year: 2022, academicYear: "2021-2022" });
    expect(sheet.issues).toEqual([]);
    expect(sheet.valid.map((v) => [v.data.code, v.data.name, v.data.change])).toEqual([
      ["051021", "学前教育", "NEW"],
      ["510215", "物联网应用技术, 新", "UNCHANGED"],
    ]);

    // GB18030 bytes of the same text, as Excel on Chinese Windows saves "CSV"
    const gbk = new Uint8Array(Buffer.from("d7a8d2b5b4fac2eb2cd7a8d2b5c3fbb3c60a3531303231352cd1a7c7b0bdccd3fd0a", "hex"));
    const rows = (await parseSpreadsheet(gbk)).rows;
    expect(rows.map((r) => r.values)).toEqual([
      ["专业代码", "专业名称"],
      ["510215", "学前教育"],
    ]);
  });

  it("refuses files by content, not by name: an image or a PDF called .xlsx, an old .xls, an empty file", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    expect(await code(parseSpreadsheet(png))).toMatch(/^INVALID: 只能导入 Excel 工作簿（.xlsx）或 CSV 文件/);
    expect(await code(parseSpreadsheet(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n", "latin1")))).toMatch(/^INVALID: 只能导入/);
    const xls = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)]);
    expect(await code(parseSpreadsheet(xls))).toMatch(/^INVALID: 不支持旧版 .xls/);
    expect(await code(parseSpreadsheet(Buffer.alloc(0)))).toMatch(/^INVALID: 文件为空/);
    expect(await code(parseSpreadsheet(Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100)])))).toMatch(/^INVALID/);
  });

  it("refuses more than 20,000 rows and more than 10 MB", async () => {
    const big = Buffer.from(`竞赛名称,级别,获奖及人次\n${"x,国家级,一等奖\n".repeat(20_050)}`, "utf8");
    expect(await code(parseSpreadsheet(big))).toMatch(/^INVALID: 一次最多导入 20000 行/);
    expect(await code(parseSpreadsheet(Buffer.alloc(10_000_001, 0x41)))).toMatch(/^INVALID: 文件不能超过 10 MB/);
  });
});
