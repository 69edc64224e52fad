import "server-only";
import ExcelJS from "exceljs";
import { entered } from "../decimal";
import type { MaybeActor } from "../auth/actor";
import { enumLabel } from "../records/labels";
import { listRecords, type TListFilters } from "../records/access";
import { toJsonValue } from "../records/db-data";
import { formatPrizes } from "../records/format";
import { MONEY_UNIT } from "../records/declare";
import type { RecordKind } from "../records/kinds";
import type { TPrize } from "../records/schema";
import { db } from "../server/db";
import type { ImportColumn } from "./columns";
import { safeFilters } from "./sort";
import { addDataSheet } from "./template";
import { printed } from "../text";

/**
 * A filtered list → .xlsx with the template's headers, so an export can be edited and imported
 * again. Rows are read through listRecords, i.e. with the actor's read scope in the query.
 * Extra columns (年度, 部门, 状态, 编号) follow; the import ignores them.
 */
export const EXPORT_MAX_ROWS = 50_000;
/** Excel's number format for an amount of money: two decimals at least, four at most (the fields' scale). */
export const MONEY_FORMAT = "0.00##";
const PAGE = 500;

function cell(col: ImportColumn, raw: unknown): ExcelJS.CellValue {
  if (raw === null || raw === undefined || raw === "") return null;
  switch (col.spec.type) {
    case "select":
      return enumLabel(printed(raw), "zh");
    case "prizes":
      return formatPrizes(raw as TPrize[]);
    case "list":
      return (raw as string[]).join("、");
    case "checkbox":
      return raw ? "是" : "否";
    case "int":
      return Number(raw);
    case "date":
      return String(toJsonValue(raw, col.field)).slice(0, 10);
    case "decimal": {
      // Its significant decimals (the column pads 3.465 to 3.4650); a number cell when that loses nothing.
      const s = entered(String(toJsonValue(raw)));
      return String(Number(s)) === s ? Number(s) : s;
    }
    default:
      return printed(raw);
  }
}

/** The export's sheet: the kind's columns (from its declaration), then 年度, 部门, 状态, 编号; rows are added by the caller. */
export function exportSheet(kind: RecordKind, departments: Map<string, string>) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Nianbao";
  const { sheet, columns } = addDataSheet(workbook, kind, [
    { zh: "年度", en: "Year", width: 8 },
    { zh: "部门", en: "Department", width: 22 },
    { zh: "状态", en: "Status", width: 10 },
    { zh: "编号", en: "ID", width: 28 },
  ]);
  // Money (万元) shows at least two decimals in Excel as on every screen (12.50, not 12.5), and up to
  // the four a field keeps (3.465 stays 3.465): the number cell holds the value, the format its print.
  columns.forEach((c, i) => {
    if (c.spec.type === "decimal" && c.spec.unit === MONEY_UNIT) sheet.getColumn(i + 1).numFmt = MONEY_FORMAT;
  });
  const addRecord = (r: Record<string, unknown>) =>
    sheet.addRow([
      ...columns.map((c) => cell(c, r[c.field])),
      Number(r.year),
      departments.get(String(r.departmentId)) ?? "",
      enumLabel(String(r.status), "zh"),
      String(r.id),
    ]);
  return { workbook, addRecord };
}

export async function exportRecords(options: {
  actor: MaybeActor;
  kind: RecordKind;
  filters: TListFilters;
}): Promise<{ buffer: Buffer; rows: number }> {
  const { actor, kind } = options;
  const filters = safeFilters(kind, options.filters);
  const departments = new Map((await db().department.findMany({ select: { id: true, name: true } })).map((d) => [d.id, d.name]));
  const { workbook, addRecord } = exportSheet(kind, departments);
  let count = 0;
  for (let page = 1; count < EXPORT_MAX_ROWS; page++) {
    const { rows, total } = await listRecords({ actor, kind, filters: { ...filters, page, pageSize: PAGE } });
    rows.forEach(addRecord);
    count += rows.length;
    if (rows.length < PAGE || count >= total) break;
  }
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), rows: count };
}
