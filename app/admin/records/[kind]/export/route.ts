import { apiRoute } from "@/lib/api/handler";
import { deny, workingDepartment } from "@/lib/auth/policy";
import { exportRecords } from "@/lib/import/export";
import { xlsxHeaders } from "@/lib/import/http";
import { parseFilters } from "@/lib/records/access";
import { requireKind } from "@/lib/records/resolve";
import { formatDate } from "@/lib/time";

/**
 * GET: the admin list with the same query-string filters as the page, as .xlsx. The rows come
 * from listRecords, so the actor's read scope is part of the query; staff, like on the page, get
 * their own department's records.
 */
export const GET = apiRoute<{ kind: string }>(async ({ request, params, actor }) => {
  if (!actor) deny(actor);
  const kind = requireKind(params.kind);
  const sp = Object.fromEntries(request.nextUrl.searchParams);
  const filters = parseFilters({ ...sp, page: undefined, pageSize: undefined, departmentId: workingDepartment(actor) ?? sp.departmentId });
  const { buffer, rows } = await exportRecords({ actor, kind, filters });
  const stamp = formatDate(new Date());
  return new Response(new Uint8Array(buffer), {
    headers: { ...xlsxHeaders(`${kind.slug}-${stamp}.xlsx`, `${kind.zh}-${stamp}.xlsx`), "x-row-count": String(rows) },
  });
});
