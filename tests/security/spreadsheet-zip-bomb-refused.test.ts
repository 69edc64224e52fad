import zlib from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { parseSpreadsheet } from "../../lib/import/parse";

/**
 * Finding 5: the import trusted the sizes a zip declares; a 1.5 MB .xlsx declaring 16 KB inflated
 * to 1.5 GB inside exceljs. Here the workbooks are built by hand with the same lie in their
 * central directory: a worksheet that inflates past the ceiling is refused with a clear message,
 * a huge image (a part the import never reads) is not even unpacked.
 */
type Part = { name: string; content: Buffer; declaredSize?: number };

/** A zip (deflate) whose central directory may lie about uncompressed sizes. */
function zipOf(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const data = zlib.deflateRawSync(part.content, { level: 9 });
    const crc = zlib.crc32(part.content);
    const size = part.declaredSize ?? part.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function workbookParts(rows: string[][]): Promise<Part[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("数据");
  for (const row of rows) sheet.addRow(row);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const parts: Part[] = [];
  for (const file of Object.values(zip.files)) if (!file.dir) parts.push({ name: file.name, content: await file.async("nodebuffer") });
  return parts;
}

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await parseSpreadsheet(bytes);
    return "OK";
  } catch (err) {
    if (err instanceof AppError) return err.message;
    throw err;
  }
}

const HUNDRED_MB = 100 * 1024 * 1024;

describe("spreadsheet import and zip bombs", () => {
  it("refuses a worksheet that inflates to 200 MB while its zip declares 16 KB", async () => {
    const parts = await workbookParts([["竞赛名称"], ["甲"]]);
    const sheet = parts.find((p) => p.name === "xl/worksheets/sheet1.xml")!;
    const xml = sheet.content.toString("utf8");
    const padding = Buffer.alloc(2 * HUNDRED_MB, 0x20);
    sheet.content = Buffer.concat([Buffer.from(xml.replace("</worksheet>", "")), padding, Buffer.from("</worksheet>")]);
    sheet.declaredSize = 16 * 1024;
    const bomb = zipOf(parts);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal(bomb)).toMatch(/解压后过大.*too large when unpacked/);
  });

  it("does not unpack parts the import does not need (a 200 MB image declared as 16 KB)", async () => {
    const parts = await workbookParts([
      ["竞赛名称", "级别"],
      ["全国职业院校技能大赛", "国家级"],
    ]);
    parts.push({ name: "xl/media/image1.png", content: Buffer.alloc(2 * HUNDRED_MB), declaredSize: 16 * 1024 });
    // Zipped before measuring: compressing reads the 200 MB part, which may make it resident.
    const bomb = zipOf(parts);
    const before = process.memoryUsage().rss;
    const sheet = await parseSpreadsheet(bomb);
    expect(sheet.rows.map((r) => r.values)).toEqual([
      ["竞赛名称", "级别"],
      ["全国职业院校技能大赛", "国家级"],
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(HUNDRED_MB);
  });

  it("stops at the row limit before building the rows", async () => {
    const rows = Array.from({ length: 20_100 }, (_, i) => [`第${i}行`]);
    expect(await refusal(zipOf(await workbookParts(rows)))).toMatch(/最多导入/);
  });
});
