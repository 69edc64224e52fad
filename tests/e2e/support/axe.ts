import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Accessibility checks with axe-core (WCAG 2.1 A and AA rules). Two ways to use them:
 * - `expectNoAxeViolations(page)` where a spec wants the page as it is now (a form after a refusal);
 * - `test` from this module instead of @playwright/test (every browser spec uses it): every page the
 *   test's browser visited is checked again when the test ends (re-opened in the same signed-in
 *   context, so the check never races the test's own clicks), and the test fails on any violation.
 *   Each address is checked once per run (the first test to visit it); tests/e2e/screens2/axe-all-pages
 *   walks every page as each role, so a page looking different per role is covered there.
 */
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe-core's own script, run in the page with `axe.run`. Not @axe-core/playwright: its analyze()
 * opens a blank page for every check to merge per-frame results (measured: 1.2–2 s a check on a
 * form, against 0.5 s here). Our pages have no frames, so the frame merging bought nothing; only
 * violations are asked for, so the thousands of passing cells of a whole report are not sent back.
 */
const AXE_SOURCE = fs.readFileSync(path.join(import.meta.dirname, "../../../node_modules/axe-core/axe.min.js"), "utf8");

export type AxeOptions = { tags?: string[]; skipRules?: string[] };

export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, skipRules }) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const results = await axe.run(document, {
        runOnly: { type: "tag", values: tags },
        rules: Object.fromEntries(skipRules.map((id) => [id, { enabled: false }])),
        resultTypes: ["violations"],
        iframes: false,
      });
      return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
    },
    { tags: options.tags ?? WCAG, skipRules: options.skipRules ?? [] },
  );
  const where = `${new URL(page.url()).pathname}${new URL(page.url()).search}`;
  return violations.map((v) => `${where} — ${v.id}: ${v.help} (${v.targets.join(" | ")})`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), `axe on ${page.url()}`).toEqual([]);
}

/** Files and downloads are not pages; the OIDC provider is not ours. */
const NOT_A_PAGE = /\/(files|api)\/|\/(pdf|docx|xlsx|export|template)(\?|$)|\/upload(\?|$)/;
/**
 * The whole report on one page (public, print, edition, preview): axe needs ~5 s for each on this
 * machine, so they are checked once, by tests/e2e/screens2/axe-all-pages, not after every test.
 */
const WHOLE_REPORT = /\/reports\/\d{4}(\/print|\/editions\/\d+)?(\?|$)|\/admin\/report\/\d{4}\/preview(\?|$)/;

/**
 * An address with its record ids (cuids, uuids) as ":id": /admin/records/honours/{id} is one page
 * whichever honour it shows, and axe runs for seconds on each — checking every record a test made
 * once cost minutes a run. The kind, the year and the query stay: they change what the page holds.
 */
export const pageShape = (url: string) =>
  url.replace(/\b(c[a-z0-9]{20,30}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g, ":id");

/**
 * The page shapes checked in this run, shared by the workers (each has its own app, on its own
 * port, serving the same pages): a file per shape in the run's folder (made by playwright.config.ts).
 * The first to create the file checks the shape; the others skip it.
 */
const CLAIMS = process.env.E2E_AXE_CLAIMS ?? fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-axe-"));

/** True for the first caller in this run to ask for this page's shape. */
export function claimPageShape(url: string): boolean {
  const { pathname, search } = new URL(url);
  const shape = pageShape(pathname + search);
  try {
    fs.writeFileSync(path.join(CLAIMS, crypto.createHash("sha1").update(shape).digest("hex")), shape, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

export async function checkVisited(context: BrowserContext, urls: Iterable<string>, origin: string): Promise<string[]> {
  const todo = [...urls].filter((url) => url.startsWith(origin) && !NOT_A_PAGE.test(url) && !WHOLE_REPORT.test(url));
  let page: Page | null = null;
  const found: string[] = [];
  try {
    for (const url of todo) {
      if (!claimPageShape(url)) continue; // checked by an earlier test, in either worker
      page ??= await context.newPage();
      const res = await page.goto(url).catch(() => null);
      // An answer that is not the page (a refusal, the not-found page) is not this shape: Next sends
      // a page's notFound() as an error shell without a language and draws it in the browser
      // (vercel/next.js#62228). The not-found page is checked by tests/e2e/screens2/axe-all-pages.
      if (!res || res.status() >= 400 || !(res.headers()["content-type"] ?? "").includes("text/html")) continue;
      found.push(...(await axeViolations(page)));
    }
  } finally {
    await page?.close();
  }
  return found;
}

export const test = base.extend<{ axeEveryPage: void }>({
  axeEveryPage: [
    async ({ page, context, baseURL }, use) => {
      const visited = new Set<string>();
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) visited.add(frame.url().replace(/#.*$/, ""));
      });
      await use();
      const violations = await checkVisited(context, visited, baseURL!);
      expect(violations, `axe on the ${visited.size} pages this test visited`).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
