// The demo 2022 report exported as Word through the CLI (`npm run report:docx`), with one uploaded
// photo, read back the way Word users and other programs see it: mammoth for the headings, text,
// tables and pictures; the package's XML for styles, fields, header and footer; LibreOffice
// headless for opening it and counting its pages against the PDF's.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeUpload } from "../../lib/files/store";
import { openPdf } from "../../lib/pdf/inspect";
import { renderReportPdf } from "../../lib/pdf/render";
import type { FigureBlock, ReportDocument, ReportSection, TableBlock } from "../../lib/report/model/document";
import { getEdition, publishEdition } from "../../lib/report/editions/editions";
import { renderReportHtml } from "../../lib/report/engine/html";
import { chromiumSkipReason } from "../support/chromium";
import { demoDatabase } from "../support/database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-docx-"));
process.env.NIANBAO_DATA_DIR = dataDir;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const textOf = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

/** Rows of an HTML table as cell texts (header row first). */
function htmlRows(tableHtml: string): string[][] {
  return [...tableHtml.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((td) => textOf(td[1]!)),
  );
}

function tablesOf(doc: ReportDocument): TableBlock[] {
  const out: TableBlock[] = [];
  const visit = (s: ReportSection) => {
    for (const b of s.blocks) if (b.type === "table") out.push(b);
    s.sections.forEach(visit);
  };
  doc.chapters.forEach(visit);
  return [...out, ...doc.appendix];
}

function figuresOf(doc: ReportDocument): FigureBlock[] {
  const out: FigureBlock[] = [];
  const visit = (s: ReportSection) => {
    for (const b of s.blocks) {
      if (b.type === "figure") out.push(b);
      else if (b.type === "case") out.push(...b.figures);
    }
    s.sections.forEach(visit);
  };
  doc.chapters.forEach(visit);
  return out;
}

describe("Word export of the demo 2022 report", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let file: string;
  let report: ReportDocument;
  let html: string;
  let xml: Record<string, string>;
  let media: Record<string, Uint8Array>;

  beforeAll(async () => {
    database = await demoDatabase();
    // One figure gets a real photo, then the year is published again so the edition carries it.
    const png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#2e86c1" } })
      .png()
      .toBuffer();
    const photo = await storeUpload({ bytes: png, originalName: "宣讲现场.png", uploadedById: null, tx: database.prisma });
    await database.prisma.figure.update({ where: { id: "demo-figure-3" }, data: { fileId: photo.id } });
    // The college's logo (a square red seal, so the cover's picture is told apart from the photo and the charts).
    const seal = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#c0392b" } })
      .png()
      .toBuffer();
    const logo = await storeUpload({ bytes: seal, originalName: "校徽.png", uploadedById: null, tx: database.prisma });
    await database.prisma.institution.updateMany({ data: { logoFileId: logo.id } });
    await publishEdition({ actor: database.actors.admin!, year: 2022, prisma: database.prisma });
    const edition = await getEdition({ year: 2022, prisma: database.prisma });
    report = edition!.document;
    expect(JSON.stringify(report)).toContain(`/files/${photo.id}/web`);

    file = path.join(dataDir, "report-2022.docx");
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/report-docx.ts", "--year", "2022", "--out", file],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 180_000,
        env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_MAX: String(database.poolMax), NIANBAO_DATA_DIR: dataDir },
      },
    );
    if (run.status !== 0) throw new Error(`report:docx failed (${run.status}): ${run.stderr}\n${run.stdout}`);
    const buffer = fs.readFileSync(file);
    html = (
      await mammoth.convertToHtml(
        { buffer },
        {
          convertImage: mammoth.images.imgElement((image) => Promise.resolve({ src: `image:${image.contentType}` })),
        },
      )
    ).value;
    const files = unzipSync(new Uint8Array(buffer));
    xml = Object.fromEntries(
      Object.entries(files)
        .filter(([n]) => n.endsWith(".xml") || n.endsWith(".rels"))
        .map(([n, b]) => [n, strFromU8(b)]),
    );
    media = Object.fromEntries(Object.entries(files).filter(([n]) => n.startsWith("word/media/")));
  }, 300_000);

  afterAll(async () => {
    await database?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("has Word headings in the report's outline: chapters 标题1, sections 标题2, cases 标题3", () => {
    const headings = [...html.matchAll(/<h([1-3])>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: textOf(m[2]!) }));
    expect(headings.filter((h) => h.level < 3)).toEqual(report.toc.map((t) => ({ level: t.level, text: t.label })));
    const cases = headings.filter((h) => h.level === 3).map((h) => h.text);
    expect(cases).toHaveLength(report.counts.cases);
    expect(cases[0]).toMatch(/^案例1：/);
    expect(cases[21]).toMatch(/^案例22：/);
    // Heading styles carry outline levels, which the navigation pane and the TOC field read.
    expect(xml["word/styles.xml"]).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(xml["word/styles.xml"]).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/);
  });

  it("has a TOC field listing the chapters and sections", () => {
    const body = xml["word/document.xml"];
    expect(body).toContain(`TOC \\h \\o &quot;1-2&quot;`);
    const toc = body!.slice(body!.indexOf("<w:sdt>"), body!.indexOf("</w:sdt>"));
    for (const t of report.toc) expect(toc, t.label).toContain(t.label);
  });

  it("has every 表N as a Word table with the HTML's rows and cells and a repeated header row", () => {
    const pageHtml = renderReportHtml(report);
    const tables = tablesOf(report);
    expect(tables).toHaveLength(report.counts.tables);
    for (const t of tables) {
      const caption = `表${t.number} ${t.caption}`;
      const at = html.indexOf(`<p>${escape(caption)}</p><table>`);
      expect(at, caption).toBeGreaterThan(0);
      const word = htmlRows(html.slice(at, html.indexOf("</table>", at)));
      const start = pageHtml.indexOf(`data-table="${t.number}"`);
      const web = htmlRows(pageHtml.slice(start, pageHtml.indexOf("</table>", start)));
      expect(word.length, caption).toBe(t.rows.length + 1);
      expect(word, caption).toEqual(web);
    }
    const repeated = xml["word/document.xml"]!.match(/<w:tblHeader\/>/g) ?? [];
    expect(repeated.length).toBeGreaterThanOrEqual(tables.length);
  });

  it("embeds a picture before every 图N caption: charts as PNG, the uploaded photo as its web copy", async () => {
    const figures = figuresOf(report);
    expect(figures).toHaveLength(report.counts.figures);
    for (const f of figures) {
      const caption = `<p>${escape(`图${f.number} ${f.caption}`)}</p>`;
      const at = html.indexOf(caption);
      expect(at, `图${f.number}`).toBeGreaterThan(0);
      expect(html.slice(Math.max(0, at - 200), at), `图${f.number}`).toMatch(/<p><img [^>]*\/><\/p>$/);
    }
    const images = html.match(/<img /g) ?? [];
    // Every figure's picture, and the logo on the cover.
    expect(images.length).toBe(figures.length + 1);
    const sizes = await Promise.all(
      Object.values(media).map(async (m) => {
        const s = await sharp(m).metadata();
        return `${s.format} ${s.width}x${s.height}`;
      }),
    );
    expect(sizes).toContain("jpeg 1600x800");
    expect(sizes.filter((s) => s.startsWith("png")).length).toBeGreaterThanOrEqual(2);
  });

  it("prints the college's logo on the cover, above the college's name, as the PDF does", async () => {
    expect(report.logoFileId).toBeTruthy();
    const first = html.indexOf("<img ");
    expect(first).toBeGreaterThanOrEqual(0);
    // The first picture of the document comes before the cover's title and the 目录.
    expect(first).toBeLessThan(html.indexOf(report.title));
    const body = xml["word/document.xml"]!;
    const logo = /<wp:docPr [^>]*name="校徽"[^>]*>/.exec(body)?.[0] ?? "";
    expect(logo).toContain(`descr="天津城市职业学院校徽"`);
    expect(body.indexOf('name="校徽"')).toBeLessThan(body.indexOf("TOC \\h"));
    const sizes = await Promise.all(Object.values(media).map(async (m) => sharp(m).metadata()));
    expect(sizes.map((s) => `${s.format} ${s.width}x${s.height}`)).toContain("jpeg 400x400");
  });

  it("boxes every 案例N in a bordered table cell", () => {
    for (let n = 1; n <= report.counts.cases; n++) expect(html, `案例${n}`).toMatch(new RegExp(`<table><tr><td><h3>案例${n}：`));
  });

  it("has the report's figures in its text and no unreplaced token", async () => {
    const text = (await mammoth.extractRawText({ path: file })).value;
    for (const n of ["3071", "95.08", "16615.25", "5.62", "84.5", "2903", "3.465", "16615.245"]) expect(text, n).toContain(n);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain("——以世界职业院校技能大赛为引领 助推高级技术技能人才培养");
  });

  it("has the running header, page numbers in the footer, 宋体/黑体 with Noto fallbacks, A4", () => {
    const headers = Object.entries(xml)
      .filter(([n]) => /^word\/header\d+\.xml$/.test(n))
      .map(([, x]) => x)
      .join("");
    expect(headers).toContain("天津城市职业学院2022年度质量报告");
    const footers = Object.entries(xml)
      .filter(([n]) => /^word\/footer\d+\.xml$/.test(n))
      .map(([, x]) => x)
      .join("");
    expect(footers).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(xml["word/document.xml"]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml["word/styles.xml"]).toContain(`w:eastAsia="宋体"`);
    expect(xml["word/styles.xml"]).toContain(`w:eastAsia="黑体"`);
    expect(xml["word/fontTable.xml"]).toMatch(/<w:font w:name="宋体"><w:altName w:val="Noto Serif CJK SC"\/>/);
    expect(xml["word/fontTable.xml"]).toMatch(/<w:font w:name="黑体"><w:altName w:val="Noto Sans CJK SC"\/>/);
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  const hasChromium = !chromiumSkipReason();
  it.skipIf(!soffice || !hasChromium)(
    `opens in LibreOffice and runs within 20% of the PDF's pages${!soffice ? " (skipped: LibreOffice is not installed: apt-get install libreoffice-writer-nogui)" : !hasChromium ? " (skipped: no Chromium for the PDF)" : ""}`,
    async () => {
      const out = path.join(dataDir, "lo");
      // A profile of its own: two LibreOffice runs sharing one refuse to start.
      const run = spawnSync(
        soffice!,
        [`-env:UserInstallation=file://${path.join(dataDir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", out, file],
        { encoding: "utf8", timeout: 240_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const converted = await openPdf(fs.readFileSync(path.join(out, "report-2022.pdf")));
      const { pages } = await renderReportPdf(report);
      const wordPages = converted.numPages;
      await converted.destroy();
      expect(wordPages / pages, `Word ${wordPages} pages, PDF ${pages} pages`).toBeGreaterThan(0.8);
      expect(wordPages / pages, `Word ${wordPages} pages, PDF ${pages} pages`).toBeLessThan(1.2);
    },
    300_000,
  );
});
