import { editionDownload } from "@/lib/report/http/downloads";

/**
 * GET /reports/{year}/docx[?edition=N]: the Word document of the latest (or the given) published
 * edition, made once by the background job queue (202 「正在生成」 until then) and stored.
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return editionDownload(request, (await params).year, "docx");
}
