import { requestEditionPdf } from "@/lib/pdf/jobs";
import { pendingResponse, wantsJson } from "@/lib/pdf/responses";
import { bi } from "@/lib/i18n/bilingual";
import { logger, errorFields } from "@/lib/ops/log";
import { listEditions } from "@/lib/report/editions/editions";
import { parseVersion, parseYear } from "@/lib/report/http/params";
import { answerToResponse, storedEditionPdfAnswer } from "@/lib/report/http/public-http";
import { editionPdfPath } from "@/lib/report/http/public-page";
import { cacheControl } from "@/lib/http/cache";

/**
 * GET /reports/{year}/editions/{n}/pdf: the PDF of a published edition at its permanent address.
 * Once stored it never changes: immutable for a year, ETag/304 (pre-compressed under scripts/serve.ts).
 * Before that the answer is 202 「正在生成」 (no-store) and a background worker prints it; nothing
 * is printed in the request.
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NO_STORE = cacheControl("no-store");

export async function GET(request: Request, { params }: { params: Promise<{ year: string; version: string }> }) {
  const json = wantsJson(request);
  const p = await params;
  const year = parseYear(p.year);
  const version = parseVersion(p.version);
  const missing = bi("没有这一年度或版本的报告", "no such report year or edition");
  const notFound = () =>
    json
      ? Response.json({ status: "not-found", message: missing }, { status: 404, headers: NO_STORE })
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
    const answer = await storedEditionPdfAnswer({ year: p.year, version: p.version, headers: request.headers, encodings: false });
    if (!answer) return pendingResponse({ status: "generating", attempts: 0, lastError: null }, { json, url, title });
    return answerToResponse(answer, request.method);
  } catch (err) {
    logger().error({ year, version, ...errorFields(err) }, "PDF download failed");
    const message = bi("PDF下载暂时不可用，请稍后重试", "PDF download is unavailable, please try again later");
    return json
      ? Response.json({ status: "error", message }, { status: 503, headers: NO_STORE })
      : new Response(message, { status: 503, headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE } });
  }
}
