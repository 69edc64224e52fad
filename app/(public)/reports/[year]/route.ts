import { answerToResponse, latestReportAnswer } from "@/lib/report/http/public-http";

/**
 * GET /reports/{year}[?edition=N]: the latest (or the N-th) published edition of a year, frozen at
 * publication, with an ETag and a short shared cache (lib/report/http/public-http.ts). Under our server
 * (scripts/serve.ts) the same answer comes pre-compressed before Next is reached; this handler
 * serves it uncompressed (Next drops a route's Content-Encoding and compresses by itself).
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const answer = await latestReportAnswer({
    year: (await params).year,
    edition: new URL(request.url).searchParams.get("edition"),
    headers: request.headers,
    encodings: false,
  });
  return answerToResponse(answer, request.method);
}
