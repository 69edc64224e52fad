import { publishedYearsCached, renderedEdition } from "@/lib/report/editions";
import { parseVersion, parseYear } from "@/lib/report/params";
import { notPublishedPage, publishedReportPage, REPORT_CSP } from "@/lib/report/public-page";

/**
 * GET /reports/{year}[?edition=N]: the latest (or the N-th) published edition of a year, frozen at
 * publication. Which edition is the latest is re-read every few seconds (at once after a
 * publication in this server); its HTML is rendered once and kept in memory (lib/report/editions.ts). A year with no edition answers 404 "尚未发布".
 */
export const dynamic = "force-dynamic";

const HTML = { "content-type": "text/html; charset=utf-8", "content-security-policy": REPORT_CSP };
const pages = new Map<string, Buffer>();

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = parseYear((await params).year);
  const edition = new URL(request.url).searchParams.get("edition");
  const version = edition === null ? undefined : parseVersion(edition);
  if (!year || version === null) return new Response(notPublishedPage(year), { status: 404, headers: HTML });
  const [rendered, published] = await Promise.all([renderedEdition({ year, version }), publishedYearsCached()]);
  if (!rendered) return new Response(notPublishedPage(year), { status: 404, headers: HTML });

  const years = published.map((p) => p.year);
  const latest = published.find((p) => p.year === year)?.latestVersion ?? rendered.meta.version;
  const etag = `"${rendered.meta.id}-${latest}-${years.join(".")}"`;
  const headers = { ...HTML, etag, "cache-control": "public, max-age=0, must-revalidate" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  let body = pages.get(etag);
  if (!body) {
    body = Buffer.from(publishedReportPage({ meta: rendered.meta, html: rendered.html, years, latest }));
    pages.set(etag, body);
    while (pages.size > 32) pages.delete(pages.keys().next().value as string);
  }
  return new Response(new Uint8Array(body), { status: 200, headers });
}
