import type { Page } from "@playwright/test";
import { apiAs, uniqueName } from "../support/auth";
import { axeViolations, expect, test } from "../support/axe";
import { expectNoSidewaysScroll } from "./helpers";

// The smaller findings of issue 22: the language switch stays on the page, the report reads on a
// phone (contents, back to top, readable charts), lists keep readable columns, a case's 来源 opens
// the case, and axe's best-practice rules (region, landmark-unique …) on top of WCAG A/AA.
const PHONE = { width: 390, height: 844 };

/**
 * Signed in through next-auth's own endpoint, the session cookie handed to the page: these tests are
 * about the pages they open, not the landing page a sign-in leads to (slow on a busy machine).
 */
async function signInAs(page: Page, baseURL: string, user: "admin" | "staff-a") {
  const api = await apiAs(baseURL, user);
  await page.context().addCookies((await api.storageState()).cookies);
  await api.dispose();
}

/** axe with its best-practice rules too. */
const bestPracticeViolations = (page: Page) => axeViolations(page, { tags: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] });

test("on a phone the report has a collapsed 目录, a back-to-top link and charts with labels of at least 10 px", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await page.goto("/reports/2022");
  const contents = page.locator("[data-phone-contents]");
  await expect(contents).toBeVisible();
  const jump = contents.getByRole("navigation", { name: "章节跳转" });
  await expect(jump).toBeHidden();
  await contents.locator("summary").click();
  await expect(jump).toBeVisible();
  const chapter = jump.getByRole("link").nth(2);
  const target = (await chapter.getAttribute("href"))!;
  await chapter.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

  const top = page.locator("[data-back-to-top]");
  await expect(top).toBeVisible();
  await expect(top).toHaveText("回到顶部");
  await top.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  // Every chart's smallest label as drawn on this screen (the font size scaled by the SVG's width).
  const smallest = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>("figure[data-chart] .art svg")].map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return Math.min(...sizes);
    }),
  );
  expect(smallest.length).toBeGreaterThanOrEqual(2);
  for (const px of smallest) expect(px).toBeGreaterThanOrEqual(10);
  await expectNoSidewaysScroll(page);

  // On a wide screen neither shows: the report's own contents are there.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(contents).toBeHidden();
  await expect(top).toBeHidden();
});

test("on a phone the home chart's labels are at least 10 px and admin lists keep readable columns", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const chart = page.locator('[data-chart="year-comparison"] svg');
  await expect(chart).toBeVisible();
  const smallest = await chart.evaluate((svg: SVGSVGElement) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
  expect(smallest).toBeGreaterThanOrEqual(10);
  await expectNoSidewaysScroll(page);

  await signInAs(page, baseURL!, "admin");
  await page.goto("/admin/records/honours?year=2022");
  await expect(page.getByTestId("whoami")).toBeVisible();
  const list = page.locator("table").first();
  // No column narrower than five characters: the list scrolls sideways in its box, the page does not.
  const widths = await list.locator("thead th").evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
  for (const w of widths) expect(w).toBeGreaterThanOrEqual(80);
  const box = list.locator("xpath=..");
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectNoSidewaysScroll(page);
});

test("a case's 来源 link in the report opens the case itself; a case not approved is not found", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto("/reports/2022");
  const first = page.locator("[data-case]").first();
  const title = (await first.locator(".ct").innerText()).replace(/^案例\d+：/, "").trim();
  const source = first.getByRole("link", { name: "案例来源记录" });
  await expect(source).toHaveAttribute("href", /^\/records\/cases\/[\w-]+$/);
  await source.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("[data-case-body]")).toBeVisible();
  expect((await page.locator("[data-case-body]").innerText()).length).toBeGreaterThan(50);

  const api = await apiAs(baseURL!, "staff-a");
  const res = await api.post("/api/v1/records/cases", {
    data: {
      year: 2022,
      data: { title: uniqueName("未审核的案例"), topic: "teaching.industry", body: "尚未审核的案例正文，公众不应看到。" },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const draft = (await res.json()) as { id: string };
  await api.dispose();
  const answer = await page.goto(`/records/cases/${draft.id}`);
  expect(answer?.status()).toBe(404);
  await expect(page.getByText("尚未审核的案例正文")).toHaveCount(0);
});

test("axe with best-practice rules: home, login, a record form and the whole report", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const found: string[] = [];
  for (const path of ["/", "/login"]) {
    await page.goto(path);
    found.push(...(await bestPracticeViolations(page)));
  }
  await page.goto("/reports/2022");
  found.push(...(await bestPracticeViolations(page)));
  await signInAs(page, baseURL!, "staff-a");
  await page.goto("/admin/records/honours/new");
  await expect(page.getByTestId("whoami")).toBeVisible();
  found.push(...(await bestPracticeViolations(page)));
  expect(found).toEqual([]);
});

test("English on an admin page stays on that page, and the report's toolbar then reads in English", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs(page, baseURL!, "admin");
  await page.goto("/admin/records/honours?year=2022");
  await expect(page.getByTestId("whoami")).toBeVisible();
  await page.getByRole("banner").getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/records\/honours\?year=2022$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "中文", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto("/reports/2022");
  await expect(page.locator("[data-download-pdf]")).toHaveText("Download PDF");
  await expect(page.locator("[data-download-docx]")).toHaveText("Download Word");
  await expect(page.locator("[data-download-xlsx]")).toHaveText("Download data (Excel)");
  await expect(page.locator(".bar")).toContainText("All editions");
  await expect(page.locator(".bar")).not.toContainText("历次版本");
  // Back to Chinese from the report: still the report.
  await page.getByRole("banner").getByRole("link", { name: "中文", exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/2022$/);
  await expect(page.locator("[data-download-pdf]")).toHaveText("下载PDF");
});
