import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { DATA_SHEET } from "./template";
import { boundedXlsx } from "./xlsx-parts";
import { printed } from "../text";

/**
 * An uploaded spreadsheet (.xlsx or .csv) → rows of raw cell values, read with exceljs.
 * The format is decided from the bytes, never from the file name or the browser's MIME type.
 */
export type CellValue = string | number | boolean | Date | null;
export type RawRow = { /** Row number as the spreadsheet shows it (1-based). */ row: number; values: CellValue[] };
export type ParsedSheet = { format: "xlsx" | "csv"; sheetName: string; rows: RawRow[] };

/** 10 MB (decimal, so the multipart request stays under the proxy's 10 MiB body buffer). */
export const MAX_BYTES = 10_000_000;
export const MAX_ROWS = 20_000;

const tooManyRows = () =>
  new AppError("INVALID", bi(`一次最多导入 ${MAX_ROWS} 行，请拆分文件`, `at most ${MAX_ROWS} rows per import: split the file`));

const refuse = () =>
  new AppError(
    "INVALID",
    bi(
      "只能导入 Excel 工作簿（.xlsx）或 CSV 文件；文件类型按内容判断",
      "only .xlsx workbooks or .csv files can be imported (judged by content)",
    ),
  );

export async function detectFormat(bytes: Uint8Array): Promise<"xlsx" | "csv"> {
  if (bytes.byteLength === 0) throw new AppError("INVALID", bi("文件为空", "the file is empty"));
  if (bytes.byteLength > MAX_BYTES) {
    throw new AppError("INVALID", bi(`文件不能超过 10 MB`, `the file must be at most 10 MB`));
  }
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === "xlsx") return "xlsx";
  if (type?.ext === "cfb") {
    throw new AppError(
      "INVALID",
      bi(
        "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后上传",
        "old .xls files are not supported: save as .xlsx in Excel and upload again",
      ),
    );
  }
  if (type) throw refuse();
  if (decodeText(bytes) !== null) return "csv";
  throw refuse();
}

/** UTF-8 (with or without BOM), else GB18030 — what Excel for Chinese Windows writes as "CSV". */
export function decodeText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 65_536);
  if (head.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // not UTF-8
  }
  try {
    return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function cellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as {
      richText?: { text: string }[];
      result?: unknown;
      text?: unknown;
      error?: string;
      formula?: unknown;
      sharedFormula?: unknown;
    };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
    if ("formula" in o || "sharedFormula" in o) return cellValue(o.result);
    if (typeof o.text === "string") return o.text; // hyperlink
    if (typeof o.error === "string") return o.error;
  }
  return printed(v);
}

/** A number format that shows the value times 100 with a % sign (0%, 0.00%), not a literal "%" in quotes. */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return Boolean(numFmt) && /%/.test(numFmt!.replace(/"[^"]*"|\\./g, ""));
}

/**
 * A number cell formatted as a percentage, as the person who typed it sees it: Excel stores 「96%」
 * as 0.96, and a satisfaction read as 0.96 would be 0.96% (the form reads 「96%」 as 96). Read back
 * as the text 「96%」, it is judged as the form judges it; a field that takes no percentage refuses it.
 */
function percentText(v: number): CellValue {
  return `${Number((v * 100).toPrecision(15))}%`;
}

function isEmpty(values: CellValue[]): boolean {
  return values.every((v) => v === null || (typeof v === "string" && v.trim() === ""));
}

function rowsOf(sheet: ExcelJS.Worksheet): RawRow[] {
  if (sheet.actualRowCount > MAX_ROWS + 10) throw tooManyRows();
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const raw = row.values as unknown[]; // 1-based, sparse
    const values: CellValue[] = [];
    for (let c = 1; c < raw.length; c++) {
      const value = cellValue(raw[c]);
      values.push(typeof value === "number" && isPercentFormat(row.getCell(c).numFmt) ? percentText(value) : value);
    }
    if (!isEmpty(values)) rows.push({ row: rowNumber, values });
  });
  return rows;
}

/** `<row ` elements in a worksheet's XML, counted without parsing it. */
function countRows(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf("<row "); at !== -1; at = xml.indexOf("<row ", at + 5)) count++;
  return count;
}

async function readXlsx(bytes: Uint8Array): Promise<ParsedSheet> {
  // Real inflated bytes are counted, only the parts we read are unpacked, and a sheet with too
  // many rows is refused before exceljs builds them (see xlsx-parts.ts).
  const { xlsx, parts } = await boundedXlsx(bytes);
  for (const [name, xml] of parts) {
    if (name.startsWith("xl/worksheets/") && countRows(xml) > MAX_ROWS + 10) throw tooManyRows();
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(xlsx);
  } catch {
    throw new AppError("INVALID", bi("无法读取该 Excel 文件，文件可能已损坏", "the workbook cannot be read; it may be damaged"));
  }
  const visible = workbook.worksheets.filter((s) => s.state === "visible" || s.state === undefined);
  const sheet = visible.find((s) => s.name === DATA_SHEET) ?? visible[0];
  if (!sheet) throw new AppError("INVALID", bi("工作簿中没有工作表", "the workbook has no worksheet"));
  return { format: "xlsx", sheetName: sheet.name, rows: rowsOf(sheet) };
}

async function readCsv(bytes: Uint8Array): Promise<ParsedSheet> {
  const text = decodeText(bytes);
  if (text === null) throw refuse();
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet;
  try {
    // Keep every value as typed: exceljs would otherwise turn "051021" into 51021 and guess dates.
    sheet = await workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, "")]), {
      map: (datum: unknown) => (datum === "" ? null : datum),
      parserOptions: { delimiter: "," },
    });
  } catch {
    throw new AppError("INVALID", bi("无法读取该 CSV 文件", "the CSV file cannot be read"));
  }
  return { format: "csv", sheetName: "CSV", rows: rowsOf(sheet) };
}

export async function parseSpreadsheet(bytes: Uint8Array): Promise<ParsedSheet> {
  const format = await detectFormat(bytes);
  const sheet = format === "xlsx" ? await readXlsx(bytes) : await readCsv(bytes);
  if (sheet.rows.length > MAX_ROWS + 2) throw tooManyRows();
  return sheet;
}
