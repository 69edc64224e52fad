import { expect, test } from "../support/axe";
import { signIn } from "../support/auth";

// Public rough edges, as a visitor meets them (the demo: 2022 published, 2021 open and unpublished).

test("the home page lists only published years, with the published edition's figures", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('article[data-year="2022"]')).toBeVisible();
  await expect(page.locator('article[data-year="2021"]')).toHaveCount(0);
  await expect(page.locator('a[href="/reports/2021"]')).toHaveCount(0);
  await expect(page.locator('article[data-year="2022"] [data-stat="graduates"] dd')).toHaveText(/^3071/);
  await expect(page.getByTestId("college-name")).toHaveText("天津城市职业学院");
  const icon = await page.request.get("/icon.svg");
  expect(icon.status()).toBe(200);
});

test("the /records search box searches every kind", async ({ page }) => {
  await page.goto("/records");
  await page.getByLabel(/搜索|Search/).fill("鲁班工坊");
  await page.getByRole("button", { name: /筛选|Filter/ }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId("search-summary")).toBeVisible();
  const kinds = page.locator("[data-kind]");
  expect(await kinds.count()).toBeGreaterThan(0);
  for (const link of await kinds.all()) expect(await link.getAttribute("href")).toContain("q=");
});

test("a 来源 link opens the list on the page holding its row", async ({ page }) => {
  await page.goto("/reports/2022");
  const hrefs = await page.locator('a[href^="/records/"][href*="record="]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  // the sources of the longest lists (indicators, figures) are the ones beyond the first page
  const pick = hrefs.find((h) => h.startsWith("/records/indicators")) ?? hrefs[hrefs.length - 1]!;
  await page.goto(pick);
  const id = decodeURIComponent(pick.split("#")[1]!);
  await expect(page.locator(`[id="${id}"]`)).toBeVisible();
});

test("short table labels stay on one line on a phone, and numbers align right", async ({ browser, baseURL }) => {
  const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, baseURL });
  await phone.goto("/reports/2022");
  const short = phone.locator(".report th.s").first();
  await expect(short).toBeVisible();
  const box = await short.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return { lines: range.getClientRects().length, align: getComputedStyle(el).whiteSpace };
  });
  expect(box.align).toBe("nowrap");
  expect(box.lines).toBe(1);
  const numeric = phone.locator(".report td.r").first();
  expect(await numeric.evaluate((el) => getComputedStyle(el).textAlign)).toBe("right");
  await phone.close();
});

test("the report page has the site's header: same links in the same order, the signed-in user, the language switch", async ({ page }) => {
  const headerLinks = () => page.locator("header nav a").evaluateAll((as) => as.map((a) => a.textContent.trim()).filter(Boolean));
  await page.goto("/records");
  const onRecords = await headerLinks();
  await page.goto("/reports/2022");
  expect(await headerLinks()).toEqual(onRecords);
  await expect(page.getByTestId("college-name")).toHaveText("天津城市职业学院");
  await expect(page.locator("header").getByRole("link", { name: "登录" })).toBeVisible();

  // Signed in, the report page names the user like every other page, and is not cached for others.
  await signIn(page, "reviewer");
  await page.goto("/records");
  const name = (await page.getByTestId("signed-in-user").textContent())!;
  expect(name).toMatch(/· 工作台$/);
  const res = await page.goto("/reports/2022");
  expect(res!.headers()["cache-control"]).toBe("private, no-store");
  await expect(page.getByTestId("signed-in-user")).toHaveText(name);
  await expect(page.locator("header").getByRole("link", { name: "登录" })).toHaveCount(0);

  // The language switch comes back to the report, with the header in English.
  await page.locator("header").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/reports\/2022$/);
  await expect(page.locator("header").getByRole("link", { name: "Home" })).toBeVisible();
  await page.locator("header").getByRole("link", { name: "中文" }).click();
  await expect(page.locator("header").getByRole("link", { name: "首页" })).toBeVisible();
});
