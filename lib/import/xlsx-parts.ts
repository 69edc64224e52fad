import zlib from "node:zlib";
import JSZip from "jszip";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";

/**
 * Unpacks only the parts of an .xlsx that the import reads (workbook, relationships, shared
 * strings, styles, worksheets), inflating each with a hard ceiling on the bytes actually produced,
 * and packs them again uncompressed for exceljs. The sizes a zip declares are not trusted: a
 * 1.5 MB "zip bomb" declaring 16 KB inflated to 1.5 GB. Images, drawings and the rest are skipped.
 */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

const NEEDED =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

export const tooLargeUnpacked = () =>
  new AppError("INVALID", bi("工作簿解压后过大，请拆分文件", "the workbook is too large when unpacked: split the file"));
const damaged = () =>
  new AppError("INVALID", bi("无法读取该 Excel 文件，文件可能已损坏", "the workbook cannot be read; it may be damaged"));

type Entry = { name: string; method: number; compressedSize: number; localOffset: number };

function centralDirectory(bytes: Buffer): Entry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) throw damaged();
    const nameLength = bytes.readUInt16LE(offset + 28);
    entries.push({
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      localOffset: bytes.readUInt32LE(offset + 42),
      name: bytes.toString("utf8", offset + 46, offset + 46 + nameLength).replace(/^\//, ""),
    });
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

function inflate(bytes: Buffer, entry: Entry, budget: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) throw damaged();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > budget) throw tooLargeUnpacked();
    return Buffer.from(data);
  }
  if (entry.method !== 8) throw damaged();
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooLargeUnpacked();
    throw damaged();
  }
}

/** The needed parts, inflated within `budget` bytes in total, as a new (stored) .xlsx for exceljs. */
export async function boundedXlsx(input: Uint8Array, budget = MAX_INFLATED_BYTES): Promise<{ xlsx: Buffer; parts: Map<string, Buffer> }> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const parts = new Map<string, Buffer>();
  let left = budget;
  for (const entry of centralDirectory(bytes)) {
    if (!NEEDED.test(entry.name)) continue;
    const content = inflate(bytes, entry, left);
    left -= content.length;
    if (left < 0) throw tooLargeUnpacked();
    parts.set(entry.name, content);
  }
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content);
  return { xlsx: await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }), parts };
}
