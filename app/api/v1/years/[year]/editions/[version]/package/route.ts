import { apiRoute } from "@/lib/api/handler";
import { exportPackage } from "@/lib/package/export";
import { fileResponse, pendingResponse, wantsJson } from "@/lib/pdf/responses";
import { parseEditionParams } from "@/lib/report/http/params";
import { cacheControl } from "@/lib/http/cache";

type P = { year: string; version: string };
/** The printed forms' jobs: the workbook and partner PDFs are quick, the request waits this long for them. */
const WAIT_MS = 10_000;

/**
 * GET (quality office, admins, leaders): the edition's submission package (报送包), a zip of
 * report.json, the PDF, Word file, data workbook, partner reports, photos and manifest.json
 * (lib/package/schema.ts). 202 「正在生成」 while a printed form is still being made (it is then
 * under way; ask again), 400 when 学校标识码 or 办学类型 is not set. With `Accept: application/json`
 * it answers `{ status: "ready", url }` once the zip can be made (like the report downloads); the
 * zip comes with a plain GET. Each zip downloaded is logged.
 */
export const GET = apiRoute<P>(
  async ({ params, actor, request }) => {
    const { year, version } = parseEditionParams(params);
    const json = wantsJson(request);
    const url = new URL(request.url).pathname;
    // A JSON client (and the 「正在生成」 page's poll) asks whether it is ready; the zip itself, and its log row, come with a plain GET.
    const result = await exportPackage({ actor, year, version, waitMs: WAIT_MS, check: json });
    if (result.status === "exportable") return Response.json({ status: "ready", url }, { headers: cacheControl("no-store") });
    if (result.status === "pending") {
      const failed = result.waiting.find((w) => w.state.status === "failed");
      const label = {
        zh: result.waiting.map((w) => w.label.zh).join("、"),
        en: result.waiting.map((w) => w.label.en).join(", "),
      };
      return pendingResponse((failed ?? result.waiting[0]!).state, {
        json,
        url,
        title: `${year}年度报告（第${version}版）报送包`,
        label,
      });
    }
    return fileResponse(result.zip, {
      contentType: "application/zip",
      asciiName: result.asciiName,
      name: result.name,
      cache: "private-no-store",
    });
  },
  { allow: "package.export" },
);
