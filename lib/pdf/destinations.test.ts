import { describe, expect, it } from "vitest";
import { namedDestinationPages, readDestinations } from "./destinations";
import { destinationPages, openPdf } from "./inspect";
import { setPdfInfo } from "./metadata";

/** A PDF laid out as Skia writes it, with a two-level page tree and named destinations. */
function pdfWithDests(): Uint8Array {
  const objects: Record<number, string> = {
    1: "<</Producer (Skia/PDF m156)>>",
    2: "<</Type /Catalog /Pages 3 0 R /Dests 9 0 R>>",
    3: "<</Type /Pages /Kids [4 0 R 5 0 R] /Count 3>>",
    4: "<</Type /Pages /Parent 3 0 R /Kids [6 0 R 7 0 R] /Count 2>>",
    5: "<</Type /Pages /Parent 3 0 R /Kids [8 0 R] /Count 1>>",
    6: "<</Type /Page /Parent 4 0 R /MediaBox [0 0 595 842]>>",
    7: "<</Type /Page /Parent 4 0 R /MediaBox [0 0 595 842]>>",
    8: "<</Type /Page /Parent 5 0 R /MediaBox [0 0 595 842]>>",
    9: "<</ch-preface [7 0 R /XYZ 0 826.17 0]\n/sec-student-party [8 0 R /XYZ 0 700 0]\n/a#2Db [6 0 R /XYZ 0 10 0]>>",
  };
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let i = 1; i <= 9; i++) {
    offsets.push(out.length);
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 10\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<</Size 10\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, "latin1");
}

describe("namedDestinationPages", () => {
  it("finds each destination's page through a nested page tree, as pdf.js does", async () => {
    const pdf = pdfWithDests();
    const mine = namedDestinationPages(pdf);
    expect(Object.fromEntries(mine)).toEqual({ "ch-preface": 2, "sec-student-party": 3, "a-b": 1 });
    expect(readDestinations(pdf).pages).toBe(3);
    const doc = await openPdf(pdf);
    expect(Object.fromEntries(await destinationPages(doc))).toEqual(Object.fromEntries(mine));
    await doc.destroy();
  });

  it("reads a PDF after an incremental update (our metadata)", () => {
    const updated = setPdfInfo(pdfWithDests(), { title: "t", author: "a" });
    expect(namedDestinationPages(updated).get("ch-preface")).toBe(2);
  });

  it("returns nothing for a PDF without destinations", () => {
    const pdf = Buffer.from(Buffer.from(pdfWithDests()).toString("latin1").replace(" /Dests 9 0 R", "             "), "latin1");
    expect(namedDestinationPages(pdf).size).toBe(0);
  });
});
