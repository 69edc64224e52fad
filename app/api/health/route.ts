import { PRIVATE } from "@/lib/ops/cache-policy";

/** GET /api/health: liveness. The process answers; it checks nothing else (see /api/ready). */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": PRIVATE } });
}
