import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";

/**
 * Reading a PDF the way a viewer does, with pdf.js (the legacy build runs on Node 20): its text as
 * copy and search see it, the outline, named destinations and their pages, metadata. For tests
 * and checks; the printing process itself reads destinations with destinations.ts.
 */
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loaded: Promise<PdfJs> | undefined;
function pdfjs(): Promise<PdfJs> {
  // Loaded on first use (about a second); only scripts and tests use this module, never the web server.
  loaded ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return loaded;
}

export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  return lib.getDocument({ data: new Uint8Array(data), disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
}

type TextItem = { str: string; hasEOL: boolean; transform: number[]; width: number; height: number; fontName: string };

async function textItems(doc: PDFDocumentProxy, pageNumber: number): Promise<TextItem[]> {
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent();
  return content.items.filter((i) => "str" in i);
}

/** Each page's text; lines end with "\n". */
export async function pageTexts(doc: PDFDocumentProxy): Promise<string[]> {
  const out: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    out.push((await textItems(doc, p)).map((i) => i.str + (i.hasEOL ? "\n" : "")).join(""));
  }
  return out;
}

/** Text pieces lying (partly) outside the page box, e.g. a table cut at the right edge. */
export async function textOutsidePage(doc: PDFDocumentProxy): Promise<{ page: number; text: string }[]> {
  const out: { page: number; text: string }[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view; // pdf.js: always [x0, y0, x1, y1]
    for (const item of await textItems(doc, p)) {
      if (!item.str.trim()) continue;
      const x = item.transform[4] ?? 0; // pdf.js: a 6-number matrix
      const y = item.transform[5] ?? 0;
      if (x < x0 - 0.5 || x + item.width > x1 + 0.5 || y < y0 - 0.5 || y + item.height > y1 + 0.5) out.push({ page: p, text: item.str });
    }
  }
  return out;
}

export type OutlineNode = { title: string; page: number | null; items: OutlineNode[] };

async function pageOfDest(doc: PDFDocumentProxy, dest: unknown): Promise<number | null> {
  const explicit: unknown[] | null = typeof dest === "string" ? await doc.getDestination(dest) : (dest as unknown[] | null);
  const ref = explicit?.[0];
  if (ref == null) return null;
  if (typeof ref === "number") return ref + 1;
  return (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
}

export async function outline(doc: PDFDocumentProxy): Promise<OutlineNode[]> {
  const walk = async (items: { title: string; dest: unknown; items: unknown[] }[]): Promise<OutlineNode[]> =>
    Promise.all(
      items.map(async (i) => ({
        title: i.title,
        page: await pageOfDest(doc, i.dest),
        items: await walk(i.items as typeof items),
      })),
    );
  return walk((await doc.getOutline()) ?? []);
}

/** 1-based page of every named destination (Chromium makes one for each element a link points at). */
export async function destinationPages(doc: PDFDocumentProxy): Promise<Map<string, number>> {
  const dests = (await doc.getDestinations()) as Record<string, unknown[]>;
  const out = new Map<string, number>();
  for (const [name, dest] of Object.entries(dests)) {
    const page = await pageOfDest(doc, dest);
    if (page != null) out.set(name, page);
  }
  return out;
}

export async function documentInfo(
  doc: PDFDocumentProxy,
): Promise<{ title?: string; author?: string; language?: string; subject?: string }> {
  const { info } = await doc.getMetadata();
  const i = info as Record<string, unknown>;
  return { title: i.Title as string, author: i.Author as string, language: i.Language as string, subject: i.Subject as string };
}

/** Characters from the Kangxi Radicals and CJK Radicals Supplement blocks (U+2E80–U+2FDF). */
export function radicalCharacters(text: string): string[] {
  return [
    ...new Set(
      [...text].filter((c) => {
        const cp = c.codePointAt(0)!;
        return cp >= 0x2e80 && cp <= 0x2fdf;
      }),
    ),
  ];
}
