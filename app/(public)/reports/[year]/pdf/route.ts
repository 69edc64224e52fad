import { editionPdfKey, requestEditionPdf } from "@/lib/pdf/jobs";
import { pdfResponse, pendingResponse, wantsJson } from "@/lib/pdf/responses";
import { bi } from "@/lib/i18n/bilingual";
import { listEditions } from "@/lib/report/editions";
import { parseVersion, parseYear } from "@/lib/report/params";
import { storage } from "@/lib/storage";

/**
 * GET /reports/{year}/pdf[?edition=N]: the stored PDF of the latest (or the given) published
 * edition. The first request for an edition queues its printing and answers 202 「正在生成」;
 * nothing is ever printed inside a request. With Accept: application/json the answer is JSON,
 * also when the PDF is ready (then the client navigates to the same URL for the file).
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const notFound = (json: boolean, message: string) => json
  ? Response.json({ status: "not-found", message }, { status: 404 })
  : new Response(message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const json = wantsJson(request);
  const year = parseYear((await params).year);
  const search = new URL(request.url).searchParams;
  const version = search.has("edition") ? parseVersion(search.get("edition")) : undefined;
  if (!year || version === null) return notFound(json, bi("没有这一年度或版本的报告", "no such report year or edition"));
  try {
    const editions = await listEditions({ year });
    const edition = version ? editions.find((e) => e.version === version) : editions[0];
    if (!edition) return notFound(json, bi(`${year}年度报告尚未发布`, `the ${year} report has not been published`));
    const url = `/reports/${year}/pdf?edition=${edition.version}`;
    const state = await requestEditionPdf({ edition });
    if (state.status !== "ready") return pendingResponse(state, { json, url, title: `${edition.title}（第${edition.version}版）` });
    if (json) return Response.json({ status: "ready", url }, { headers: { "cache-control": "no-store" } });
    const pdf = await storage().getFile(editionPdfKey(edition));
    if (!pdf) return pendingResponse({ status: "generating", attempts: 0, lastError: null }, { json, url, title: edition.title });
    return pdfResponse(pdf, {
      asciiName: `report-${year}-v${edition.version}.pdf`,
      name: `${edition.title}（第${edition.version}版）.pdf`,
      // An edition never changes; "latest" can move to a newer edition.
      cache: version ? "public, max-age=31536000, immutable" : "public, max-age=300",
    });
  } catch (err) {
    console.error("[nianbao] PDF download failed:", err);
    const message = bi("PDF下载暂时不可用，请稍后重试", "PDF download is unavailable, please try again later");
    return json ? Response.json({ status: "error", message }, { status: 503 }) : new Response(message, { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
