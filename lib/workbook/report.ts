import ExcelJS from "exceljs";
import type { ReportDocument, ReportSection, SourceRef, TableBlock } from "../report/model/document";
import { publicRecordHref } from "../report/engine/html";
import { OTHER_INDICATOR_COLUMNS } from "../report/engine/other-data";

/**
 * The data tables of a published edition as one Excel workbook, for the provincial and national
 * data platforms: one sheet per indicator table in the notice's layout (序号, 指标, 单位, this
 * year's and last year's value), one sheet per generated table (表N), and 「数据来源」 listing the
 * records behind every number. A number is written as a number cell with the precision the report
 * prints (numFmt), never as text; a value with no data stays an empty cell.
 */
export type PrintedNumber = { value: number; numFmt: string };

/** Columns whose digits are identifiers, not quantities (专业代码 "051021" keeps its zero). */
const IDENTIFIER_COLUMN = /代码|编号|学号|证书号|电话|邮编/;

/** "95.08" → 95.08 shown as 0.00; "3,071" → 3071 as #,##0; "23.39%" → 0.2339 as 0.00%. Anything else: null. */
export function parsePrintedNumber(text: string): PrintedNumber | null {
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/.exec(text.trim());
  if (!m) return null;
  const [, sign = "", whole = "", fraction = "", percent = ""] = m;
  // A leading zero ("051021") is a code, not a number.
  if (whole.length > 1 && whole.startsWith("0")) return null;
  const grouped = whole.includes(",");
  const value = Number(`${sign}${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`);
  if (!Number.isFinite(value)) return null;
  const decimals = fraction ? `.${"0".repeat(fraction.length)}` : "";
  const base = `${grouped ? "#,##0" : "0"}${decimals}`;
  return percent ? { value: value / 100, numFmt: `${base}%` } : { value, numFmt: base };
}

const SHEET_NAME_UNSAFE = /[\\/?*[\]:]/g;
function uniqueSheetName(book: ExcelJS.Workbook, wanted: string): string {
  const base = wanted.replace(SHEET_NAME_UNSAFE, "_").slice(0, 31);
  let name = base;
  for (let i = 2; book.getWorksheet(name); i++) name = `${base.slice(0, 28)}(${i})`;
  return name;
}

const THIN = { style: "thin" as const, color: { argb: "FF94A3B8" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEAD_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFE8EEF6" } };

function setCell(cell: ExcelJS.Cell, text: string, asNumber: boolean) {
  const n = asNumber ? parsePrintedNumber(text) : null;
  if (n) {
    cell.value = n.value;
    cell.numFmt = n.numFmt;
  } else if (text !== "") {
    cell.value = text;
  }
  cell.border = BORDER;
}

/** A table as a sheet: its title, the header row, the rows (a group column printed on every row so filters work). */
function tableSheet(book: ExcelJS.Workbook, t: TableBlock, name: string, subtitle: string) {
  const sheet = book.addWorksheet(uniqueSheetName(book, name), { views: [{ state: "frozen", ySplit: 3 }] });
  const header = t.groupColumn ? [t.groupColumn, ...t.columns] : t.columns;
  sheet.addRow([t.number ? `表${t.number} ${t.caption}` : t.caption]).font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow([subtitle]).font = { color: { argb: "FF475569" }, size: 10 };
  sheet.mergeCells(2, 1, 2, header.length);
  const head = sheet.addRow(header);
  head.eachCell((c) => {
    c.font = { bold: true };
    c.fill = HEAD_FILL;
    c.border = BORDER;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  const numeric = header.map((h) => !IDENTIFIER_COLUMN.test(h));
  for (const r of t.rows) {
    const texts = t.groupColumn ? [r.group ?? "", ...r.cells] : r.cells;
    const row = sheet.addRow([]);
    texts.forEach((text, j) => setCell(row.getCell(j + 1), text, numeric[j] ?? false));
    if (r.total) row.font = { bold: true };
  }
  if (t.note) sheet.addRow([`注：${t.note}`]).font = { size: 10, color: { argb: "FF475569" } };
  header.forEach((h, j) => {
    const longest = Math.max(
      h.length * 2,
      ...t.rows.map((r) => ((t.groupColumn ? [r.group ?? "", ...r.cells] : r.cells)[j] ?? "").length * 1.6),
    );
    sheet.getColumn(j + 1).width = Math.min(Math.max(longest + 2, 8), 60);
  });
  return sheet;
}

const isIndicatorTable = (t: TableBlock) => t.key.startsWith("indicators:");

function bodyTables(doc: ReportDocument): TableBlock[] {
  const out: TableBlock[] = [];
  const visit = (s: ReportSection) => {
    for (const b of s.blocks) if (b.type === "table") out.push(b);
    s.sections.forEach(visit);
  };
  doc.chapters.forEach(visit);
  return out;
}

/** Every section's 「本节其他已审核指标」 as one table, the section in the group column. */
function otherIndicators(doc: ReportDocument): TableBlock {
  const rows: TableBlock["rows"] = [];
  const visit = (s: ReportSection) => {
    for (const b of s.blocks)
      if (b.type === "other-data" && b.indicators) rows.push(...b.indicators.rows.map((r) => ({ ...r, group: `${s.number}${s.title}` })));
    s.sections.forEach(visit);
  };
  doc.chapters.forEach(visit);
  return {
    type: "table",
    key: "other:indicators",
    number: 0,
    caption: "其他已审核指标",
    columns: OTHER_INDICATOR_COLUMNS,
    groupColumn: "章节",
    rows,
  };
}

export async function buildReportWorkbook(doc: ReportDocument, meta: { version?: number } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = doc.institution;
  book.title = `${doc.title}数据表`;
  book.created = new Date(doc.generatedAt);
  const edition = meta.version ? `第${meta.version}版` : doc.mode === "preview" ? "审阅稿（含未审核数据）" : "";
  const subtitle = `${doc.institution} · ${doc.title}${edition ? ` · ${edition}` : ""}`;

  const tables = [...bodyTables(doc), ...doc.appendix];
  const indicators = tables.filter(isIndicatorTable);
  for (const t of indicators) {
    tableSheet(book, t, t.caption, `${subtitle} · 上一年度的值取自上一年度已审核的数据，无数据留空`);
  }
  for (const t of tables.filter((t) => !isIndicatorTable(t))) tableSheet(book, t, `表${t.number}`, `${subtitle} · ${t.caption}`);
  const others = otherIndicators(doc);
  if (others.rows.length) tableSheet(book, others, others.caption, `${subtitle} · 未被叙述或数据表引用、列于各节末尾的已审核指标`);

  const sources = book.addWorksheet(uniqueSheetName(book, "数据来源"), { views: [{ state: "frozen", ySplit: 1 }] });
  const columns = ["位置", "数据项", "报告中的值", "来源记录", "记录类型", "年度", "记录编号", "查看"];
  const head = sources.addRow(columns);
  head.eachCell((c) => {
    c.font = { bold: true };
    c.fill = HEAD_FILL;
    c.border = BORDER;
  });
  const list = (where: string, what: string, value: string, refs: SourceRef[]) => {
    const seen = new Set<string>();
    for (const ref of refs) {
      const id = `${ref.kind}:${ref.id}:${ref.year}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const row = sources.addRow([]);
      [where, what].forEach((text, j) => setCell(row.getCell(j + 1), text, false));
      setCell(row.getCell(3), value, true);
      [ref.label, ref.kind].forEach((text, j) => setCell(row.getCell(j + 4), text, false));
      row.getCell(6).value = ref.year;
      row.getCell(6).border = BORDER;
      setCell(row.getCell(7), ref.id, false);
      const link = row.getCell(8);
      link.value = publicRecordHref(ref);
      link.border = BORDER;
    }
  };
  for (const t of tables) {
    for (const r of t.rows) {
      const label = isIndicatorTable(t)
        ? `${r.cells[1]}（${r.cells[2] || "—"}）`
        : r.total
          ? "合计"
          : r.cells.slice(0, 2).filter(Boolean).join(" ");
      // The value this year printed: the last column before last year's comparison columns.
      const value = isIndicatorTable(t) ? r.cells[3] : r.cells[(t.lastYear?.column ?? r.cells.length) - 1];
      list(`表${t.number} ${t.caption}`, label, value ?? "", r.sources);
      if (t.lastYear && r.lastYearSources)
        list(`表${t.number} ${t.caption}（${t.lastYear.year}年）`, label, r.cells[t.lastYear.column] ?? "", r.lastYearSources);
    }
  }
  for (const r of others.rows)
    list(`${r.group ?? ""} 其他已审核指标`, `${r.cells[0]}（${r.cells[2] || "—"}）`, r.cells[1] ?? "", r.sources);
  const visit = (s: ReportSection) => {
    for (const v of s.traced) list(`${s.number}${s.title}`, v.label, v.text, v.sources);
    s.sections.forEach(visit);
  };
  doc.chapters.forEach(visit);
  [28, 30, 12, 40, 14, 8, 38, 50].forEach((w, i) => {
    sources.getColumn(i + 1).width = w;
  });

  return Buffer.from(await book.xlsx.writeBuffer());
}
