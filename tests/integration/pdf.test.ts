// The demo 2022 report exported through the CLI (`npm run report:pdf`), checked the way a reader's
// PDF viewer sees it: text through pdf.js (copy and search), fonts through pdffonts, the outline,
// and the contents' page numbers against the pages where the chapters start.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";
import { seedDemo } from "../../lib/demo/seed";
import {
  destinationPages,
  documentInfo,
  openPdf,
  outline,
  pageTexts,
  radicalCharacters,
  textOutsidePage,
  type OutlineNode,
} from "../../lib/pdf/inspect";
import { reportFullTitle } from "../../lib/pdf/print-html";
import type { ReportDocument } from "../../lib/report/model/document";
import { getEdition } from "../../lib/report/editions/editions";
import { cases } from "../../prisma/demo/cases";
import { chromiumSkipReason } from "../support/chromium";
import { migratedDatabase } from "../support/database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const noChromium = chromiumSkipReason();

describe.skipIf(noChromium)("PDF export of the demo 2022 report", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let dir: string;
  let file: string;
  let doc: PDFDocumentProxy;
  let report: ReportDocument;
  let texts: string[];
  let flow: string;

  beforeAll(async () => {
    database = await migratedDatabase();
    await seedDemo(database.prisma);
    const edition = await getEdition({ year: 2022, prisma: database.prisma });
    if (!edition) throw new Error("the demo seed publishes the 2022 edition");
    report = edition.document;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-pdf-test-"));
    file = path.join(dir, "report-2022.pdf");
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/report-pdf.ts", "--year", "2022", "--out", file],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_MAX: String(database.poolMax) },
        encoding: "utf8",
        timeout: 180_000,
      },
    );
    if (run.status !== 0) throw new Error(`report:pdf failed (${run.status}): ${run.stderr}\n${run.stdout}`);
    doc = await openPdf(fs.readFileSync(file));
    texts = await pageTexts(doc);
    flow = texts.join("").replace(/\n/g, "");
  }, 300_000);

  afterAll(async () => {
    await doc?.destroy();
    await database?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("has the key numbers and all 22 case titles, character for character, in the text pdf.js extracts", () => {
    for (const n of ["3071", "95.08", "16615.25", "84.5", "3.465", "16615.245"]) expect(flow, n).toContain(n);
    expect(cases).toHaveLength(22);
    for (const c of cases) expect(flow, `案例${c.number}`).toContain(`案例${c.number}：${c.title}`);
    expect(flow).toContain("——以世界职业院校技能大赛为引领 助推高级技术技能人才培养");
    // Chromium with CFF fonts maps 心 力 页 … to Kangxi radicals (U+2F00–U+2FDF, U+2E80–U+2EFF).
    expect(radicalCharacters(flow)).toEqual([]);
    for (const ch of ["心", "力", "页", "长", "工", "人"]) expect(flow).toContain(ch);
  });

  it("embeds every font as a subset and none as Type 3 (pdffonts)", () => {
    const out = execFileSync("pdffonts", [file], { encoding: "utf8" });
    const rows = out
      .split("\n")
      .slice(2)
      .filter((l) => l.trim());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row, row).not.toMatch(/Type 3/);
      // Columns: name type encoding emb sub uni object ID — emb and sub are "yes".
      expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    }
  });

  it("sets title, author (the institution) and language zh-CN, on A4 pages", async () => {
    expect(await documentInfo(doc)).toMatchObject({ title: reportFullTitle(report), author: report.institution, language: "zh-CN" });
    const page = await doc.getPage(1);
    expect(Math.round((page.view[2]! / 72) * 25.4)).toBe(210);
    expect(Math.round((page.view[3]! / 72) * 25.4)).toBe(297);
  });

  it("has a bookmark outline of chapters with their sections", async () => {
    const tree = await outline(doc);
    const titles = tree.map((n) => n.title);
    expect(titles).toContain("目录");
    for (const ch of report.chapters) expect(titles).toContain(`${ch.number}${ch.title}`);
    const student = tree.find((n) => n.title === "一、学生发展质量") as OutlineNode;
    expect(student.items.map((n) => n.title)).toEqual(
      report.chapters.find((c) => c.key === "student")!.sections.map((s) => `${s.number}${s.title}`),
    );
    expect(tree.every((n) => n.page !== null)).toBe(true);
  });

  it("prints page numbers in the contents that match the pages where chapters and sections start", async () => {
    const dests = await destinationPages(doc);
    // The contents run from page 2 until the first chapter; each line ends with its page number.
    const firstChapter = dests.get(report.toc[0]!.anchor)!;
    const tocLines = texts
      .slice(1, firstChapter - 1)
      .join("\n")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    for (const entry of report.toc) {
      const line = tocLines.find((l) => l.replace(/\s*\d+$/, "").replace(/\s/g, "") === entry.label.replace(/\s/g, ""));
      expect(line, entry.label).toBeDefined();
      const printed = Number(/(\d+)$/.exec(line!)?.[1]);
      expect(printed, entry.label).toBe(dests.get(entry.anchor));
      // …and that page shows the heading and, in its footer, the same number in the 「- N -」 style.
      const pageText = texts[printed - 1]!.replace(/\n/g, "");
      expect(pageText, entry.label).toContain(entry.label);
      expect(texts[printed - 1], entry.label).toContain(`- ${printed} -`);
    }
    // Each chapter starts on a new page: its heading is the first text after header and footer.
    for (const ch of report.chapters) {
      const lines = texts[dests.get(ch.anchor)! - 1]!.split("\n").filter((l) => l.trim());
      const body = lines.filter((l) => l !== reportFullTitle(report) && !/^- \d+ -$/.test(l));
      expect(body[0], ch.title).toBe(`${ch.number}${ch.title}`);
    }
  });

  it("has no blank pages and no text beyond the page edges", async () => {
    texts.forEach((t, i) => {
      const body = t.split("\n").filter((l) => l.trim() && l !== reportFullTitle(report) && !/^- \d+ -$/.test(l));
      expect(body.length, `page ${i + 1}`).toBeGreaterThan(0);
    });
    expect(await textOutsidePage(doc)).toEqual([]);
    // Running header from the first chapter on; the cover has none.
    expect(texts[0]).not.toContain(`- 1 -`);
    expect(texts[texts.length - 1]).toContain(reportFullTitle(report));
  });

  it("repeats table header rows on every page a table runs over, and never splits a row", () => {
    const squeeze = (t: string) => t.replace(/\s/g, "");
    const pages = texts.map(squeeze);
    const tables = [
      ...report.chapters.flatMap(function all(s): ReportDocument["appendix"] {
        return [...s.blocks.filter((b) => b.type === "table"), ...s.sections.flatMap(all)];
      }),
      ...report.appendix,
    ];
    let spanning = 0;
    for (const t of tables) {
      const first = pages.findIndex((p) => p.includes(squeeze(`表${t.number}${t.caption}`)));
      expect(first, t.caption).toBeGreaterThan(0);
      const header = squeeze((t.groupColumn ? [t.groupColumn, ...t.columns] : t.columns).join(""));
      const rowPages = t.rows
        .filter(() => !t.groupColumn)
        .map((r) => {
          const text = squeeze(r.cells.join(""));
          const page = pages.findIndex((p, i) => i >= first && p.includes(text));
          expect(page, `表${t.number} row ${r.cells.join(" ")} is whole on one page`).toBeGreaterThanOrEqual(first);
          return page;
        });
      const last = Math.max(first, ...rowPages);
      if (last > first) spanning++;
      for (let p = first; p <= last; p++) expect(pages[p], `表${t.number} header on page ${p + 1}`).toContain(header);
    }
    expect(spanning).toBeGreaterThan(0);
  });
});
