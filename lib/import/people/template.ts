import ExcelJS from "exceljs";
import { DATA_SHEET, EXAMPLE_MARK } from "../template";
import { PEOPLE_COLUMNS, SHEET_LABELS, type PeopleSheet } from "./columns";

/**
 * The .xlsx template of a people sheet, laid out like the record templates: row 1 Chinese headers
 * (with a note), row 2 English headers, row 3 an example marked 【示例】 (skipped by the import).
 */
export async function buildPeopleTemplate(sheet: PeopleSheet): Promise<Buffer> {
  const columns = PEOPLE_COLUMNS[sheet];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Nianbao";
  workbook.created = new Date(0);
  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: 2 }] });
  data.columns = columns.map((c) => ({ key: c.field, width: c.field === "password" ? 24 : 18 }));
  columns.forEach((c, i) => {
    const head = data.getRow(1).getCell(i + 1);
    head.value = c.zh;
    head.font = { bold: true, color: { argb: c.required ? "FF9F1239" : "FF1E293B" } };
    head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    head.note = { texts: [{ text: `${c.en}\n${c.help}` }] };
    Object.assign(data.getRow(2).getCell(i + 1), { value: c.en, font: { italic: true, size: 9, color: { argb: "FF64748B" } } });
    // Text columns keep what is typed (a user name 007 stays 007).
    data.getColumn(i + 1).numFmt = c.field === "order" ? "0" : "@";
    const example = data.getRow(3).getCell(i + 1);
    example.value = i === 0 ? `${EXAMPLE_MARK}${c.example}` : c.example;
    example.font = { color: { argb: "FF94A3B8" } };
  });
  const help = workbook.addWorksheet("填写说明");
  help.columns = [{ width: 16 }, { width: 16 }, { width: 90 }];
  const label = SHEET_LABELS[sheet];
  help.addRow([`${label.zh}导入模板（${label.en} import template）`]).font = { bold: true, size: 13 };
  help.addRow([`在“${DATA_SHEET}”工作表第3行起每行填写一个${label.zh}；以“${EXAMPLE_MARK}”开头的示例行导入时自动忽略。`]);
  help.addRow([]);
  help.addRow(["列（column）", "English", "说明（how to fill）"]).font = { bold: true };
  for (const c of columns) help.addRow([c.zh, c.en, c.help]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
