import { describe, expect, it } from "vitest";
import { documentInfo, openPdf } from "./inspect";
import { pdfTextString, setPdfInfo } from "./metadata";

/** A one-page PDF written the way Skia writes them: classic xref table, trailer with /Info. */
function tinyPdf(): Uint8Array {
  const objects = [
    "<</Producer (Skia/PDF m156)\n/CreationDate (D:20261127000000+00'00')>>",
    "<</Type /Catalog /Pages 3 0 R /Lang (zh-CN)>>",
    "<</Type /Pages /Kids [4 0 R] /Count 1>>",
    "<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, "latin1");
}

describe("setPdfInfo", () => {
  it("writes a PDF text string as UTF-16BE hex", () => {
    expect(pdfTextString("年A")).toBe("<FEFF5E740041>");
  });

  it("sets title and author in Chinese, keeps the producer and dates, and the PDF still opens", async () => {
    const pdf = setPdfInfo(tinyPdf(), {
      title: "天津城市职业学院2022年度质量报告",
      author: "天津城市职业学院",
      subject: "质量年报（第1版）",
    });
    const doc = await openPdf(pdf);
    expect(doc.numPages).toBe(1);
    expect(await documentInfo(doc)).toMatchObject({
      title: "天津城市职业学院2022年度质量报告",
      author: "天津城市职业学院",
      subject: "质量年报（第1版）",
      language: "zh-CN",
    });
    const { info } = await doc.getMetadata();
    expect((info as Record<string, unknown>).Producer).toBe("Skia/PDF m156");
    await doc.destroy();
    const tail = Buffer.from(pdf).toString("latin1");
    expect(tail).toMatch(/\/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
  });

  it("refuses a file without a trailer", () => {
    expect(() => setPdfInfo(Buffer.from("%PDF-1.7 nothing"), { title: "t", author: "a" })).toThrow(/trailer/);
  });
});
