import { expect as baseExpect, type Page } from "@playwright/test";
import { test } from "../support/axe";
import sharp from "sharp";
import { SETUP_TOKEN, startCollegeServer, type CollegeServer } from "../support/college-server";

/**
 * A real installation, not the demo: a second `next start` of the same build on an empty,
 * migrated database. A new college sets itself up, signs in, makes its departments and edits its
 * details; nothing of the demo college appears.
 */
// Patient on a busy two-core machine (its own server starts beside the suite's); the assertions are the same.
const expect = baseExpect.configure({ timeout: 20_000 });
let college: CollegeServer | undefined;
let BASE = "";
const COLLEGE = "远山职业技术学院";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  college = await startCollegeServer({ offset: 7, prefix: "nianbao_e2e_setup" });
  BASE = college.base;
});

test.afterAll(async () => {
  await college?.stop();
});

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

test("an empty installation leads every page to /setup; the college sets itself up, and /setup is gone for good", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${BASE}/reports`);
  await expect(page).toHaveURL(`${BASE}/setup`);
  expect(await noHorizontalScroll(page)).toBe(true);

  // Whoever reaches a fresh server first, without the token from its log, is refused (in both languages).
  const firstComer = { name: "抢先学院" };
  const intruder = { username: "intruder", displayName: "抢先者", password: "Intruder-2025!", passwordConfirm: "Intruder-2025!" };
  for (const setupToken of [undefined, "guessed-token-0123456789"]) {
    const refused = await page.request.post(`${BASE}/api/v1/setup`, { data: { setupToken, institution: firstComer, admin: intruder } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.message).toMatch(/设置口令.*set-up token/);
  }
  await page.getByLabel(/^设置口令/).fill("guessed-token-0123456789");
  await page.getByLabel(/^学校名称/).fill(firstComer.name);
  await page.getByRole("button", { name: /完成设置/ }).click();
  await expect(page.locator("#field-setupToken-error")).toContainText("set-up token");
  await page.getByLabel(/^设置口令/).fill(SETUP_TOKEN);
  await page.getByLabel(/^学校名称/).fill(COLLEGE);
  await page.getByLabel(/^所在城市/).fill("兰州");
  await page.getByLabel(/^学校网址/).fill("yuanshan.example");
  const logo = await sharp({ create: { width: 120, height: 120, channels: 3, background: "#b91c1c" } })
    .png()
    .toBuffer();
  await page.getByLabel(/^校徽/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await page.getByLabel(/^用户名/).fill("quality");
  await page.getByLabel(/^姓名/).fill("质量办");
  await page.getByLabel(/^密码/).fill("weakpass");
  await page.getByLabel(/^确认密码/).fill("weakpass");
  await page.getByRole("button", { name: /完成设置/ }).click();
  // Refused: the website and the password are named; what was typed stays.
  await expect(page.locator("#field-website-error")).toContainText("http");
  await expect(page.getByLabel(/^学校名称/)).toHaveValue(COLLEGE);
  await page.getByLabel(/^学校网址/).fill("https://yuanshan.example.edu.cn");
  await page.getByRole("button", { name: /完成设置/ }).click();
  await expect(page.locator("#field-password-error")).toContainText("至少10位");
  await page.getByLabel(/^密码/).fill("Yuan-shan-2025!");
  await page.getByLabel(/^确认密码/).fill("Yuan-shan-2025!");
  await page.getByLabel(/^校徽/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await page.getByRole("button", { name: /完成设置/ }).click();
  await expect(page.getByText("设置完成")).toBeVisible();

  expect((await page.request.get(`${BASE}/setup`)).status()).toBe(404);
  expect((await page.request.post(`${BASE}/api/v1/setup`, { data: { institution: { name: "冒名学院" }, admin: {} } })).status()).toBe(404);
  await expect(page.getByTestId("college-name")).toHaveText(COLLEGE);
  await expect(page.locator("header img")).toBeVisible();
});

test("the new administrator makes departments, edits the college and changes their password", async ({ page }) => {
  await page.goto(`${BASE}/login?callbackUrl=/admin/departments`);
  await page.locator('input[name="username"]').fill("quality");
  await page.locator('input[name="password"]').fill("Yuan-shan-2025!");
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page.getByRole("heading", { name: /部门管理/ })).toBeVisible();

  for (const name of ["机电工程系", "信息工程系", "旅游管理系"]) {
    await page.locator('form:has(button:text("新建部门")) input[name="name"]').fill(name);
    await page.getByRole("button", { name: "新建部门" }).click();
    await expect(page.getByRole("form", { name: `部门 ${name}` })).toBeVisible();
  }
  // A duplicate name is refused with the reason; rename, reorder and deactivate work.
  await page.locator('form:has(button:text("新建部门")) input[name="name"]').fill("信息工程系");
  await page.getByRole("button", { name: "新建部门" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "同名" })).toBeVisible();
  const travel = page.getByRole("form", { name: "部门 旅游管理系" });
  await travel.getByRole("button", { name: "上移 旅游管理系" }).click();
  await expect(travel.getByRole("status")).toHaveText("已上移");
  await page.reload();
  const names = await page
    .getByTestId("departments")
    .locator('input[name="name"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(names).toEqual(["机电工程系", "旅游管理系", "信息工程系"]);
  const it = page.getByRole("form", { name: "部门 信息工程系" });
  await it.getByLabel("名称（信息工程系）").fill("信息与智能工程系");
  await it.getByRole("button", { name: "保存" }).click();
  const renamed = page.getByRole("form", { name: "部门 信息与智能工程系" });
  await expect(renamed.getByRole("status")).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await renamed.getByRole("button", { name: "停用" }).click();
  await expect(renamed.getByRole("button", { name: "启用" })).toBeVisible();
  const departments = await (await page.request.get(`${BASE}/api/v1/departments`)).json();
  expect(departments.items.map((d: { name: string }) => d.name)).toEqual(["机电工程系", "旅游管理系"]);

  await page.goto(`${BASE}/admin/settings`);
  await page.getByLabel(/^简称/).fill("远山职院");
  await page.getByRole("button", { name: /保存/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  expect((await (await page.request.get(`${BASE}/api/v1/institution`)).json()).shortName).toBe("远山职院");

  await page.goto(`${BASE}/admin/account`);
  await page.getByLabel(/^当前密码/).fill("wrong-password");
  await page.getByLabel(/^新密码/).fill("Another-pass-2026");
  await page.getByLabel(/^确认新密码/).fill("Another-pass-2026");
  await page.getByRole("button", { name: /修改密码/ }).click();
  await expect(page.locator("#field-current-error")).toBeVisible();
  await page.getByLabel(/^当前密码/).fill("Yuan-shan-2025!");
  await page.getByLabel(/^新密码/).fill("Another-pass-2026");
  await page.getByLabel(/^确认新密码/).fill("Another-pass-2026");
  await page.getByRole("button", { name: /修改密码/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "密码已修改" })).toBeVisible();

  // Nothing of the demo college anywhere.
  await page.goto(`${BASE}/`);
  await expect(page.locator("body")).not.toContainText("天津城市职业学院");
});
