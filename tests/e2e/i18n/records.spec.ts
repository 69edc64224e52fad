import { expect, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, uniqueName, type DemoUser } from "../support/auth";

// The records, review queue and import pages in English (issue 23 item 6): their own words come from
// the catalogue (lib/i18n/messages/records, review, recordImport); the Chinese pages are unchanged.

/** Signed in through next-auth's own endpoint, with the language cookie the header's switch sets. */
async function signInAs(page: Page, baseURL: string, user: DemoUser, lang: "en" | "zh") {
  await page.context().clearCookies();
  const api = await apiAs(baseURL, user);
  await page.context().addCookies((await api.storageState()).cookies);
  await api.dispose();
  await page.context().addCookies([{ name: "nianbao-lang", value: lang, url: baseURL }]);
}

/**
 * The Chinese left in the page's own chrome: headings, header cells, labels, buttons, links and field
 * names outside the tables' rows, each element's own text and its aria-label, title and placeholder.
 * The admin menu above the page (the layout's) and data (record titles, department names, file
 * names, which stay as entered) are not looked at.
 */
async function chineseInChrome(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cjk = /[\u3400-\u9fff]/;
    const [, ...parts] = [...(document.querySelector("main > div")?.children ?? [])]; // the first is the admin menu
    const own = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? "")
        .join("")
        .trim();
    const found: string[] = [];
    for (const part of parts)
      for (const el of [part, ...part.querySelectorAll("h1, h2, h3, thead th, label, button, a, dt, summary, legend, nav, form")]) {
        if (el.closest("tbody, [data-testid=attachments], [data-testid=record-title]")) continue;
        // The partner reports' line on the review page is the partner pages' (components/partners), not this area's.
        if (el.closest('a[href="/admin/partners"]')) continue;
        for (const text of [
          own(el),
          el.getAttribute("aria-label") ?? "",
          el.getAttribute("title") ?? "",
          el.getAttribute("placeholder") ?? "",
        ])
          if (cjk.test(text)) found.push(`${el.tagName.toLowerCase()}: ${text}`);
      }
    return found;
  });
}

async function expectEnglish(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await chineseInChrome(page), path).toEqual([]);
}

test("in English the records pages, the form, a record's page and history, and the import page speak English", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(360_000);
  await signInAs(page, baseURL!, "staff-a", "en");
  await expectEnglish(page, "/admin/records");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Records");
  await expect(page).toHaveTitle(/^Records/);

  await expectEnglish(page, "/admin/records/competition-awards");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Competition awards");
  await expect(page.getByRole("link", { name: "New", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Filter" })).toBeVisible();

  await expectEnglish(page, "/admin/records/competition-awards/new");
  const name = uniqueName("English check 竞赛");
  await page.getByLabel(/^Competition/).fill(name);
  await page.getByLabel(/^Level/).selectOption("PROVINCIAL");
  await expect(page.getByLabel(/^Level/).locator("option:checked")).toHaveText("Provincial");
  await page.getByLabel("Prize 1").fill("一等奖");
  await page.getByLabel("Count 1").fill("3");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  const recordUrl = page.url().replace(/\?.*$/, "");
  expect(await chineseInChrome(page), "a draft's page").toEqual([]);
  await expect(page.getByText("Status:")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();

  await expectEnglish(page, `${recordUrl}/history`);
  await expectEnglish(page, "/admin/records/competition-awards/import");
  await expect(page.getByRole("button", { name: "Upload and preview" })).toBeVisible();

  // the reviewer's queue and the record's workflow buttons
  await signInAs(page, baseURL!, "reviewer", "en");
  await expectEnglish(page, "/admin/review");
  await expect(page).toHaveTitle(/^Review queue/);
  await expect(page.getByRole("columnheader", { name: "Submitted by" })).toBeVisible();
  await expect(page.getByLabel(`Select ${name}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve selected" })).toBeVisible();
  await expectEnglish(page, recordUrl);
  await expect(page.getByRole("button", { name: "Approve", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve & next" })).toBeVisible();
  await expect(page.getByLabel("Reason")).toBeVisible();

  // an admin's lists (the deleted tab) and the people imports
  await signInAs(page, baseURL!, "admin", "en");
  await expectEnglish(page, "/admin/records/competition-awards?deleted=1");
  await expectEnglish(page, "/admin/users/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import users from a spreadsheet");
  await expectEnglish(page, "/admin/departments/import");
});

test("in Chinese the same pages read as before", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signInAs(page, baseURL!, "staff-a", "zh");
  await page.goto("/admin/records");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据填报 Records");
  await page.goto("/admin/records/competition-awards");
  await expect(page.getByRole("link", { name: "新建 New" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "状态" })).toBeVisible();
  await page.goto("/admin/records/competition-awards/new");
  await expect(page.getByRole("button", { name: "保存草稿 Save draft" })).toBeVisible();
  await signInAs(page, baseURL!, "reviewer", "zh");
  await page.goto("/admin/review");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("审核队列 Review queue ·");
  await expect(page.getByRole("columnheader", { name: "提交人" })).toBeVisible();
});
