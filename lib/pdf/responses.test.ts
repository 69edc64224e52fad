import { describe, expect, it } from "vitest";
import { contentDisposition, fileResponse, pendingResponse, userNotice, wantsJson, WORD_LABEL } from "./responses";

describe("PDF download responses", () => {
  it("tells JSON clients from browsers", () => {
    expect(wantsJson(new Request("http://x/", { headers: { accept: "application/json" } }))).toBe(true);
    expect(wantsJson(new Request("http://x/", { headers: { accept: "text/html,application/xhtml+xml,application/json;q=0.9" } }))).toBe(
      false,
    );
    expect(wantsJson(new Request("http://x/"))).toBe(false);
  });

  it("names the file in ASCII and in UTF-8", () => {
    expect(contentDisposition("attachment", "report-2022-v1.pdf", "2022年度质量报告（第1版）.pdf")).toBe(
      `attachment; filename="report-2022-v1.pdf"; filename*=UTF-8''2022%E5%B9%B4%E5%BA%A6%E8%B4%A8%E9%87%8F%E6%8A%A5%E5%91%8A%EF%BC%88%E7%AC%AC1%E7%89%88%EF%BC%89.pdf`,
    );
  });

  it("escapes what RFC 5987 does not allow in filename* and keeps the ASCII name ASCII", () => {
    expect(contentDisposition("attachment", "report (1).docx", "年报(第1版)*.docx")).toBe(
      `attachment; filename="report (1).docx"; filename*=UTF-8''%E5%B9%B4%E6%8A%A5%28%E7%AC%AC1%E7%89%88%29%2A.docx`,
    );
    expect(contentDisposition("attachment", 'a"b年.docx', "x")).toBe(`attachment; filename="a_b_.docx"; filename*=UTF-8''x`);
  });

  it("serves a file with its content type, the download name and nosniff", () => {
    const res = fileResponse(new Uint8Array([80, 75]), {
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      asciiName: "report-2022-v1.docx",
      name: "2022年度质量报告（第1版）.docx",
      cache: "no-store",
    });
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="report-2022-v1\.docx"; filename\*=UTF-8''2022/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-length")).toBe("2");
  });

  it("names the Word document in its waiting page", async () => {
    const res = pendingResponse(
      { status: "generating", attempts: 0, lastError: null },
      { json: false, url: "/reports/2022/docx?edition=1", title: "t", label: WORD_LABEL },
    );
    const html = await res.text();
    expect(html).toContain("Word文档正在生成");
    expect(html).not.toContain("PDF");
  });

  it("answers 202 「正在生成」 as JSON, with Retry-After", async () => {
    const res = pendingResponse(
      { status: "generating", attempts: 0, lastError: null },
      { json: true, url: "/reports/2022/pdf?edition=1", title: "t" },
    );
    expect(res.status).toBe(202);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toMatchObject({
      status: "generating",
      message: expect.stringContaining("正在生成"),
      url: "/reports/2022/pdf?edition=1",
    });
  });

  it("answers a browser with a page that polls and then downloads once, escaping what it shows", async () => {
    const res = pendingResponse(
      { status: "generating", attempts: 1, lastError: null },
      { json: false, url: "/reports/2022/pdf?edition=1", title: "<b>2022</b>" },
    );
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain("PDF正在生成");
    expect(html).toContain("&lt;b&gt;2022&lt;/b&gt;");
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toContain(`location.href=u`);
  });

  it("says 503 when the job failed, and names a missing Chromium but no other error detail", async () => {
    const missing = "服务器未安装 Chromium，暂时无法生成PDF（Chromium is not installed on the server; the PDF cannot be generated now）";
    expect(userNotice(missing)).toBe(missing);
    expect(userNotice("PDF generation failed: /srv/app/x.ts line 3")).toBeNull();
    const res = pendingResponse({ status: "failed", lastError: missing }, { json: true, url: "/u", title: "t" });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "failed", notice: missing });
  });
});
