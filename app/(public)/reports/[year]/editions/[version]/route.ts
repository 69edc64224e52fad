import { renderedEdition } from "@/lib/report/editions";
import { cachedVariants, encodedResponse, IMMUTABLE } from "@/lib/report/http-cache";
import { parseVersion, parseYear } from "@/lib/report/params";
import { notPublishedPage, publishedReportPage } from "@/lib/report/public-page";

/**
 * GET /reports/{year}/editions/{n}: the permanent address of a published edition. Its bytes never
 * change (the page says nothing about later editions), so browsers and CDNs keep it for a year
 * (Cache-Control: immutable); brotli and gzip are made once per process.
 */
export const dynamic = "force-dynamic";

const HTML = "text/html; charset=utf-8";

export async function GET(request: Request, { params }: { params: Promise<{ year: string; version: string }> }) {
  const p = await params;
  const year = parseYear(p.year);
  const version = parseVersion(p.version);
  const rendered = year && version ? await renderedEdition({ year, version }) : null;
  // Not (yet) published: a short shared cache, the edition may appear any moment.
  if (!rendered) return new Response(notPublishedPage(year), { status: 404, headers: { "content-type": HTML, "cache-control": "public, max-age=0, s-maxage=10" } });
  const variants = await cachedVariants(`edition-${rendered.meta.id}`, async () => ({
    bytes: Buffer.from(publishedReportPage({ meta: rendered.meta, html: rendered.html, years: [], latest: rendered.meta.version, permanent: true })),
  }));
  return encodedResponse(request, variants, { contentType: HTML, cacheControl: IMMUTABLE });
}
