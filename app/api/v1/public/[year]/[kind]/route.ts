import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";
import { listRecords, presentRecord, ZListFilters } from "@/lib/records/access";
import { requireKind } from "@/lib/records/resolve";

type P = { year: string; kind: string };

/** Public, read-only: APPROVED records of a year, whoever asks (the actor is ignored on purpose). */
export const GET = apiRoute<P>(async ({ request, params }) => {
  const kind = requireKind(params.kind);
  const sp = request.nextUrl.searchParams;
  const parsed = ZListFilters.safeParse({ year: params.year, q: sp.get("q") ?? undefined, page: sp.get("page") ?? undefined,
    pageSize: sp.get("pageSize") ?? undefined });
  if (!parsed.success) throw new AppError("INVALID", bi("参数无效", "invalid parameters"));
  const { rows, total, page, pageSize } = await listRecords({ actor: null, kind, filters: parsed.data });
  return { year: parsed.data.year, total, page, pageSize, items: rows.map((r) => presentRecord(r, null)) };
});
