import type { NextRequest } from "next/server";
import { crossSite, errorResponse } from "@/lib/api/handler";
import { scaleEnv } from "@/lib/env";
import { currentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";
import { exclusive, printsInProgress } from "@/lib/pdf/jobs";
import { pdfResponse } from "@/lib/pdf/responses";
import { renderInChildProcess } from "@/lib/pdf/spawn";
import { previewDocument } from "@/lib/report/admin";
import { parseYear } from "@/lib/report/http/params";

/**
 * POST /admin/report/{year}/pdf: a PDF preview of the unpublished draft (approved and pending
 * data, marked), printed on demand for reviewers. It waits its turn behind any other print in
 * this server, so previews and published editions never run two Chromiums at once. A POST, not a
 * GET: printing is expensive, and a GET can be triggered by any page a reviewer visits (an <img>).
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** A preview waits at most for one print before it (the demo report prints in ~5-10 s). */
const MAX_QUEUED = 2;

export async function POST(request: NextRequest, { params }: { params: Promise<{ year: string }> }) {
  try {
    if (crossSite(request)) throw new AppError("FORBIDDEN", bi("拒绝跨站请求", "cross-site request refused"));
    const actor = await currentActor();
    authorize(actor, "report.preview");
    const year = parseYear((await params).year);
    if (!year) throw new AppError("NOT_FOUND", bi("没有这一年度", "no such year"));
    // A web instance of a scaled-out installation never starts Chromium (issue 14).
    if (scaleEnv().NIANBAO_WORKER === "off") {
      throw new AppError(
        "RATE_LIMITED",
        bi(
          "本服务器不生成PDF预览，请阅读网页预览或发布后下载PDF",
          "this server does not print PDF previews; read the web preview, or download the PDF after publishing",
        ),
      );
    }
    if (printsInProgress() >= MAX_QUEUED) {
      throw new AppError("RATE_LIMITED", bi("正在生成其他PDF，请稍后再试", "another PDF is being generated, please try again shortly"));
    }
    const document = await previewDocument(actor, year);
    if (!document) throw new AppError("NOT_FOUND", bi(`没有${year}年度的报告`, `there is no report year ${year}`));
    const { pdf } = await exclusive(() => renderInChildProcess(document));
    return pdfResponse(pdf, {
      asciiName: `report-${year}-preview.pdf`,
      name: `${document.title}（审阅稿）.pdf`,
      disposition: "inline",
      cache: "private-no-store",
    });
  } catch (err) {
    return errorResponse(err);
  }
}
