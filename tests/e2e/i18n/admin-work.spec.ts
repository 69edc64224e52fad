import { expect, test, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { apiAs, uniqueName, type ChainUser, type DemoUser } from "../support/auth";
import { act, createAward } from "../screens/helpers";

// The admin's daily pages in English: the menu, 待办, 通知, the task board and 我的任务, 我的章节,
// 填报进度, the rule packs and the report's preview, sections and consistency check. Only the page
// chrome is checked (headings, menus, buttons, labels, table headers): names of departments, people,
// sections and records are data and stay as entered.
test.setTimeout(240_000);

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** Signed in through next-auth's endpoint (not the login page, which another screen owns), reading in `lang`. */
async function signInAs(context: BrowserContext, baseURL: string, user: DemoUser | ChainUser, lang: "en" | "zh") {
  const api = await apiAs(baseURL, user);
  const { cookies } = await api.storageState();
  await api.dispose();
  const host = new URL(baseURL).hostname;
  await context.clearCookies();
  await context.addCookies([...cookies, { name: "nianbao-lang", value: lang, domain: host, path: "/" }]);
}

/** Every text of these elements is free of Chinese (aria-labels often name the record or section, which is data). */
async function expectEnglish(page: Page, what: string, ...locators: Locator[]) {
  for (const locator of locators) {
    const texts = await locator.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText).filter((t) => t.trim() !== ""));
    expect(texts.length, `${what}: ${locator.toString()} found nothing`).toBeGreaterThan(0);
    for (const text of texts) expect(text, `${what} (${page.url()})`).not.toMatch(CJK);
  }
}

/** The admin menu: every link but the signed-in name (a person's name is data), and the bell. */
async function expectEnglishMenu(page: Page) {
  const nav = page.getByRole("navigation", { name: "Administration" });
  await expect(nav).toBeVisible();
  await expectEnglish(page, "menu", nav.locator("a:not([data-testid=whoami])"));
  await expect(page.getByTestId("bell")).toHaveAttribute("aria-label", /^Notifications: /);
  await expect(page.getByTestId("whoami")).toContainText(/\((Administrator|Reviewer|Department staff|College leader)\)/);
}

test("the admin's pages speak English when the reader chose it", async ({ page, context, baseURL }) => {
  await signInAs(context, baseURL!, "admin", "en");

  await page.goto("/admin/todo");
  await expect(page.getByRole("heading", { level: 1, name: /^To do/ })).toBeVisible();
  await expectEnglishMenu(page);
  await expectEnglish(page, "to-do", page.getByRole("heading", { level: 2 }), page.getByTestId("todo-checklist").getByRole("link"));

  await page.goto("/admin/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: /^Progress/ })).toBeVisible();
  await expectEnglish(page, "progress", page.getByRole("heading"), page.locator("thead th"), page.getByTestId("year-total"));

  await page.goto("/admin/tasks");
  await expect(page.getByRole("heading", { level: 1, name: /^Task board/ })).toBeVisible();
  const filters = page.getByRole("form", { name: "Filter tasks" });
  await expectEnglish(
    page,
    "task board",
    page.getByTestId("task-counts"),
    page.locator("section[data-group] h2"),
    filters.locator("select[name=state] option, select[name=kind] option, button"),
    page.locator("li[data-task] span.text-slate-500, li[data-task] button"),
  );

  await page.goto("/admin/rule-packs");
  await expect(page.getByRole("heading", { level: 1, name: "Rule packs" })).toBeVisible();
  await expectEnglish(page, "rule packs", page.locator("thead th"), page.getByRole("form", { name: "Import a rule pack" }));
  await page.goto("/admin/rule-packs/2022");
  await expect(page.getByRole("link", { name: "← All rule packs" })).toBeVisible();
  await expectEnglish(
    page,
    "rule pack",
    page.locator("dt"),
    page.getByRole("heading", { level: 2 }),
    page.locator("thead th"),
    page.getByRole("form", { name: "Edit the rule pack" }).locator("label, legend, button"),
  );

  await page.goto("/admin/report");
  await expect(page.getByRole("heading", { level: 1, name: /^Preview of the \d{4} report/ })).toBeVisible();
  const year = /\/admin\/report\/(\d{4})\/preview/.exec(page.url())![1];
  const frame = page.locator("div.print\\:hidden").first();
  await expectEnglish(page, "preview", frame.locator("h1, h1 + p, h2, button, label, legend"));

  await page.goto(`/admin/report/${year}/consistency`);
  await expect(page.getByRole("heading", { level: 1, name: `Consistency check of ${year}` })).toBeVisible();
  await expectEnglish(page, "consistency", page.getByRole("heading"), page.getByRole("link", { name: "Preview the report" }));

  await page.goto(`/admin/report/${year}/sections`);
  await expect(page.getByRole("heading", { level: 1, name: `The ${year} report · section texts` })).toBeVisible();
  await expectEnglish(
    page,
    "sections",
    page.locator("h1 + p"),
    page.locator("section button"),
    // The character count names the rule pack (data): only the save state is checked.
    page.locator("[data-testid=save-state]"),
  );

  await page.goto("/admin/notifications");
  await expect(page.getByRole("heading", { level: 1, name: /^Notifications/ })).toBeVisible();
  await expectEnglish(page, "mail settings", page.getByRole("form", { name: "E-mail" }).locator("h2, label, legend, button"));

  // Chinese stays as it was for everyone else.
  await signInAs(context, baseURL!, "admin", "zh");
  await page.goto("/admin/todo");
  await expect(page.getByRole("heading", { level: 1, name: /^待办/ })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "管理导航" });
  await expect(nav.getByRole("link", { name: "任务看板", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "年报预览与发布", exact: true })).toBeVisible();
  await expect(page.getByTestId("todo-checklist")).toContainText("第一年的准备");
});

test("staff read their sections, tasks and a new notice in English", async ({ page, context, baseURL }) => {
  // A submission tells the quality office: its notice is written in both languages.
  const staff = await apiAs(baseURL!, "staff-a");
  const name = uniqueName("i18n-award");
  const created = await createAward(staff, name);
  await act(staff, created.id, "submit");
  await staff.dispose();

  await signInAs(context, baseURL!, "reviewer", "en");
  await page.goto("/admin/notifications");
  const notices = page.getByTestId("notifications");
  await expect(notices.getByRole("link", { name: /submitted \d+ records? for your review$/ }).first()).toBeVisible();
  await expect(notices.locator("li").filter({ hasText: name }).first()).toContainText(/^[\s\S]*Latest: Competition awards “/);
  await expectEnglish(page, "notices", notices.locator("li span.rounded"));

  await signInAs(context, baseURL!, "staff-a", "en");
  await page.goto("/admin/todo");
  await expectEnglishMenu(page);
  await expectEnglish(page, "staff to-do", page.getByRole("heading", { level: 2 }));

  await page.goto("/admin/my-sections");
  await expect(page.getByRole("heading", { level: 1, name: "My sections" })).toBeVisible();
  await expectEnglish(page, "my sections", page.locator("h1 + p, li[data-section] > p"));

  await page.goto("/admin/tasks/mine");
  await expect(page.getByRole("heading", { level: 1, name: "My tasks" })).toBeVisible();
  await expectEnglish(page, "my tasks", page.locator("h1 + p"));

  // The same notice, read in Chinese, reads as it always did.
  await signInAs(context, baseURL!, "reviewer", "zh");
  await page.goto("/admin/notifications");
  await expect(
    page
      .getByTestId("notifications")
      .getByRole("link", { name: /提交了 \d+ 条记录待您审核$/ })
      .first(),
  ).toBeVisible();
});
