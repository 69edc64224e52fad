import { apiRoute } from "@/lib/api/handler";
import { listRecords, parseFilters, presentRecord } from "@/lib/records/access";
import { requireKind } from "@/lib/records/resolve";

type P = { year: string; kind: string };

/** Public, read-only: APPROVED records of a year, whoever asks (the actor is ignored on purpose). */
export const GET = apiRoute<P>(async ({ request, params }) => {
  const kind = requireKind(params.kind);
  const sp = request.nextUrl.searchParams;
  const filters = parseFilters(
    { year: params.year, q: sp.get("q") ?? undefined, page: sp.get("page") ?? undefined, pageSize: sp.get("pageSize") ?? undefined },
    kind,
  );
  const { rows, total, page, pageSize } = await listRecords({ actor: null, kind, filters });
  return { year: filters.year, total, page, pageSize, items: rows.map((r) => presentRecord(r, null)) };
});
