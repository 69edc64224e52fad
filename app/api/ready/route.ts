import { cacheControl } from "@/lib/http/cache";
import { appReadiness } from "@/lib/ops/ready";

/**
 * GET /api/ready: readiness for a load balancer. 200 when the database and the file store
 * answer, every migration of this code is applied and the instance is not shutting down;
 * otherwise 503 with the failing checks (no secrets: messages of the checks only).
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET() {
  const result = await appReadiness();
  return Response.json(
    { status: result.ready ? "ready" : "not-ready", checks: result.checks },
    { status: result.ready ? 200 : 503, headers: cacheControl("private-no-store") },
  );
}
