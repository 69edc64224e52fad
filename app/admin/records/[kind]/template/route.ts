import { apiRoute } from "@/lib/api/handler";
import { deny } from "@/lib/auth/policy";
import { xlsxHeaders } from "@/lib/import/http";
import { buildTemplate } from "@/lib/import/template";
import { requireKind } from "@/lib/records/resolve";

/** GET: the .xlsx import template of a record kind (signed-in users only). */
export const GET = apiRoute<{ kind: string }>(async ({ params, actor }) => {
  if (!actor) deny(actor);
  const kind = requireKind(params.kind);
  const body = await buildTemplate(kind);
  return new Response(new Uint8Array(body), { headers: xlsxHeaders(`${kind.slug}-template.xlsx`, `${kind.zh}导入模板.xlsx`) });
});
