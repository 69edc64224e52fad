import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

/**
 * Accessibility checks with axe-core (WCAG 2.1 A and AA rules). Two ways to use them:
 * - `expectNoAxeViolations(page)` where a spec wants the page as it is now (a form after a refusal);
 * - `test` from this module instead of @playwright/test (every browser spec uses it): every page the
 *   test's browser visited is checked again when the test ends (re-opened in the same signed-in
 *   context, so the check never races the test's own clicks), and the test fails on any violation.
 *   Each address is checked once per run (the first test to visit it); tests/e2e/screens2/axe-all-pages
 *   walks every page as each role, so a page looking different per role is covered there.
 */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function axeViolations(page: Page, skipRules: string[] = []): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).disableRules(skipRules).analyze();
  return results.violations.map(
    (v) =>
      `${new URL(page.url()).pathname}${new URL(page.url()).search} — ${v.id}: ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")})`,
  );
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), `axe on ${page.url()}`).toEqual([]);
}

/** Files and downloads are not pages; the OIDC provider is not ours. */
const NOT_A_PAGE = /\/(files|api)\/|\/(pdf|docx|xlsx|export|template)(\?|$)|\/upload(\?|$)/;
/**
 * The whole report on one page (public, print, edition, preview): axe needs ~45 s for each on this
 * machine, so they are checked once, by tests/e2e/screens2/axe-all-pages, not after every test.
 */
const WHOLE_REPORT = /\/reports\/\d{4}(\/print|\/editions\/\d+)?(\?|$)|\/admin\/report\/\d{4}\/preview(\?|$)/;

/** Page shapes already checked by this worker: each is checked once per worker. */
const checked = new Set<string>();

/**
 * An address with its record ids (cuids, uuids) as ":id": /admin/records/honours/{id} is one page
 * whichever honour it shows, and axe runs for seconds on each — checking every record a test made
 * once cost minutes a run. The kind, the year and the query stay: they change what the page holds.
 */
export const pageShape = (url: string) =>
  url.replace(/\b(c[a-z0-9]{20,30}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g, ":id");

export async function checkVisited(context: BrowserContext, urls: Iterable<string>, origin: string): Promise<string[]> {
  const todo = [...urls].filter(
    (url) => url.startsWith(origin) && !NOT_A_PAGE.test(url) && !WHOLE_REPORT.test(url) && !checked.has(pageShape(url)),
  );
  if (!todo.length) return [];
  const found: string[] = [];
  const page = await context.newPage();
  try {
    for (const url of todo) {
      if (checked.has(pageShape(url))) continue; // two records of one kind in the same test
      checked.add(pageShape(url));
      const res = await page.goto(url).catch(() => null);
      if (!res || !(res.headers()["content-type"] ?? "").includes("text/html")) continue;
      found.push(...(await axeViolations(page)));
    }
  } finally {
    await page.close();
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
