import { bi } from "../i18n/bilingual";
import { escapeHtml as e } from "../report/markdown";
import type { EditionPdf } from "./jobs";

/** HTTP answers of the PDF download route, kept out of the route file so they can be tested. */
export const RETRY_AFTER_SECONDS = 5;

export const MESSAGES = {
  generating: bi("PDF正在生成，请稍候，完成后将自动开始下载", "The PDF is being generated; the download starts when it is ready"),
  failed: bi("PDF暂时无法生成，我们会自动重试，请稍后再试", "The PDF could not be generated; it will be retried, please try again later"),
};

export function wantsJson(request: Request): boolean {
  const accept = request.headers.get("accept") ?? "";
  return accept.includes("application/json") && !accept.includes("text/html");
}

export function contentDisposition(kind: "attachment" | "inline", asciiName: string, name: string): string {
  return `${kind}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function pdfResponse(pdf: Uint8Array, options: { asciiName: string; name: string; disposition?: "attachment" | "inline"; cache: string }): Response {
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-length": String(pdf.byteLength),
      "content-disposition": contentDisposition(options.disposition ?? "attachment", options.asciiName, options.name),
      "cache-control": options.cache,
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
export function pendingResponse(state: Exclude<EditionPdf, { status: "ready" }>, options: { json: boolean; url: string; title: string }): Response {
  const generating = state.status === "generating";
  const status = generating ? 202 : 503;
  const message = generating ? MESSAGES.generating : MESSAGES.failed;
  const notice = userNotice(state.lastError);
  const headers = { "retry-after": String(generating ? RETRY_AFTER_SECONDS : 60), "cache-control": "no-store" };
  if (options.json) {
    return Response.json({ status: state.status, message, ...(notice ? { notice } : {}), retryAfter: generating ? RETRY_AFTER_SECONDS : 60, url: options.url }, { status, headers });
  }
  // Polls with JavaScript and then navigates to the file, so the download happens once; without
  // JavaScript the reader follows the link.
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${e(generating ? "PDF正在生成" : "PDF暂时无法生成")} · ${e(options.title)}</title>`
    + `<style>body{font-family:"Noto Sans SC","Noto Sans CJK SC","Microsoft YaHei",system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#0f172a;line-height:1.7}`
    + `a{color:#173f74}.box{border:1px solid #d9e8ff;background:#eef5ff;border-radius:.5rem;padding:1rem 1.25rem}</style></head><body>`
    + `<div class="box" role="status" aria-live="polite" data-pdf-status="${state.status}"><h1 style="font-size:1.25rem;margin:0 0 .5rem">${e(options.title)}</h1>`
    + `<p id="msg">${e(message)}</p>`
    + (notice ? `<p data-pdf-notice style="color:#92400e">${e(notice)}</p>` : "")
    + `<p><a href="${e(options.url)}">${generating ? "如未自动下载，请点此重试（retry）" : "重试（retry）"}</a></p></div>`
    + (generating ? `<script>(function(){var u=${JSON.stringify(options.url).replace(/</g, "\\u003c")};function poll(){fetch(u,{headers:{Accept:"application/json"}}).then(function(r){`
      + `if(r.status===200){document.getElementById("msg").textContent=${JSON.stringify(bi("PDF已生成，开始下载", "ready, downloading"))};location.href=u;}`
      + `else if(r.status===202){setTimeout(poll,${RETRY_AFTER_SECONDS * 1000});}`
      + `else{r.json().then(function(j){document.getElementById("msg").textContent=j.message;});}}).catch(function(){setTimeout(poll,${RETRY_AFTER_SECONDS * 1000});});}`
      + `setTimeout(poll,${RETRY_AFTER_SECONDS * 1000});})();</script>` : "")
    + `</body></html>`;
  return new Response(html, { status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
