import { publishedYearsCached, renderedEdition } from "@/lib/report/editions";
import { cachedVariants, encodedResponse, LATEST } from "@/lib/report/http-cache";
import { parseVersion, parseYear } from "@/lib/report/params";
import { notPublishedPage, publishedReportPage } from "@/lib/report/public-page";

/**
 * GET /reports/{year}[?edition=N]: the latest (or the N-th) published edition of a year, frozen at
 * publication. Which edition is the latest is re-read every HEAD_TTL_MS (at once after a
 * publication in this server); the page is rendered and compressed (brotli, gzip) once per
 * edition and answered by Accept-Encoding with an ETag (304 when it matches). Shared caches may
 * keep it a few seconds (lib/report/http-cache.ts LATEST); each edition also has a permanent
 * address, /reports/{year}/editions/{n}. A year with no edition answers 404 "尚未发布".
 */
export const dynamic = "force-dynamic";

const HTML = "text/html; charset=utf-8";
const notFound = (year: number | null) =>
  new Response(notPublishedPage(year), { status: 404, headers: { "content-type": HTML, "cache-control": "public, max-age=0, s-maxage=10" } });

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = parseYear((await params).year);
  const edition = new URL(request.url).searchParams.get("edition");
  const version = edition === null ? undefined : parseVersion(edition);
  if (!year || version === null) return notFound(year);
  const [rendered, published] = await Promise.all([renderedEdition({ year, version }), publishedYearsCached()]);
  if (!rendered) return notFound(year);

  const years = published.map((p) => p.year);
  const latest = published.find((p) => p.year === year)?.latestVersion ?? rendered.meta.version;
  const etag = `${rendered.meta.id}-${latest}-${years.join(".")}`;
  const variants = await cachedVariants(`page-${etag}`, async () => ({
    bytes: Buffer.from(publishedReportPage({ meta: rendered.meta, html: rendered.html, years, latest })),
  }));
  return encodedResponse(request, variants, { contentType: HTML, cacheControl: LATEST });
}
