import "server-only";
import { bi } from "../../i18n/bilingual";
import { CONTENT_TYPES, editionFileKey, type ExportFormat, requestEditionExport } from "../../pdf/jobs";
import { fileResponse, PDF_LABEL, pendingResponse, wantsJson, WORD_LABEL, WORKBOOK_LABEL } from "../../pdf/responses";
import { storage } from "../../storage";
import { type EditionMeta, listEditions } from "../editions/editions";
import { parseVersion, parseYear } from "./params";
import { cacheControl } from "../../http/cache";

/**
 * The download routes of a published edition: GET /reports/{year}/{pdf|docx|xlsx}[?edition=N].
 * All three are made by the background job queue (lib/pdf/jobs.ts), one job per edition and
 * format, never in the request: the first request answers 202 「正在生成」, later ones get the
 * stored file. The data workbook is quick, so its first request waits a few seconds for the job.
 */
export type DownloadFormat = ExportFormat;
const LABELS = { pdf: PDF_LABEL, docx: WORD_LABEL, xlsx: WORKBOOK_LABEL } as const;
/** How long a request waits for a quick job before answering 202. */
const WAIT_MS = { pdf: 0, docx: 0, xlsx: 10_000 } as const;

const ASCII_NAME = { pdf: "report", docx: "report", xlsx: "report-data" } as const;
/** The Chinese file name: 「2022年度质量报告（第1版）.docx」, 「…（第1版）数据表.xlsx」. */
export const downloadName = (edition: Pick<EditionMeta, "title" | "version">, format: DownloadFormat) =>
  `${edition.title}（第${edition.version}版）${format === "xlsx" ? "数据表" : ""}.${format}`;

const notFound = (json: boolean, message: string) =>
  json
    ? Response.json({ status: "not-found", message }, { status: 404 })
    : new Response(message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

const UNAVAILABLE = {
  pdf: bi("PDF下载暂时不可用，请稍后重试", "PDF download is unavailable, please try again later"),
  docx: bi("Word下载暂时不可用，请稍后重试", "Word download is unavailable, please try again later"),
  xlsx: bi("数据表下载暂时不可用，请稍后重试", "data table download is unavailable, please try again later"),
};

export async function editionDownload(request: Request, yearParam: string, format: DownloadFormat): Promise<Response> {
  const json = wantsJson(request);
  const year = parseYear(yearParam);
  const search = new URL(request.url).searchParams;
  const version = search.has("edition") ? parseVersion(search.get("edition")) : undefined;
  if (!year || version === null) return notFound(json, bi("没有这一年度或版本的报告", "no such report year or edition"));
  try {
    const editions = await listEditions({ year });
    const edition = version ? editions.find((e) => e.version === version) : editions[0];
    if (!edition) return notFound(json, bi(`${year}年度报告尚未发布`, `the ${year} report has not been published`));
    const url = `/reports/${year}/${format}?edition=${edition.version}`;
    const key = editionFileKey(edition, format);
    const files = storage();
    const state = await requestEditionExport({ edition, format, waitMs: WAIT_MS[format] });
    if (state.status !== "ready")
      return pendingResponse(state, { json, url, title: `${edition.title}（第${edition.version}版）`, label: LABELS[format] });
    if (json) return Response.json({ status: "ready", url }, { headers: cacheControl("no-store") });
    const bytes = await files.getFile(key);
    if (!bytes) return pendingResponse({ status: "generating", attempts: 0, lastError: null }, { json, url, title: edition.title });
    return fileResponse(bytes, {
      contentType: CONTENT_TYPES[format],
      asciiName: `${ASCII_NAME[format]}-${year}-v${edition.version}.${format}`,
      name: downloadName(edition, format),
      // An edition never changes; "latest" can move to a newer edition.
      cache: version ? "immutable" : "public-5min",
    });
  } catch (err) {
    console.error(`[nianbao] ${format} download failed:`, err);
    const message = UNAVAILABLE[format];
    return json
      ? Response.json({ status: "error", message }, { status: 503 })
      : new Response(message, { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
