import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../lib/demo/seed";
import { storeUpload } from "../../lib/files/store";
import { renderReportPdf } from "../../lib/pdf/render";
import { buildReportDocument } from "../../lib/report/engine/build";
import { chromiumSkipReason } from "../support/chromium";
import { migratedDatabase } from "../support/database";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-pdf-photo-"));
process.env.NIANBAO_DATA_DIR = dataDir;

const noChromium = chromiumSkipReason();

/** An uploaded photo of an approved figure appears in the report and is printed into the PDF. */
describe("photos in the printed report", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    if (noChromium) return;
    database = await migratedDatabase();
    await seedDemo(database.prisma, { users: true });
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("embeds the web copy of the photo", async (ctx) => {
    ctx.skip(noChromium !== undefined, noChromium);
    const png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#2e86c1" } })
      .png()
      .toBuffer();
    const file = await storeUpload({ bytes: png, originalName: "宣讲现场.png", uploadedById: null, tx: database.prisma });
    await database.prisma.figure.update({ where: { id: "demo-figure-3" }, data: { fileId: file.id } });

    const doc = await buildReportDocument({ prisma: database.prisma, year: 2022, mode: "approved" });
    expect(JSON.stringify(doc)).toContain(`/files/${file.id}/web`);
    const { pdf } = await renderReportPdf(doc!);
    const out = path.join(dataDir, "report.pdf");
    fs.writeFileSync(out, pdf);
    const images = execFileSync("pdfimages", ["-list", out], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter(Boolean)
      .map((line) => line.trim().split(/\s+/))
      .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]) }));
    expect(images).toContainEqual({ width: 1600, height: 800 });
  }, 120_000);
});
