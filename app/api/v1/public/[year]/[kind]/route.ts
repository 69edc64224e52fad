import { apiRoute } from "@/lib/api/handler";
import { publicListing } from "@/lib/records/public";
import { requireKind } from "@/lib/records/resolve";

type P = { year: string; kind: string };

/**
 * Public, read-only: APPROVED records of a year, whoever asks (the actor is ignored on purpose),
 * each cut to the public fields of its kind (lib/records/public.ts).
 */
export const GET = apiRoute<P>(async ({ request, params }) => {
  const sp = request.nextUrl.searchParams;
  return publicListing({
    kind: requireKind(params.kind),
    year: params.year,
    q: sp.get("q") ?? undefined,
    page: sp.get("page") ?? undefined,
    pageSize: sp.get("pageSize") ?? undefined,
  });
});
