import { apiRoute } from "@/lib/api/handler";
import { exportPackage } from "@/lib/package/export";
import { fileResponse, pendingResponse, wantsJson } from "@/lib/pdf/responses";
import { parseEditionParams } from "@/lib/report/http/params";

type P = { year: string; version: string };
/** The printed forms' jobs: the workbook and partner PDFs are quick, the request waits this long for them. */
const WAIT_MS = 10_000;

/**
 * GET (quality office, admins, leaders): the edition's submission package (报送包), a zip of
 * report.json, the PDF, Word file, data workbook, partner reports, photos and manifest.json
 * (lib/package/schema.ts). 202 「正在生成」 while a printed form is still being made (it is then
 * under way; ask again), 400 when 学校标识码 or 办学类型 is not set. Each download is logged.
 */
export const GET = apiRoute<P>(
  async ({ params, actor, request }) => {
    const { year, version } = parseEditionParams(params);
    const result = await exportPackage({ actor, year, version, waitMs: WAIT_MS });
    if (result.status === "pending") {
      const failed = result.waiting.find((w) => w.state.status === "failed");
      const label = {
        zh: result.waiting.map((w) => w.label.zh).join("、"),
        en: result.waiting.map((w) => w.label.en).join(", "),
      };
      return pendingResponse((failed ?? result.waiting[0]!).state, {
        json: wantsJson(request),
        url: new URL(request.url).pathname,
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
