import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * Fonts as Chinese offices expect them: 宋体 for text, 黑体 for headings, Times New Roman for Latin
 * text and digits. A Word document names one font per run, so the fallbacks live in the font
 * table: each font declares an alternative name (Word uses it when the font is missing, e.g. on
 * a Mac or Linux machine with Noto CJK only), the GB2312 character set and its family
 * (roman = serif, modern = sans), which LibreOffice and Word use to pick a substitute.
 */
export const BODY_FONT = "宋体";
export const HEADING_FONT = "黑体";
export const LATIN_FONT = "Times New Roman";

const FONT_TABLE = [
  { name: BODY_FONT, altName: "Noto Serif CJK SC", panose: "02010600030101010101", charset: "86", family: "roman", pitch: "variable" },
  { name: HEADING_FONT, altName: "Noto Sans CJK SC", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "variable" },
  { name: LATIN_FONT, altName: "Liberation Serif", panose: "02020603050405020304", charset: "00", family: "roman", pitch: "variable" },
];

const fontXml = (f: (typeof FONT_TABLE)[number]) =>
  `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/>` +
  `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;

/** Writes the font table into a packed .docx (the docx package leaves it empty). */
export function addFontFallbacks(docx: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  const table = files["word/fontTable.xml"];
  if (!table) return docx;
  const xml = strFromU8(table);
  const fonts = FONT_TABLE.map(fontXml).join("");
  const filled =
    xml.endsWith("/>") && /<w:fonts\b[^>]*\/>$/.test(xml)
      ? xml.replace(/\/>$/, `>${fonts}</w:fonts>`)
      : xml.replace("</w:fonts>", `${fonts}</w:fonts>`);
  files["word/fontTable.xml"] = strToU8(filled);
  // [Content_Types].xml first, as Word writes it; media stored without recompression.
  const ordered: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  const names = Object.keys(files).sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0));
  for (const name of names) {
    const data = files[name]!; // name comes from Object.keys(files)
    ordered[name] = /\.(png|jpe?g)$/i.test(name) ? [data, { level: 0 }] : data;
  }
  return Buffer.from(zipSync(ordered, { level: 6 }));
}
