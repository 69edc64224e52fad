import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { env } from "../env";
import { imageVariantKey, type ImageVariant } from "../files/keys";
import type { ReportDocument } from "../report/model/document";
import { storage } from "../storage";
import { withChromium } from "./chromium";
import { fontFilePath, SANS, SERIF } from "./fonts";
import { readDestinations } from "./destinations";
import { setPdfInfo } from "./metadata";
import { printDocumentHtml, reportFullTitle, type PrintMeta } from "./print-html";
import { cacheControl } from "../http/cache";

/**
 * HTML → PDF in headless Chromium, in two passes: print, read the page of every heading the
 * table of contents links to (Chromium writes a named destination for each link target; see
 * destinations.ts), write those numbers into the contents, print again. A third pass runs only
 * if the numbers moved.
 * The page and its fonts (read straight from node_modules/@fontsource) come from a throw-away
 * loopback server.
 */
const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout: 120_000 } as const;
const MAX_PASSES = 3;

export type RenderedPdf = { pdf: Uint8Array; pages: number; tocPages: Record<string, number>; passes: number; ms: number };

/**
 * A loopback HTTP server for one print: the page at "/", fonts under "/fonts/", and the web copies
 * of uploaded photos under "/files/{id}/web" (the URLs the report document uses), nothing else.
 * (Playwright request interception did the same but cost ~1 s for the ~80 font subsets.)
 */
export async function servePrint(html: string): Promise<{ origin: string; close: () => Promise<void> }> {
  // The handler is async; node ignores what it returns, so say so with void.
  const server = http.createServer(
    (req, res) =>
      void (async () => {
        const url = new URL(req.url ?? "/", "http://localhost");
        if (url.pathname === "/") {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
          return;
        }
        const photo = /^\/files\/([\w-]{1,64})\/(web|thumb)$/.exec(url.pathname);
        if (photo) {
          const bytes = await storage()
            .getFile(imageVariantKey(photo[1]!, photo[2] as ImageVariant))
            .catch(() => null);
          if (bytes) res.writeHead(200, { "content-type": "image/jpeg" }).end(bytes);
          else res.writeHead(404).end();
          return;
        }
        const file = url.pathname.startsWith("/fonts/") ? fontFilePath(url.pathname.slice("/fonts/".length)) : null;
        const body = file ? await fs.readFile(file).catch(() => null) : null;
        if (file && body)
          res
            .writeHead(200, { "content-type": file.endsWith(".woff2") ? "font/woff2" : "font/woff", ...cacheControl("local-hour") })
            .end(body);
        else res.writeHead(404).end();
      })(),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tocPagesOf(pdf: Uint8Array, anchors: string[]): { pages: Record<string, number>; numPages: number } {
  const { destinations, pages: numPages } = readDestinations(pdf);
  const pages: Record<string, number> = {};
  for (const a of anchors) {
    const p = destinations.get(a);
    if (p != null) pages[a] = p;
  }
  return { pages, numPages };
}

let lastMark = Date.now();
const mark = (what: string) => {
  if (env().NIANBAO_PDF_DEBUG) {
    const m = process.memoryUsage();
    console.error(
      `[pdf] ${what}: ${Date.now() - lastMark} ms (rss ${(m.rss / 1e6).toFixed(0)} MB, heap ${(m.heapUsed / 1e6).toFixed(0)} MB, external ${(m.external / 1e6).toFixed(0)} MB, buffers ${(m.arrayBuffers / 1e6).toFixed(0)} MB)`,
    );
  }
  lastMark = Date.now();
};

async function printPage(browser: Browser, doc: ReportDocument, meta: PrintMeta): Promise<Omit<RenderedPdf, "ms">> {
  mark("launch");
  const title = reportFullTitle(doc);
  const page = await browser.newPage();
  // The HTML names its font URLs relative to the page, so it does not need to know the port.
  const server = await servePrint(printDocumentHtml(doc, { ...meta, fontBaseUrl: "/fonts/" }));
  try {
    return await printServed(page, `${server.origin}/`, doc, title);
  } finally {
    await page.close().catch(() => undefined);
    await server.close();
  }
}

async function printServed(page: Page, url: string, doc: ReportDocument, title: string): Promise<Omit<RenderedPdf, "ms">> {
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  mark("goto");
  await page.evaluate(
    async ({ title, sans, serif }) => {
      // Header and footer text lives in @page margin boxes, which do not trigger web-font loading:
      // load the subsets their characters need, or Chromium falls back to a system font (Type 3).
      await Promise.all([document.fonts.load(`400 9pt ${sans}`, title), document.fonts.load(`400 10.5pt ${serif}`, "- 0123456789")]);
      await document.fonts.ready;
      // Links to record pages mean nothing on paper; keep in-document and external links.
      for (const a of document.querySelectorAll("a[href]")) {
        const href = a.getAttribute("href") ?? "";
        if (!href.startsWith("#") && !/^https?:/.test(href)) a.removeAttribute("href");
      }
    },
    { title, sans: SANS, serif: SERIF },
  );

  mark("load and fonts");
  const anchors = doc.toc.map((t) => t.anchor);
  let pdf = await page.pdf(PDF_OPTIONS);
  mark("print 1");
  let tocPages = tocPagesOf(pdf, anchors).pages;
  mark("read destinations");
  let passes = 1;
  for (;;) {
    await page.evaluate((pages) => {
      for (const el of document.querySelectorAll<HTMLElement>("[data-toc-page]"))
        el.textContent = String(pages[el.dataset.tocPage ?? ""] ?? "");
    }, tocPages);
    pdf = await page.pdf(PDF_OPTIONS);
    passes++;
    mark(`print ${passes}`);
    const check = tocPagesOf(pdf, anchors);
    mark("check destinations");
    const same = anchors.every((a) => check.pages[a] === tocPages[a]);
    if (same) return { pdf, pages: check.numPages, tocPages, passes };
    if (passes >= MAX_PASSES) {
      console.error(`[nianbao] PDF: contents page numbers still moving after ${passes} passes`);
      return { pdf, pages: check.numPages, tocPages, passes };
    }
    tocPages = check.pages;
  }
}

/** Prints a report document to a finished PDF (contents numbered, metadata set). One Chromium at a time. */
export async function renderReportPdf(doc: ReportDocument, meta: PrintMeta = {}): Promise<RenderedPdf> {
  const started = Date.now();
  const out = await withChromium((browser) => printPage(browser, doc, meta));
  const title = reportFullTitle(doc);
  const pdf = setPdfInfo(out.pdf, {
    title,
    author: doc.institution,
    subject: `${title}（${doc.academicYear}学年${meta.version ? `，第${meta.version}版` : ""}）`,
    keywords: `质量年度报告, ${doc.year}, ${doc.institution}`,
  });
  return { ...out, pdf, ms: Date.now() - started };
}

/**
 * A short standalone page (a partner enterprise's report) printed as it is: one pass, no contents.
 * Served by the same loopback server, so its fonts and photos load the same way.
 */
export async function renderPagePdf(html: string, info: { title: string; author: string }): Promise<Uint8Array> {
  const pdf = await withChromium(async (browser) => {
    const page = await browser.newPage();
    const server = await servePrint(html);
    try {
      await page.goto(`${server.origin}/`, { waitUntil: "load", timeout: 60_000 });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return await page.pdf(PDF_OPTIONS);
    } finally {
      await page.close().catch(() => undefined);
      await server.close();
    }
  });
  return setPdfInfo(pdf, { title: info.title, author: info.author, subject: info.title, keywords: "企业年度报告" });
}
