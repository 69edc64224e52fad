import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs } from "../support/auth";

// The published 2022 edition (the demo seed publishes it) as a download: the first request queues
// its printing and answers 「正在生成」, later ones get the stored file, never a new print.
test.describe.configure({ mode: "serial" });

test("the first download of an edition answers 202 「正在生成」 and the stored PDF follows", async ({ request }) => {
  const first = await request.get("/reports/2022/pdf", { headers: { Accept: "text/html" }, maxRedirects: 0 });
  if (first.status() === 202) {
    expect(first.headers()["retry-after"]).toBeTruthy();
    const html = await first.text();
    expect(html).toMatch(/正在生成PDF，约需\d+秒/);
    expect(html).toContain("/reports/2022/pdf?edition=");
  } else {
    expect(first.status()).toBe(200);
  }

  // A client asking for JSON polls until the job has stored the file.
  let body: { status: string; url?: string; message?: string } = { status: "" };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const res = await request.get("/reports/2022/pdf", { headers: { Accept: "application/json" } });
    body = await res.json();
    if (res.status() === 200) break;
    expect(res.status(), JSON.stringify(body)).toBe(202);
    expect(body.status).toBe("generating");
    expect(body.message).toMatch(/正在生成/);
    await new Promise((r) => setTimeout(r, 1000));
  }
  expect(body.status).toBe("ready");
  expect(body.url).toMatch(/^\/reports\/2022\/pdf\?edition=\d+$/);

  const file = await request.get(body.url!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="report-2022-v\d+\.pdf"; filename\*=UTF-8''/);
  const bytes = await file.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(500_000);

  // Served from storage: the same bytes again, quickly.
  const started = Date.now();
  const again = await request.get(body.url!);
  expect(Buffer.compare(await again.body(), bytes)).toBe(0);
  expect(Date.now() - started).toBeLessThan(3000);
  // The latest-edition URL serves the same file.
  expect(Buffer.compare(await (await request.get("/reports/2022/pdf")).body(), bytes)).toBe(0);
});

test("an unknown year or edition is a 404, not a print", async ({ request }) => {
  expect((await request.get("/reports/1999/pdf", { headers: { Accept: "application/json" } })).status()).toBe(404);
  expect((await request.get("/reports/2022/pdf?edition=999", { headers: { Accept: "application/json" } })).status()).toBe(404);
  expect((await request.get("/reports/2022/pdf?edition=abc")).status()).toBe(404);
});

test("the print page shows cover, contents and the report body in the print layout", async ({ page }) => {
  // Edition 1, the demo's rebuild of the seed report (earlier specs publish later editions with more cases).
  await page.goto("/reports/2022/print?edition=1");
  await expect(page.locator(".nb-print .nb-cover")).toContainText("天津城市职业学院");
  await expect(page.locator(".nb-print .nb-toc")).toContainText("一、学生发展质量");
  await expect(page.locator(".nb-print article[data-case]")).toHaveCount(22);
  // The site's own header is not part of the printed page.
  await expect(page.locator("body > header")).toBeHidden();
});

test("the draft preview is for reviewers only", async ({ baseURL }) => {
  const anonymous = await apiAs(baseURL!, null);
  // The proxy sends visitors without a session to the login page…
  const redirected = await anonymous.post("/admin/report/2022/pdf", { maxRedirects: 0 });
  expect(redirected.status()).toBe(307);
  expect(redirected.headers().location).toContain("/login");
  // …and the route itself refuses a session that is not valid.
  const denied = await anonymous.post("/admin/report/2022/pdf", { headers: { cookie: "next-auth.session-token=forged" } });
  expect(denied.status()).toBe(401);
  expect((await denied.json()).error.code).toBe("UNAUTHENTICATED");

  const staff = await apiAs(baseURL!, "staff-a");
  const forbidden = await staff.post("/admin/report/2022/pdf");
  expect(forbidden.status()).toBe(403);
  expect((await forbidden.json()).error.code).toBe("FORBIDDEN");

  const reviewer = await apiAs(baseURL!, "reviewer");
  const preview = await reviewer.post("/admin/report/2022/pdf", { timeout: 120_000 });
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("application/pdf");
  expect(preview.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(preview.headers()["cache-control"]).toContain("no-store");
  expect((await preview.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the 「下载PDF」 button on the report page downloads the PDF", async ({ page }) => {
  await page.goto("/reports/2022");
  const button = page.locator("[data-download-pdf]");
  await expect(button).toHaveText("下载PDF");
  const download = page.waitForEvent("download", { timeout: 120_000 });
  await button.click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
});
