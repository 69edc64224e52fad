import { apiRoute, jsonBody } from "@/lib/api/handler";
import { presentRecord } from "@/lib/records/access";
import { requireKind } from "@/lib/records/resolve";
import { deleteRecord, findReadable, updateRecord } from "@/lib/records/write";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";

type P = { kind: string; id: string };

export const GET = apiRoute<P>(async ({ params, actor }) => {
  const kind = requireKind(params.kind);
  return presentRecord(await findReadable({ actor }, kind, params.id), actor);
});

/** PUT/PATCH { version, data }: the whole record's fields; refused with 409 if `version` is stale. */
const update = apiRoute<P>(async ({ request, params, actor, ip }) => {
  const kind = requireKind(params.kind);
  const body = await jsonBody(request);
  const version = Number(body.version);
  if (!Number.isInteger(version)) throw new AppError("INVALID", bi("缺少版本号 version", "version is required"));
  return presentRecord(await updateRecord({ actor, ip, kind, id: params.id, version, input: body.data }), actor);
});
export const PUT = update;
export const PATCH = update;

/** DELETE ?version=N: soft-deletes a draft or returned record of one's own department (204). */
export const DELETE = apiRoute<P>(async ({ request, params, actor, ip }) => {
  const kind = requireKind(params.kind);
  const version = Number(request.nextUrl.searchParams.get("version"));
  if (!Number.isInteger(version) || version < 1) throw new AppError("INVALID", bi("缺少版本号 version", "version is required"));
  await deleteRecord({ actor, ip, kind, id: params.id, version });
  return new Response(null, { status: 204 });
});
