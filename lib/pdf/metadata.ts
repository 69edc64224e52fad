/**
 * Sets the PDF document information (Title, Author, Subject, Keywords, Creator) by appending an
 * incremental update: a new Info dictionary, an xref section for it and a trailer pointing at it.
 * Chromium writes Title (from <title>) and /Lang (from <html lang>, with tagged output) but no
 * Author; pdf-lib would do this too, but a 40-line update avoids a dependency.
 */
export type PdfInfo = { title: string; author: string; subject?: string; keywords?: string; creator?: string };

/** A PDF text string: UTF-16BE with a byte-order mark, written in hex so no escaping is needed. */
export function pdfTextString(value: string): string {
  let hex = "FEFF";
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

function lastMatch(text: string, re: RegExp): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const m of text.matchAll(re)) found = m;
  return found;
}

export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const startxref = lastMatch(text, /startxref\s+(\d+)\s+%%EOF/g);
  const trailer = lastMatch(text, /trailer\s*<<([\s\S]*?)>>\s*startxref/g);
  if (!startxref || !trailer) throw new Error("PDF without a classic trailer: cannot update its metadata");
  const dict = trailer[1]!; // group 1 is required by the pattern
  const size = Number(/\/Size\s+(\d+)/.exec(dict)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict)?.[1];
  if (!size || !root) throw new Error("PDF trailer without /Size or /Root");

  // Keep what Chromium wrote that we do not set (Producer, dates).
  const oldInfoRef = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(dict);
  let kept = "";
  if (oldInfoRef) {
    const obj = new RegExp(`(?:^|[\\r\\n])${oldInfoRef[1]}\\s+${oldInfoRef[2]}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text);
    for (const key of ["Producer", "CreationDate", "ModDate"]) {
      const m = obj && new RegExp(`/${key}\\s*(\\([^)]*\\)|<[0-9A-Fa-f]*>)`).exec(obj[1]!);
      if (m) kept += `/${key} ${m[1]}\n`;
    }
  }
  const entries = [
    `/Title ${pdfTextString(info.title)}`,
    `/Author ${pdfTextString(info.author)}`,
    info.subject ? `/Subject ${pdfTextString(info.subject)}` : "",
    info.keywords ? `/Keywords ${pdfTextString(info.keywords)}` : "",
    `/Creator ${pdfTextString(info.creator ?? "Nianbao 年报")}`,
  ]
    .filter(Boolean)
    .join("\n");

  const base = pdf.byteLength;
  const needsNewline = text.endsWith("\n") ? "" : "\n";
  const objOffset = base + needsNewline.length;
  const obj = `${size} 0 obj\n<<\n${entries}\n${kept}>>\nendobj\n`;
  const xrefOffset = objOffset + obj.length;
  const xref =
    `xref\n${size} 1\n${String(objOffset).padStart(10, "0")} 00000 n \n` +
    `trailer\n<</Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R\n/Prev ${startxref[1]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(pdf), Buffer.from(needsNewline + obj + xref, "latin1")]);
}
