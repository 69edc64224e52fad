import { editionDownload } from "@/lib/report/http/downloads";

/**
 * GET /reports/{year}/pdf[?edition=N]: the stored PDF of the latest (or the given) published
 * edition. The first request for an edition queues its printing and answers 202 「正在生成」;
 * nothing is ever printed inside a request. With Accept: application/json the answer is JSON,
 * also when the PDF is ready (then the client navigates to the same URL for the file).
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return editionDownload(request, (await params).year, "pdf");
}
