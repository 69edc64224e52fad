import { apiRoute, jsonBody } from "@/lib/api/handler";
import { recordPackageSent } from "@/lib/package/log";
import { parseEditionParams } from "@/lib/report/http/params";

type P = { year: string; version: string };

/** POST (quality office, admins): records 已报送 for the edition, body `{ note: "通过省平台报送省教育厅职成处" }`. */
export const POST = apiRoute<P>(
  async ({ params, actor, request }) => {
    const { year, version } = parseEditionParams(params);
    const row = await recordPackageSent({ actor, year, version, input: await jsonBody(request) });
    return Response.json(
      { id: row.id, year, version, action: row.action, at: row.exportedAt.toISOString(), note: row.note },
      { status: 201 },
    );
  },
  { allow: "package.send" },
);
