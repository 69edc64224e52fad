import { describe, expect, it } from "vitest";
import { escapeHtml, renderMarkdown } from "../../lib/report/engine/markdown";

/**
 * Finding 12 of the second review: a {{token}} inside a Markdown link title was swapped for its
 * markup after rendering, inside the attribute: the preview showed
 * `title="<span class="metric" …>16</span>"`, so the token's quotes ended the attribute. Now a
 * token inside a tag is its value as text, escaped for the attribute; in the text it keeps its markup.
 */
const metric = (token: string) => `<span class="metric" data-token="${escapeHtml(token)}">16</span>`;
const missing = (token: string) =>
  `<span class="metric metric-missing" data-token="${escapeHtml(token)}" title="数据缺失（no data）">—</span>`;

/** Every tag of the output, with its attributes as the browser would split them. */
const tags = (html: string) => [...html.matchAll(/<([a-z]+)((?:\s+[a-z-]+="[^"]*")*)\s*\/?>/g)].map((m) => ({ name: m[1], attrs: m[2] }));

describe("a token inside a link's attributes", () => {
  it("is the value as text in a link title, and the attribute stays one attribute", () => {
    const html = renderMarkdown('[就业率](https://example.edu.cn "比例 {{employment.rate}}")', metric);
    expect(html).toContain('title="比例 16"');
    expect(html).not.toMatch(/title="[^"]*<span/);
    const link = tags(html).find((t) => t.name === "a");
    expect(link?.attrs).toBe(' href="https://example.edu.cn" title="比例 16" rel="noopener noreferrer nofollow"');
  });

  it("cannot end the attribute with the quotes of a missing value's markup", () => {
    const html = renderMarkdown('[x](/records "{{x}}")', missing);
    expect(html).toBe('<p><a href="/records" title="—">x</a></p>\n');
  });

  it("keeps its markup in the link text and in paragraphs", () => {
    const html = renderMarkdown('就业率 {{employment.rate}}，[共 {{employment.rate}} 人](/records "t")', metric);
    expect(html).toBe(
      '<p>就业率 <span class="metric" data-token="employment.rate">16</span>，<a href="/records" title="t">共 <span class="metric" data-token="employment.rate">16</span> 人</a></p>\n',
    );
  });
});
