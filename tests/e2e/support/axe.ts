import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

/**
 * Accessibility checks with axe-core (WCAG 2.1 A and AA rules). Two ways to use them:
 * - `expectNoAxeViolations(page)` where a spec wants the page as it is now (a form after a refusal);
 * - `test` from this module instead of @playwright/test: every page the test's browser visited is
 *   checked again when the test ends (re-opened in the same signed-in context, so the check never
 *   races the test's own clicks), and the test fails on any violation.
 */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
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

export async function checkVisited(context: BrowserContext, urls: Iterable<string>, origin: string): Promise<string[]> {
  const found: string[] = [];
  const page = await context.newPage();
  try {
    for (const url of urls) {
      if (!url.startsWith(origin) || NOT_A_PAGE.test(url)) continue;
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
