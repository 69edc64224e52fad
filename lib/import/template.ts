import ExcelJS from "exceljs";
import type { RecordKind } from "../records/kinds";
import { importColumns, type ImportColumn } from "./columns";

/**
 * The import template of a record kind, and the sheet layout the export shares with it:
 * row 1 Chinese headers (with a note: English name, whether required, how to fill it),
 * row 2 English headers, then data. The template adds one example row, marked 【示例】 in its
 * first cell and skipped by the import; select columns get a drop-down of Chinese labels.
 */
export const DATA_SHEET = "数据";
export const EXAMPLE_MARK = "【示例】";
export const TEMPLATE_ROWS = 5000; // rows that get drop-downs and text formats

const EXAMPLES: Record<string, Record<string, string>> = {
  "competition-awards": {
    competition: "2022年全国职业院校技能大赛市场营销技能赛项",
    level: "国家级",
    prizes: "二等奖 5人次，三等奖 5人次",
    participantType: "学生",
    entryType: "团体",
    awardedOn: "2022-06-18",
    organizer: "教育部",
    topic: "技能大赛",
  },
  majors: { code: "510215", name: "物联网应用技术", group: "电子信息专业群", industry: "新一代信息技术", change: "保留" },
  indicators: { key: "satisfaction.students", label: "在校生满意度", value: "98.6", unit: "%" },
  "certificate-pilots": {
    certificate: "Web前端开发",
    level: "中级",
    issuer: "工业和信息化部教育与考试中心",
    pilotMajors: "软件技术、计算机网络技术",
    planned: "40",
    trained: "40",
    examined: "38",
    passed: "35",
  },
  funding: { direction: "收入", category: "基本财政拨款", name: "基本支出拨款", amount: "3885.83" },
  employment: { cohort: "2022", majorName: "学前教育", majorCode: "570102K", graduates: "120", placed: "115", monthlySalary: "4200" },
};

function exampleValue(col: ImportColumn, kindSlug: string): string {
  const given = EXAMPLES[kindSlug]?.[col.field];
  if (given !== undefined) return given;
  const spec = col.spec;
  if (col.options) return col.required ? (col.options[0]?.zh ?? "") : "";
  switch (spec.type) {
    case "int":
      return col.required ? "10" : "";
    case "decimal":
      return col.required ? "12.5" : "";
    case "date":
      return "2022-06-18";
    case "list":
      return col.required ? "示例一、示例二" : "";
    case "prizes":
      return "一等奖 3人次";
    case "checkbox":
      return "否";
    default:
      return col.required ? `示例${col.zh}` : "";
  }
}

function widthFor(col: ImportColumn): number {
  switch (col.spec.type) {
    case "textarea":
      return 50;
    case "prizes":
      return 36;
    case "list":
      return 30;
    case "date":
      return 14;
    case "int":
    case "decimal":
    case "checkbox":
      return 12;
    case "select":
      return col.field === "topic" ? 22 : 14;
    default:
      return /名称|标题|图题|项目/.test(col.zh) ? 44 : 18;
  }
}

/** Writes the two header rows and column formats; used by the template and the export. */
export function addDataSheet(workbook: ExcelJS.Workbook, kind: RecordKind, extra: { zh: string; en: string; width?: number }[] = []) {
  const columns = importColumns(kind);
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = [
    ...columns.map((c) => ({ key: c.field, width: widthFor(c) })),
    ...extra.map((e, i) => ({ key: `_extra${i}`, width: e.width ?? 14 })),
  ];
  const zhRow = sheet.getRow(1);
  const enRow = sheet.getRow(2);
  columns.forEach((c, i) => {
    const head = zhRow.getCell(i + 1);
    head.value = c.zh;
    head.font = { bold: true, color: { argb: c.required ? "FF9F1239" : "FF1E293B" } };
    head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    head.note = { texts: [{ text: `${c.en}\n${c.help}` }] };
    const en = enRow.getCell(i + 1);
    en.value = c.en;
    en.font = { italic: true, size: 9, color: { argb: "FF64748B" } };
  });
  extra.forEach((e, i) => {
    const col = columns.length + i + 1;
    Object.assign(zhRow.getCell(col), { value: e.zh, font: { bold: true, color: { argb: "FF64748B" } } });
    Object.assign(enRow.getCell(col), { value: e.en, font: { italic: true, size: 9, color: { argb: "FF64748B" } } });
  });
  // Text columns keep what is typed (a major code 051021 stays a code, not the number 51021).
  columns.forEach((c, i) => {
    if (c.spec.type === "text" || c.spec.type === "list" || c.spec.type === "prizes" || c.spec.type === "textarea") {
      sheet.getColumn(i + 1).numFmt = "@";
    }
  });
  return { sheet, columns };
}

export async function buildTemplate(kind: RecordKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Nianbao";
  workbook.created = new Date(0);
  const { sheet, columns } = addDataSheet(workbook, kind);

  const example = sheet.getRow(3);
  columns.forEach((c, i) => {
    const v = exampleValue(c, kind.slug);
    example.getCell(i + 1).value = i === 0 ? `${EXAMPLE_MARK}${v}` : v;
    example.getCell(i + 1).font = { color: { argb: "FF94A3B8" } };
  });

  // Drop-downs of Chinese labels, listed on a hidden sheet (inline lists are limited to 255 characters).
  const lists = workbook.addWorksheet("选项", { state: "hidden" });
  let listCol = 0;
  columns.forEach((c, i) => {
    if (!c.options) return;
    listCol += 1;
    c.options.forEach((o, r) => {
      lists.getCell(r + 1, listCol).value = o.zh;
    });
    const letter = lists.getColumn(listCol).letter;
    const target = sheet.getColumn(i + 1).letter;
    // exceljs 4 implements worksheet.dataValidations; its typings omit it (declared in ./exceljs.d.ts).
    sheet.dataValidations.add(`${target}3:${target}${TEMPLATE_ROWS + 2}`, {
      type: "list",
      allowBlank: true,
      formulae: [`'选项'!$${letter}$1:$${letter}$${c.options.length}`],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "无效的选项",
      error: `请从列表中选择：${c.options.map((o) => o.zh).join("、")}`.slice(0, 250),
    });
  });

  const help = workbook.addWorksheet("填写说明");
  help.columns = [{ width: 22 }, { width: 18 }, { width: 90 }];
  help.addRow([`${kind.zh}导入模板（${kind.en} import template）`]).font = { bold: true, size: 13 };
  help.addRow([
    `在“${DATA_SHEET}”工作表第3行起填写，每行一条记录。第1、2行是表头，请勿修改；以“${EXAMPLE_MARK}”开头的示例行导入时自动忽略，可删除或覆盖。`,
  ]);
  help.addRow(["Fill in one record per row from row 3 of the first sheet. Keep the two header rows; the example row is skipped."]);
  help.addRow([]);
  help.addRow(["列（column）", "English", "说明（how to fill）"]).font = { bold: true };
  for (const c of columns) help.addRow([c.zh, c.en, c.help]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
