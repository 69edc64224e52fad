import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect as baseExpect, type Browser, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { migrateDeploy } from "../../../lib/runtime/migrate";
import { scratchDatabase, type ScratchDatabase } from "../../../lib/runtime/scratch-database";
import { buildPackage } from "../../support/packages";

/**
 * Province mode in the browser: a second `next start` of the same build on an empty database, set
 * up as a provincial education department. Its admin registers two colleges and opens an account
 * for one; that college signs in, lands on its hand-in page and hands in its package; the board
 * shows it handed in and the other college missing, at phone width too.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
const expect = baseExpect.configure({ timeout: 20_000 });
const PORT = Number(process.env.E2E_PORT ?? 3100) + 11;
const BASE = `http://127.0.0.1:${PORT}`;
const SETUP_TOKEN = "e2e-province-token-0123456789";
const HANDS_IN = { code: "4137010001", name: "济南职业学院", city: "济南" };
const MISSING = { code: "4137010002", name: "淄博工业学校", city: "淄博" };
let server: ChildProcess | undefined;
let database: ScratchDatabase | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await scratchDatabase({
    serverUrl: process.env.DATABASE_URL ?? null,
    prefix: "nianbao_e2e_province",
    embeddedPort: PORT + 50_000,
  });
  await migrateDeploy(database.url, { quiet: true });
  server = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: String(database.poolMax),
      NIANBAO_DEMO: "0",
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: "e2e-province-secret-not-for-production-0123456789",
      NIANBAO_LOGIN_LIMIT_IP: "10000",
      NIANBAO_SETUP_TOKEN: SETUP_TOKEN,
    },
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/setup`)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the province's app instance did not start");
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await database?.dispose();
});

async function signIn(browser: Browser, username: string, password: string, callbackUrl = "/admin"): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await page.goto(`${BASE}/login?callbackUrl=${callbackUrl}`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  return page;
}

test("a province is set up, registers colleges, a college hands in, and the board shows who is missing", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto(`${BASE}/setup`);
  await page.getByLabel(/^设置口令/).fill(SETUP_TOKEN);
  await page.getByLabel("省级教育行政部门（汇集各校报送）").check();
  await page.getByLabel(/^学校名称/).fill("山东省教育厅");
  await page.getByLabel(/^用户名/).fill("sdjyt");
  await page.getByLabel(/^姓名/).fill("职成处");
  await page.getByLabel(/^密码/).fill("Zhicheng-2025!");
  await page.getByLabel(/^确认密码/).fill("Zhicheng-2025!");
  await page.getByRole("button", { name: /完成设置/ }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fcolleges|\/login\?callbackUrl=\/admin\/colleges/);

  const admin = await signIn(browser, "sdjyt", "Zhicheng-2025!", "/admin/colleges");
  await expect(admin.getByRole("heading", { name: "学校名录" })).toBeVisible();
  // A college's pages are not a province's: records send the admin to the board.
  await admin.goto(`${BASE}/admin/records`);
  await expect(admin).toHaveURL(`${BASE}/admin/province/board`);
  await admin.goto(`${BASE}/admin/colleges`);
  const add = admin.getByRole("form", { name: "添加学校" });
  for (const c of [HANDS_IN, MISSING]) {
    await add.getByLabel("学校标识码").fill(c.code);
    await add.getByLabel("学校名称").fill(c.name);
    await add.getByLabel("办学类型").selectOption(c === MISSING ? "SECONDARY" : "HIGHER");
    await add.getByLabel("所在城市").fill(c.city);
    await add.getByRole("button", { name: "添加学校" }).click();
    await expect(admin.getByTestId(`college-${c.code}`)).toBeVisible();
  }
  // A bad code is refused with the reason, Chinese first.
  await add.getByLabel("学校标识码").fill("12345");
  await add.getByLabel("学校名称").fill("错误学校");
  await add.getByLabel("所在城市").fill("济南");
  await add.getByRole("button", { name: "添加学校" }).click();
  await expect(add.getByRole("alert").first()).toContainText("学校标识码应为10位数字");

  const account = admin.getByRole("form", { name: `开通报送账号 ${HANDS_IN.code}` });
  await account.getByLabel("用户名").fill("jnzy");
  await account.getByLabel("姓名").fill("济南职院质量办");
  await account.getByLabel("初始密码").fill("Jinan-zhiyuan-2025!");
  await account.getByRole("button", { name: "开通账号" }).click();
  await expect(account.getByRole("status")).toContainText("已开通账号 jnzy");

  const college = await signIn(browser, "jnzy", "Jinan-zhiyuan-2025!");
  await expect(college).toHaveURL(`${BASE}/admin/hand-in`);
  await expect(college.getByTestId("hand-in-college")).toContainText(HANDS_IN.name);
  // A college's account sees no board.
  await college.goto(`${BASE}/admin/province/board`);
  await expect(college).toHaveURL(`${BASE}/admin/hand-in`);
  const zip = Buffer.from(buildPackage({ code: HANDS_IN.code, name: HANDS_IN.name }));
  await college.getByLabel("报送包（.zip）").setInputFiles({ name: "package.zip", mimeType: "application/zip", buffer: zip });
  await college.getByRole("button", { name: "上传报送" }).click();
  await expect(college.getByTestId("hand-in-results").getByRole("status")).toContainText(`已收到 ${HANDS_IN.name} 2024年度第 1 版报送`);
  await expect(college.getByTestId("own-hand-ins")).toContainText("2024");
  // Another college's package is refused with the reason.
  await college
    .getByLabel("报送包（.zip）")
    .setInputFiles({ name: "other.zip", mimeType: "application/zip", buffer: Buffer.from(buildPackage({ code: MISSING.code })) });
  await college.getByRole("button", { name: "上传报送" }).click();
  await expect(college.getByTestId("hand-in-results").getByRole("alert")).toContainText("学校标识码不符");

  await admin.goto(`${BASE}/admin/province/board?year=2024`);
  await expect(admin.getByTestId(`board-${HANDS_IN.code}`)).toContainText("已报送");
  await expect(admin.getByTestId(`board-${HANDS_IN.code}`)).toContainText("第 1 版");
  await expect(admin.getByTestId(`board-${MISSING.code}`)).toContainText("未报送");
  await expect(admin.getByTestId("board-summary")).toContainText("已报送 1 / 2 所");
  await admin.getByRole("button", { name: "提醒未报送学校" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "没有需要提醒" })).toBeVisible();

  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.reload();
  await expect(admin.getByTestId(`board-${MISSING.code}`)).toContainText("未报送");
  expect(await admin.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
});
