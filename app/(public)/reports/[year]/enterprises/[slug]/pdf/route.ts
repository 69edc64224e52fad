import { AppError } from "@/lib/errors";
import { partnerReportPdf } from "@/lib/pdf/partner";
import { pdfResponse, pendingResponse, wantsJson } from "@/lib/pdf/responses";
import { parseYear } from "@/lib/report/http/params";

/** GET /reports/{year}/enterprises/{slug}/pdf: an approved partner report as PDF (404 otherwise). */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ year: string; slug: string }> }) {
  const { year: rawYear, slug } = await params;
  const year = parseYear(rawYear);
  const notFound = () =>
    new Response("企业年度报告不存在（not found）", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!year || !/^[a-z0-9-]{3,40}$/.test(slug)) return notFound();
  try {
    const found = await partnerReportPdf({ year, slug });
    const url = `/reports/${year}/enterprises/${slug}/pdf`;
    // Printed by the export queue: while it works, 202 with Retry-After (a page that polls).
    if ("pending" in found) return pendingResponse(found.pending, { json: wantsJson(request), url, title: found.title });
    const { pdf, title } = found;
    return pdfResponse(pdf, {
      asciiName: `${slug}-${year}.pdf`,
      name: `${title}.pdf`,
      disposition: "inline",
      cache: "public-5min",
    });
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") return notFound();
    if (err instanceof AppError)
      return new Response(err.message, { status: err.status, headers: { "content-type": "text/plain; charset=utf-8" } });
    console.error("[partner pdf]", err);
    return new Response("生成PDF失败，请稍后重试（PDF failed, try again later）", {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
