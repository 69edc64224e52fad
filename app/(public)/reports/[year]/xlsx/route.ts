import { editionDownload } from "@/lib/report/http/downloads";

/**
 * GET /reports/{year}/xlsx[?edition=N]: the data tables of the latest (or the given) published
 * edition as one Excel workbook (indicator tables, 表N, the source records of every number).
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return editionDownload(request, (await params).year, "xlsx");
}
