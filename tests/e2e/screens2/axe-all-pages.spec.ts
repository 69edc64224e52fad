import { RECORD_KINDS } from "../../../lib/records/kinds";
import { apiAs, signIn } from "../support/auth";
import { expect, test } from "@playwright/test";
import { axeViolations, claimPageShape } from "../support/axe";

// axe-core (WCAG 2.1 A/AA) on every public and admin page, as the visitor who would see it. Each page
// is checked here once, so the plain `test` (not the fixture that re-checks every visited page).
// Nothing here writes, so the tests may run side by side; each whole report (~5 s of axe on a quiet
// machine, most of it color-contrast over its thousands of cells) is a test of its own.
test.describe.configure({ mode: "parallel" });

/**
 * Every kind's list is one component fed by the kind's declaration (lib/records/kinds.ts), so the
 * lists are checked for kinds whose columns differ in shape: plain text, prize lists, numbers and
 * rates, a reference to another record, photos, and single indicators. The new-record forms of the
 * kinds that between them hold every control are checked as staff by tests/e2e/forms/kept-values
 * (its visited pages go through axe). Every kind's page still has to answer.
 */
const SAMPLE_KINDS = ["honours", "competition-awards", "employment", "luban-activities", "cases", "indicators"];

async function visitAll(page: import("@playwright/test").Page, paths: string[], status = 200) {
  const found: string[] = [];
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(status);
    claimPageShape(page.url()); // checked here as this role: the checks after other tests skip it
    found.push(...(await axeViolations(page)));
  }
  expect(found).toEqual([]);
}

// The runner is ours (tests/e2e/support/axe.ts): it must still report what axe finds.
test("the check reports a picture without words and a button without a name", async ({ page }) => {
  await page.setContent('<html lang="zh-CN"><title>t</title><main><img src="data:,"><button></button></main></html>');
  const found = await axeViolations(page);
  expect(found.some((v) => v.includes("image-alt"))).toBe(true);
  expect(found.some((v) => v.includes("button-name"))).toBe(true);
  expect(await axeViolations(page, { skipRules: ["image-alt"] })).toEqual(found.filter((v) => !v.includes("image-alt")));
});

test("every kind's public and admin list answers", async ({ page, request }) => {
  for (const k of RECORD_KINDS) expect((await request.get(`/records/${k.slug}?year=2022`)).status(), k.slug).toBe(200);
  await signIn(page, "admin");
  for (const k of RECORD_KINDS) expect((await page.request.get(`/admin/records/${k.slug}?year=2022`)).status(), k.slug).toBe(200);
});

test("public pages", async ({ page }) => {
  test.setTimeout(300_000);
  await visitAll(page, [
    "/",
    "/reports",
    "/reports/2022/editions",
    "/records",
    "/records?q=%E5%A4%A7%E8%B5%9B",
    ...SAMPLE_KINDS.map((k) => `/records/${k}?year=2022`),
    "/login",
  ]);
});

// An address no route matches: the not-found page, drawn by the server in the site's frame.
test("the not-found page", async ({ page }) => {
  await visitAll(page, ["/no-such-page"], 404);
});

test("the whole 2022 report, as the public reads it", async ({ page }) => {
  test.setTimeout(300_000);
  await visitAll(page, ["/reports/2022"]);
});

test("the whole 2022 report, as the administrator previews it", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, "admin");
  await visitAll(page, ["/admin/report/2022/preview"]);
});

test("admin pages, as an administrator", async ({ page, baseURL }) => {
  test.setTimeout(400_000);
  const api = await apiAs(baseURL!, "admin");
  const one = (await (await api.get("/api/v1/records/honours?year=2022&pageSize=1")).json()).items[0];
  await api.dispose();
  await signIn(page, "admin");
  await visitAll(page, [
    "/admin",
    "/admin/records",
    "/admin/review",
    "/admin/dashboard?year=2022",
    "/admin/users",
    "/admin/departments",
    "/admin/years",
    "/admin/rule-packs",
    "/admin/rule-packs/2024",
    "/admin/rule-packs/2024/changes",
    "/admin/settings",
    "/admin/account",
    "/admin/report/2022/sections",
    "/admin/report/2022/consistency",
    ...SAMPLE_KINDS.map((k) => `/admin/records/${k}?year=2022`),
    "/admin/records/honours/new",
    `/admin/records/honours/${one.id}`,
    `/admin/records/honours/${one.id}/history`,
  ]);
});

test("admin pages, as department staff", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, "staff-a");
  await visitAll(page, ["/admin", "/admin/records", "/admin/records/honours/import"]);
});
