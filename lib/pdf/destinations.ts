/**
 * The page of every named destination in a PDF that Chromium (Skia) wrote: a classic xref table,
 * uncompressed object dictionaries, `/Dests` in the catalog. This is all the table of contents
 * needs between the two print passes; pdf.js would do it too but costs ~120 MB and ~0.5 s to load
 * in the printing process. (The tests check the result independently with pdf.js.)
 */
type Ref = { num: number; gen: number };

function parseXref(text: string): Map<number, number> {
  const offsets = new Map<number, number>();
  let at = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? NaN);
  const seen = new Set<number>();
  while (Number.isFinite(at) && !seen.has(at)) {
    seen.add(at);
    const section = text.slice(at);
    if (!section.startsWith("xref")) throw new Error("PDF uses an xref stream: not a Chromium PDF");
    const trailerAt = section.indexOf("trailer");
    const body = section.slice(4, trailerAt);
    const lines = body
      .split(/\r?\n|\r/)
      .map((l) => l.trim())
      .filter(Boolean);
    for (let i = 0; i < lines.length;) {
      const [first, count] = lines[i]!.split(/\s+/).map(Number);
      if (first === undefined || count === undefined) break; // a malformed subsection header ends the section
      for (let k = 0; k < count; k++) {
        const entry = lines[i + 1 + k];
        if (entry === undefined) throw new Error("PDF xref subsection shorter than its count");
        const [off, , kind] = entry.split(/\s+/);
        // Later sections are newer: keep the first offset we see for an object.
        if (kind === "n" && !offsets.has(first + k)) offsets.set(first + k, Number(off));
      }
      i += 1 + count;
    }
    const prev = /\/Prev\s+(\d+)/.exec(section.slice(trailerAt, section.indexOf(">>", trailerAt) + 2));
    at = prev ? Number(prev[1]) : NaN;
  }
  return offsets;
}

function trailerRoot(text: string): number {
  const trailers = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>/g)];
  const root = /\/Root\s+(\d+)\s+\d+\s+R/.exec(trailers[trailers.length - 1]?.[1] ?? "");
  if (!root) throw new Error("PDF without /Root");
  return Number(root[1]);
}

/** The dictionary text of an object: from "<<" to its matching ">>". */
function objectDict(text: string, offsets: Map<number, number>, num: number): string {
  const at = offsets.get(num);
  if (at === undefined) throw new Error(`PDF object ${num} not found`);
  const start = text.indexOf("<<", at);
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === "<" && text[i + 1] === "<") {
      depth++;
      i++;
    } else if (text[i] === ">" && text[i + 1] === ">") {
      depth--;
      i++;
      if (depth === 0) return text.slice(start, i + 1);
    } else if (text[i] === "(") {
      // Skip a literal string, which may contain unbalanced << or >>.
      let level = 0;
      for (; i < text.length; i++) {
        if (text[i] === "\\") {
          i++;
          continue;
        }
        if (text[i] === "(") level++;
        else if (text[i] === ")" && --level === 0) break;
      }
    }
  }
  throw new Error(`PDF object ${num} has no dictionary`);
}

const refIn = (dict: string, key: string): Ref | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`).exec(dict);
  return m ? { num: Number(m[1]), gen: Number(m[2]) } : null;
};

function pageOrder(text: string, offsets: Map<number, number>, root: number): Map<number, number> {
  const order = new Map<number, number>();
  const walk = (num: number) => {
    const dict = objectDict(text, offsets, num);
    if (/\/Type\s*\/Page\b(?!s)/.test(dict)) {
      order.set(num, order.size + 1);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? "";
    for (const m of kids.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(m[1]));
  };
  const pages = refIn(objectDict(text, offsets, root), "Pages");
  if (!pages) throw new Error("PDF catalog without /Pages");
  walk(pages.num);
  return order;
}

const decodeName = (name: string) => name.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** 1-based page of each named destination (Chromium writes one for every element a link targets). */
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> {
  return readDestinations(pdf).destinations;
}

export function readDestinations(pdf: Uint8Array): { destinations: Map<string, number>; pages: number } {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const offsets = parseXref(text);
  const root = trailerRoot(text);
  const catalog = objectDict(text, offsets, root);
  const pages = pageOrder(text, offsets, root);
  const out = new Map<string, number>();
  const destsRef = refIn(catalog, "Dests");
  const direct = /\/Dests\s*<</.exec(catalog);
  const dests = destsRef ? objectDict(text, offsets, destsRef.num) : direct ? catalog.slice(direct.index) : "";
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = pages.get(Number(m[2]));
    if (page !== undefined) out.set(decodeName(m[1]!), page); // group 1 is required by the pattern
  }
  return { destinations: out, pages: pages.size };
}
