import { expect, test, type Page } from "@playwright/test";
import { apiAs, DEMO_PASSWORD } from "../support/auth";

/**
 * Issue 23 item 6: the public pages, sign-in, set-up's neighbours (settings, account), users,
 * departments, years and partner pages read wholly in English for an English reader. Checked is
 * the page's own wording (headings, labels, buttons, links, table headers, notes), not data
 * values such as the college's, departments', people's and enterprises' names.
 */

const CJK = /[\u3400-\u9fff]/;
const CHROME = "h1, h2, h3, th[scope=col], dt, label, legend, caption, button, a, p, summary";

/** The Chinese left in the own text (not the children's) and titles of the page's wording under `scope`. */
async function chineseWording(page: Page, scope: string, skip: string[] = []): Promise<string[]> {
  return page.evaluate(
    ({ scope, selectors, skip, cjk }) => {
      const re = new RegExp(cjk);
      const found: string[] = [];
      for (const root of document.querySelectorAll(scope)) {
        for (const el of [root, ...root.querySelectorAll(selectors)].filter((e) => e.matches(selectors))) {
          if (skip.some((s) => el.closest(s))) continue;
          const own = [...el.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent ?? "")
            .join("")
            .trim();
          if (re.test(own)) found.push(`<${el.tagName.toLowerCase()}> ${own}`);
          for (const attr of ["placeholder", "title", "alt"]) {
            const value = el.getAttribute(attr);
            if (value && re.test(value)) found.push(`<${el.tagName.toLowerCase()} ${attr}> ${value}`);
          }
        }
      }
      return found;
    },
    { scope, selectors: CHROME, skip, cjk: CJK.source },
  );
}

async function english(page: Page, baseURL: string) {
  await page.context().addCookies([{ name: "nianbao-lang", value: "en", url: baseURL }]);
}

async function signInAs(page: Page, baseURL: string, user: "admin" | "reviewer") {
  const api = await apiAs(baseURL, user);
  await page.context().addCookies((await api.storageState()).cookies);
  await api.dispose();
}

// The header's college name and signed-in user, and the demo's data, are not page wording; the
// language switch names Chinese in Chinese on purpose.
const SITE_DATA = [
  "[data-testid=college-name]",
  "[data-testid=signed-in-user]",
  "[data-testid=demo-accounts] li",
  "[data-testid=whoami]",
  "a[href^='/lang']",
];
/** The partner report's own words: its title, paragraphs and case heading quote what the enterprise wrote. */
const PARTNER_DATA = [
  "[data-testid=partner-report] h1",
  "[data-testid=partner-report] p",
  "[data-testid=partner-report] section:last-child h2",
];

test("an English reader sees the public pages, the sign-in page and the not-found pages in English", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await english(page, baseURL!);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Report years" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
  await expect(page.locator("footer")).toContainText("All figures come from approved records");
  await expect(page.getByTestId("demo-banner")).toContainText("Demo data");
  expect(await chineseWording(page, "body", [...SITE_DATA, "main > div > section:first-child h1"])).toEqual([]);
  await expect(page).toHaveTitle(/Nianbao/);

  await page.goto("/records?year=2022&q=a");
  await expect(page.getByTestId("search-summary")).toContainText("found in");
  expect(await chineseWording(page, "body", [...SITE_DATA, "[data-kind] span span:last-child"])).toEqual([]);
  await expect(page).toHaveTitle(/^Records/);

  // A public case: its text is Chinese data; the frame around it is not.
  await page.goto("/records/cases?year=2022");
  await page.locator("a[href^='/records/cases/']").first().click();
  await expect(page.locator("[data-public-record]")).toBeVisible();
  await expect(page.getByRole("link", { name: /See it in the list of/ })).toBeVisible();
  expect(await chineseWording(page, "body", [...SITE_DATA, "#record-title", "[data-case-body]", "figure", "dl", "header p"])).toEqual([]);

  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Annual quality reports");
  await expect(page.locator("[data-year='2022']")).toContainText("Read the report (edition");
  // A year's report title is the college's own (stored with the year).
  expect(await chineseWording(page, "body", [...SITE_DATA, "[data-year] h2"])).toEqual([]);

  await page.goto("/reports/2022/editions");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2022 annual quality report · editions");
  for (const header of ["Edition", "Published", "Published by", "What changed", "Signed off by", "Read", "Download"])
    await expect(page.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
  await expect(page.locator("[data-download-pdf]").first()).toHaveText("Download PDF");
  // The update notes are what the publisher wrote.
  expect(await chineseWording(page, "body", [...SITE_DATA, "[data-note]", "[data-signoff]", "[data-diff]"])).toEqual([]);

  await page.goto("/reports/2022/enterprises/haihe-data");
  await expect(page.getByRole("heading", { level: 2, name: "1. About the enterprise" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Total investment" })).toBeVisible();
  expect(await chineseWording(page, "body", [...SITE_DATA, ...PARTNER_DATA])).toEqual([]);

  await page.goto("/reports/2099/editions");
  await expect(page.getByRole("heading", { name: "This year's report has not been published yet" })).toBeVisible();

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "This page does not exist, or you are not allowed to see it" })).toBeVisible();
  expect(await chineseWording(page, "body", SITE_DATA)).toEqual([]);

  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Username")).toBeVisible();
  await expect(page.getByTestId("account-help")).toContainText("Forgot your password?");
  // The single sign-on button names the college's provider as configured (OIDC_NAME).
  expect(await chineseWording(page, "body", [...SITE_DATA, "button[type=button]"])).toEqual([]);
  await expect(page).toHaveTitle(/^Sign in/);
  await page.locator('input[name="username"]').fill("admin");
  await page.locator('input[name="password"]').fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Wrong username or password", { exact: true })).toBeVisible();
});

test("an English admin sees users, departments, years, settings, partners and the account page in English", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await english(page, baseURL!);
  await signInAs(page, baseURL!, "admin");
  // The admin menu belongs to another part of the catalogue; each page's own content is checked here.
  const content = "main h1 ~ *, main h1";

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  for (const header of ["Username", "Name", "State", "Role and department", "Password"])
    await expect(page.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add user" })).toBeVisible();
  await expect(page.locator("select[name=role]").first().locator("option").first()).toHaveText("Department staff");
  expect(await chineseWording(page, content)).toEqual([]);
  await expect(page).toHaveTitle(/^Users/);

  await page.goto("/admin/departments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Departments");
  await expect(page.getByRole("button", { name: "Add department" })).toBeVisible();
  await expect(page.getByTestId("departments").locator("li p").first()).toContainText("Active");
  expect(await chineseWording(page, content)).toEqual([]);

  await page.goto("/admin/years");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report years");
  const open = page.getByRole("form", { name: "Open a new year" });
  await expect(open.getByRole("button", { name: "Open year" })).toBeVisible();
  await expect(open.getByLabel(/^Academic year/)).toBeVisible();
  await expect(page.locator("[data-year='2022']")).toContainText(/Published|Open|Archived/);
  // The rule packs' names are data.
  expect(await chineseWording(page, content, ["fieldset label"])).toEqual([]);

  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("College settings");
  await expect(page.getByLabel(/^College name/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeVisible();
  await expect(page.getByTestId("modules")).toContainText("Optional modules");
  expect(await chineseWording(page, content)).toEqual([]);

  await page.goto("/admin/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
  await expect(page.getByLabel(/^Current password/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Change password" })).toBeVisible();
  expect(await chineseWording(page, content, ["h1 + p"])).toEqual([]);

  await page.goto("/admin/partners");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partner-enterprise reports");
  await expect(page.getByRole("form", { name: "Invite an enterprise" }).getByLabel(/^Enterprise name/)).toBeVisible();
  for (const header of ["Enterprise", "Contact", "Username", "Annual reports"])
    await expect(page.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
  expect(await chineseWording(page, content, ["tbody", "[data-testid=partner-queue]"])).toEqual([]);
  await page
    .getByRole("link", { name: /^2022 Approved$/ })
    .first()
    .click();
  await expect(page.getByTestId("partner-status")).toHaveText("Approved");
  await expect(page.getByRole("link", { name: "← Partner-enterprise reports" })).toBeVisible();
  expect(await chineseWording(page, "main", ["nav", ...PARTNER_DATA, "p > span"])).toEqual([]);
});

test("an English partner enterprise signs in and sees its corner in English; Chinese is unchanged", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await english(page, baseURL!);
  await page.goto("/login");
  await page.locator('input[name="username"]').fill("partner-a");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("whoami")).toContainText("(partner enterprise)");
  await page.goto("/partner");
  await expect(page.getByRole("link", { name: "Enterprise annual reports" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("link", { name: "2022 report" })).toBeVisible();
  expect(await chineseWording(page, "main", ["[data-testid=whoami]", "h1"])).toEqual([]);

  await page.goto("/partner/reports/2022");
  await expect(page.getByTestId("partner-status").first()).toHaveText("Approved");
  await expect(page.getByRole("heading", { name: "3. Results of the partnership" })).toBeVisible();
  expect(await chineseWording(page, "main", ["[data-testid=whoami]", "h1", ...PARTNER_DATA])).toEqual([]);

  await page.goto("/partner/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enterprise account");
  expect(await chineseWording(page, "main", ["[data-testid=whoami]", "h1 + p"])).toEqual([]);

  // Chinese, as before: the same pages in the reader's default language.
  await page.context().clearCookies({ name: "nianbao-lang" });
  await page.goto("/partner/reports/2022");
  await expect(page.getByTestId("partner-status").first()).toHaveText("已通过");
  await expect(page.getByRole("heading", { name: "三、合作成效" })).toBeVisible();
  await page.context().clearCookies();
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  await expect(page.getByRole("button", { name: "登录 Sign in" })).toBeVisible();
  await expect(page.getByText("演示账号")).toBeVisible();
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("质量年度报告");
});
