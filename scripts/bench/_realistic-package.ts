// Submission packages of a real one's size for the province import bench: the six indicator tables
// with the 2024 rule pack's row counts, ten cases of ~800 characters with a ~100 KB photo each, ~15,000
// characters of narrative, fifteen 10-row tables, a ~400 KB PDF, a ~150 KB Word file and a ~40 KB workbook. Built through
// the package schema (lib/package/synthetic.ts's report) and zipped as an export zips them
// (lib/package/zip.ts). The bytes of the printed forms and photos are noise (no one opens them on
// import) behind a real header, each file made unique so no two packages share a hash.
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { INDICATOR_TABLE_KEYS, packageReport, type IndicatorFigure } from "../../lib/package/synthetic";
import { zipPackage, type PackageFile } from "../../lib/package/zip";
import type { CollegeType } from "../../lib/package/schema";

/** Rows per indicator table in rule-packs/2024.json (scorecard, feedback, resources, international, service, policy). */
export const RULE_PACK_2024_ROWS = [7, 4, 9, 10, 15, 5] as const;

function rows(table: string, n: number, seed: number): IndicatorFigure[] {
  return Array.from({ length: n }, (_, i) => {
    const denominator = i % 3 === 0 ? 200 + ((seed * 7 + i * 13) % 900) : null;
    const numerator = denominator === null ? null : Math.round(denominator * (0.5 + ((seed + i) % 50) / 100));
    const value = denominator === null ? (seed * 31 + i * 17) % 5000 : Math.round((numerator! / denominator) * 10000) / 100;
    return { code: `${table}.r${String(i + 1).padStart(2, "0")}`, value, numerator, denominator, skipped: false };
  });
}

/** One noise JPEG (~100 KB) made once: the photos are it plus a unique tail (decoders stop at the end marker). */
let baseJpeg: Buffer | null = null;
async function jpeg(): Promise<Buffer> {
  baseJpeg ??= await sharp(randomBytes(320 * 240 * 3), { raw: { width: 320, height: 240, channels: 3 } })
    .resize(640, 480)
    .jpeg({ quality: 80 })
    .toBuffer();
  return baseJpeg;
}

const unique = (head: Uint8Array, size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  bytes.set(randomBytes(size - head.byteLength), head.byteLength);
  return bytes;
};
const withTail = (bytes: Uint8Array) => Buffer.concat([bytes, randomBytes(16)]);

const paragraph = (seed: number, chars: number) =>
  "学校坚持立德树人，深化产教融合，校企共建实训基地与课程，毕业生就业质量稳步提高。".repeat(Math.ceil(chars / 40)).slice(0, chars) +
  String(seed);

export async function realisticPackage(options: { code: string; type: CollegeType; version?: number }): Promise<Uint8Array> {
  const seed = Number(options.code.slice(-4));
  const figures = Object.fromEntries(INDICATOR_TABLE_KEYS.map((key, t) => [key, rows(key, RULE_PACK_2024_ROWS[t]!, seed)]));
  const report = packageReport({ code: options.code, type: options.type, version: options.version, cases: 10, figures });
  report.narratives = Array.from({ length: 30 }, (_, i) => ({
    sectionKey: `s${i}`,
    number: String(i + 1),
    title: `第${i + 1}节`,
    level: 2,
    text: paragraph(seed + i, 500),
  }));
  for (const c of report.cases) c.text = paragraph(seed + c.number, 800);
  report.tables = Array.from({ length: 15 }, (_, i) => ({
    number: i + 1,
    key: `t${i}`,
    caption: `表${i + 1}`,
    columns: ["项目", "2023", "2024", "变化", "备注"],
    rows: Array.from({ length: 10 }, (_, r) => [`项目${r + 1}`, String(seed + r), String(seed + r + 7), "7", ""]),
  }));
  const photo = await jpeg();
  const files: PackageFile[] = [
    { path: "report.pdf", bytes: unique(new TextEncoder().encode("%PDF-1.7\n"), 400 * 1024) },
    { path: "report.docx", bytes: unique(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), 150 * 1024) },
    { path: "data.xlsx", bytes: unique(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), 40 * 1024) },
    ...report.cases.flatMap((c) => c.photos.map((p) => ({ path: p.path.replace(/\.png$/, ".jpg"), bytes: withTail(photo) }))),
  ];
  for (const c of report.cases) for (const p of c.photos) p.path = p.path.replace(/\.png$/, ".jpg");
  return zipPackage({ report, files, at: new Date(Date.UTC(2025, 0, 10)) });
}
