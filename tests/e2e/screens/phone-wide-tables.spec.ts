import type { Page } from "@playwright/test";
import { expect, test } from "../support/axe";
import { apiAs, signIn, signOut, uniqueName } from "../support/auth";
import { act, createAward, expectNoSidewaysScroll } from "./helpers";

// Pages whose tables or choices were wider than a phone: the whole page scrolled sideways and the
// header, the menu and the text beside them no longer lined up (English words are longer than
// Chinese ones, so some showed in one language only). A wide table scrolls in a box of its own.
const PHONE = { width: 390, height: 844 };

async function inLanguage(page: Page, baseURL: string, lang: "zh" | "en") {
  await page.context().addCookies([{ name: "nianbao-lang", value: lang, url: baseURL }]);
}

/** The table's box scrolls sideways (so every column can be read) while the page does not. */
async function expectScrollsInItsBox(page: Page, table: string) {
  const box = page.locator(table).first().locator("xpath=..");
  await expect(box).toBeVisible();
  expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");
  await expectNoSidewaysScroll(page);
}

for (const lang of ["zh", "en"] as const) {
  test(`on a phone (${lang}) the public list of a year's editions fits the screen`, async ({ page, baseURL }) => {
    await page.setViewportSize(PHONE);
    await inLanguage(page, baseURL!, lang);
    await page.goto("/reports/2022/editions");
    await expect(page.locator("tr[data-version]").first()).toBeVisible();
    await expectScrollsInItsBox(page, "table");
  });

  test(`on a phone (${lang}) the rule packs, a pack's indicator tables and the outline's template choice fit the screen`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(PHONE);
    await inLanguage(page, baseURL!, lang);
    await signIn(page, "admin");

    await page.goto("/admin/rule-packs");
    await expect(page.getByTestId("rule-packs")).toBeVisible();
    await expectScrollsInItsBox(page, '[data-testid="rule-packs"]');

    await page.goto("/admin/rule-packs/2022");
    await expect(page.locator("table[data-table]").first()).toBeVisible();
    for (const table of await page.locator("table[data-table]").all()) {
      const box = table.locator("xpath=..");
      expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");
    }
    await expectNoSidewaysScroll(page);

    await page.goto("/admin/report/2021/sections");
    const template = page.locator('select[name="templateKey"]');
    await expect(template).toBeVisible();
    const right = await template.evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(PHONE.width);
    await expectNoSidewaysScroll(page);
  });
}

test("on a phone a department's whole name can be read in its field on 部门管理", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, "admin");
  await page.goto("/admin/departments");
  // The first department's name (the demo's 机电与信息工程系, eight characters).
  const name = page.getByLabel(/^名称（.+）$/).first();
  await expect(name).toHaveValue(/^.{6,}$/);
  // An input whose text is wider than the field scrolls inside it: the name would show cut off.
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expectNoSidewaysScroll(page);
});

test("on a phone in English an award's form (new, and as the reviewer sees it) keeps its prize rows on the screen", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await inLanguage(page, baseURL!, "en");
  const staff = await apiAs(baseURL!, "staff-a");
  const award = await createAward(staff, uniqueName("手机表单"));
  await act(staff, award.id, "submit");
  await staff.dispose();

  await signIn(page, "staff-a");
  await page.goto("/admin/records/competition-awards/new");
  // "person-times" is wider than 「人次」: the row held its 20-character field and pushed the unit off the screen.
  const unit = page.getByLabel("Unit 1", { exact: true });
  await expect(unit).toHaveValue("人次");
  expect(await unit.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(PHONE.width);
  await expectNoSidewaysScroll(page);

  await signOut(page);
  await inLanguage(page, baseURL!, "en");
  await signIn(page, "reviewer");
  await page.goto(`/admin/records/competition-awards/${award.id}`);
  await expect(page.getByTestId("record-title")).toBeVisible();
  expect(await unit.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(PHONE.width);
  await expectNoSidewaysScroll(page);
});
