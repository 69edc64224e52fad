import { cacheControl } from "@/lib/http/cache";

/** GET /api/health: liveness. The process answers; it checks nothing else (see /api/ready). */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: cacheControl("private-no-store") });
}
