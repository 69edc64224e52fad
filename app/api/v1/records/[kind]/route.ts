import { apiRoute, jsonBody } from "@/lib/api/handler";
import { deny } from "@/lib/auth/policy";
import { listRecords, parseFilters, presentRecord } from "@/lib/records/access";
import { requireKind } from "@/lib/records/resolve";
import { createRecord } from "@/lib/records/write";

type P = { kind: string };

/** GET: records the caller may read (anonymous: approved only), filtered and paged. */
export const GET = apiRoute<P>(async ({ request, params, actor }) => {
  const kind = requireKind(params.kind);
  const { rows, total, page, pageSize } = await listRecords({ actor, kind, filters: parseFilters(request.nextUrl.searchParams, kind) });
  return { total, page, pageSize, items: rows.map((r) => presentRecord(r, actor)) };
});

/** POST { year, departmentId?, highlight?, data }: a new DRAFT in the caller's department. */
export const POST = apiRoute<P>(async ({ request, params, actor, ip }) => {
  const kind = requireKind(params.kind);
  if (!actor) deny(actor);
  const body = await jsonBody(request);
  const created = await createRecord({
    actor,
    ip,
    kind,
    input: body.data,
    meta: { year: body.year, departmentId: body.departmentId, highlight: body.highlight },
  });
  return Response.json(presentRecord(created, actor), { status: 201 });
});
