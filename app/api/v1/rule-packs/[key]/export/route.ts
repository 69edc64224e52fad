import { apiRoute } from "@/lib/api/handler";
import { exportFileName, exportText, getRulePack } from "@/lib/rules/store";
import { cacheControl } from "@/lib/http/cache";

/** GET (reviewers, admins): the pack as one JSON file to download and share. */
export const GET = apiRoute<{ key: string }>(async ({ params, actor }) => {
  const pack = await getRulePack({ actor, key: params.key });
  return new Response(exportText(pack), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(pack.key)}"`,
      ...cacheControl("no-store"),
    },
  });
});
