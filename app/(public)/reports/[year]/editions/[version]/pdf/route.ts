import { editionPdfKey, requestEditionPdf } from "@/lib/pdf/jobs";
import { contentDisposition, pendingResponse, wantsJson } from "@/lib/pdf/responses";
import { bi } from "@/lib/i18n/bilingual";
import { logger, errorFields } from "@/lib/ops/log";
import { listEditions } from "@/lib/report/editions";
import { cachedVariants, encodedResponse, IMMUTABLE } from "@/lib/report/http-cache";
import { parseVersion, parseYear } from "@/lib/report/params";
import { editionPdfPath } from "@/lib/report/public-page";
import { storage } from "@/lib/storage";

/**
 * GET /reports/{year}/editions/{n}/pdf: the PDF of a published edition at its permanent address.
 * Once stored it never changes: immutable for a year, compressed once per process, ETag/304.
 * Before that the answer is 202 「正在生成」 (no-store) and a background worker prints it; nothing
 * is printed in the request.
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NO_STORE = { "cache-control": "no-store" };

export async function GET(request: Request, { params }: { params: Promise<{ year: string; version: string }> }) {
  const json = wantsJson(request);
  const p = await params;
  const year = parseYear(p.year);
  const version = parseVersion(p.version);
  const missing = bi("没有这一年度或版本的报告", "no such report year or edition");
  const notFound = () => json ? Response.json({ status: "not-found", message: missing }, { status: 404, headers: NO_STORE })
    : new Response(missing, { status: 404, headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE } });
  if (!year || !version) return notFound();
  try {
    const edition = (await listEditions({ year })).find((e) => e.version === version);
    if (!edition) return notFound();
    const url = editionPdfPath(year, version);
    const title = `${edition.title}（第${edition.version}版）`;
    const state = await requestEditionPdf({ edition });
    if (state.status !== "ready") return pendingResponse(state, { json, url, title });
    if (json) return Response.json({ status: "ready", url }, { headers: NO_STORE });
    const key = editionPdfKey(edition);
    const variants = await cachedVariants(`pdf-${edition.id}`, async () => {
      const bytes = await storage().getFile(key);
      if (!bytes) throw new Error(`stored PDF ${key} disappeared`);
      return { bytes, textLike: false };
    });
    return encodedResponse(request, variants, {
      contentType: "application/pdf", cacheControl: IMMUTABLE,
      headers: { "content-disposition": contentDisposition("attachment", `report-${year}-v${version}.pdf`, `${title}.pdf`), "x-content-type-options": "nosniff" },
    });
  } catch (err) {
    logger().error({ year, version, ...errorFields(err) }, "PDF download failed");
    const message = bi("PDF下载暂时不可用，请稍后重试", "PDF download is unavailable, please try again later");
    return json ? Response.json({ status: "error", message }, { status: 503, headers: NO_STORE })
      : new Response(message, { status: 503, headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE } });
  }
}
