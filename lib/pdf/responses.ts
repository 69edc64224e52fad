import { bi } from "../i18n/bilingual";
import { escapeHtml as e } from "../report/engine/markdown";
import type { EditionExport } from "./jobs";
import { cacheControl, type CachePolicy } from "../http/cache";

/** HTTP answers of the download routes (PDF, Word, data tables), kept out of the route files so they can be tested. */
export const RETRY_AFTER_SECONDS = 5;

/** What a reader calls the file: "PDF", "Word文档". */
export type FileLabel = { zh: string; en: string };
export const PDF_LABEL: FileLabel = { zh: "PDF", en: "PDF" };
export const WORD_LABEL: FileLabel = { zh: "Word文档", en: "Word document" };
export const WORKBOOK_LABEL: FileLabel = { zh: "数据表", en: "data workbook" };

export const messages = (label: FileLabel = PDF_LABEL, seconds?: number) => ({
  generating: seconds
    ? bi(
        `正在生成${label.zh}，约需${seconds}秒，完成后将自动开始下载`,
        `Generating the ${label.en}, about ${seconds} s; the download starts when it is ready`,
      )
    : bi(`${label.zh}正在生成，请稍候，完成后将自动开始下载`, `The ${label.en} is being generated; the download starts when it is ready`),
  failed: bi(
    `${label.zh}暂时无法生成，我们会自动重试，请稍后再试`,
    `The ${label.en} could not be generated; it will be retried, please try again later`,
  ),
});
export const MESSAGES = messages(PDF_LABEL);

export function wantsJson(request: Request): boolean {
  const accept = request.headers.get("accept") ?? "";
  return accept.includes("application/json") && !accept.includes("text/html");
}

/** RFC 6266 with an RFC 5987 `filename*` (encodeURIComponent leaves ' ( ) * unescaped, which attr-char does not allow). */
export function contentDisposition(kind: "attachment" | "inline", asciiName: string, name: string): string {
  const ascii = asciiName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function pdfResponse(
  pdf: Uint8Array,
  options: { asciiName: string; name: string; disposition?: "attachment" | "inline"; cache: CachePolicy },
): Response {
  return fileResponse(pdf, { ...options, contentType: "application/pdf" });
}

export function fileResponse(
  bytes: Uint8Array,
  options: { contentType: string; asciiName: string; name: string; disposition?: "attachment" | "inline"; cache: CachePolicy },
): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "content-type": options.contentType,
      "content-length": String(bytes.byteLength),
      "content-disposition": contentDisposition(options.disposition ?? "attachment", options.asciiName, options.name),
      ...cacheControl(options.cache),
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * What the last failed attempt may tell a reader: only the known, safe cause "Chromium is not
 * installed" (an operator can fix it); other errors stay in the server log and the job row.
 */
export function userNotice(lastError: string | null): string | null {
  return lastError && /Chromium/.test(lastError) && /未安装/.test(lastError) ? lastError : null;
}

/** 202 while a job prints the PDF, 503 when it failed (the job is tried again later). */
export function pendingResponse(
  state: Exclude<EditionExport, { status: "ready" }>,
  options: { json: boolean; url: string; title: string; label?: FileLabel },
): Response {
  const generating = state.status === "generating";
  const status = generating ? 202 : 503;
  const label = options.label ?? PDF_LABEL;
  const seconds = state.status === "generating" ? state.estimatedSeconds : undefined;
  const text = messages(label, seconds);
  const message = generating ? text.generating : text.failed;
  const notice = userNotice(state.lastError);
  const headers = { "retry-after": String(generating ? RETRY_AFTER_SECONDS : 60), ...cacheControl("no-store") };
  if (options.json) {
    return Response.json(
      {
        status: state.status,
        message,
        ...(notice ? { notice } : {}),
        ...(seconds ? { estimatedSeconds: seconds } : {}),
        retryAfter: generating ? RETRY_AFTER_SECONDS : 60,
        url: options.url,
      },
      { status, headers },
    );
  }
  // Polls with JavaScript and then navigates to the file, so the download happens once; without
  // JavaScript the reader follows the link.
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${e(generating ? `${label.zh}正在生成` : `${label.zh}暂时无法生成`)} · ${e(options.title)}</title>` +
    `<style>body{font-family:"Noto Sans SC","Noto Sans CJK SC","Microsoft YaHei",system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#0f172a;line-height:1.7}` +
    `a{color:#173f74}.box{border:1px solid #d9e8ff;background:#eef5ff;border-radius:.5rem;padding:1rem 1.25rem}</style></head><body>` +
    `<div class="box" role="status" aria-live="polite" data-pdf-status="${state.status}"><h1 style="font-size:1.25rem;margin:0 0 .5rem">${e(options.title)}</h1>` +
    `<p id="msg">${e(message)}</p>` +
    (notice ? `<p data-pdf-notice style="color:#92400e">${e(notice)}</p>` : "") +
    `<p><a href="${e(options.url)}">${generating ? "如未自动下载，请点此重试（retry）" : "重试（retry）"}</a></p></div>` +
    (generating
      ? `<script>(function(){var u=${JSON.stringify(options.url).replace(/</g, "\\u003c")};function poll(){fetch(u,{headers:{Accept:"application/json"}}).then(function(r){` +
        `if(r.status===200){document.getElementById("msg").textContent=${JSON.stringify(bi(`${label.zh}已生成，开始下载`, "ready, downloading"))};location.href=u;}` +
        `else if(r.status===202){setTimeout(poll,${RETRY_AFTER_SECONDS * 1000});}` +
        `else{r.json().then(function(j){document.getElementById("msg").textContent=j.message;});}}).catch(function(){setTimeout(poll,${RETRY_AFTER_SECONDS * 1000});});}` +
        `setTimeout(poll,${RETRY_AFTER_SECONDS * 1000});})();</script>`
      : "") +
    `</body></html>`;
  return new Response(html, { status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
