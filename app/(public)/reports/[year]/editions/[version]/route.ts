import { answerToResponse, editionAnswer } from "@/lib/report/http/public-http";

/**
 * GET /reports/{year}/editions/{n}: the permanent address of a published edition. Its bytes never
 * change (the page says nothing about later editions): cached as immutable (lib/http/cache.ts).
 * Pre-compressed under scripts/serve.ts; uncompressed here (see ../../route.ts).
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string; version: string }> }) {
  const p = await params;
  return answerToResponse(
    await editionAnswer({ year: p.year, version: p.version, headers: request.headers, encodings: false }),
    request.method,
  );
}
