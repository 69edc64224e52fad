import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect as baseExpect, type Browser, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { migrateDeploy } from "../../../lib/runtime/migrate";
import { scratchDatabase, type ScratchDatabase } from "../../../lib/runtime/scratch-database";

/**
 * The provincial report in the browser: a province installation (a second `next start` of the same
 * build on its own database) whose colleges handed in, with 2024 opened from the provincial pack,
 * a narrative quoting {{province.SC02}}, one case picked and an edition published (set up through
 * the domain functions). The department's report pages open; a college's stay closed; the public
 * page shows Σplaced / Σgraduates = 1041 / 1102 = 94.46 % and the picked case's photo; the PDF and
 * the Word file download.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
const expect = baseExpect.configure({ timeout: 20_000 });
const PORT = Number(process.env.E2E_PORT ?? 3100) + 13;
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "Provincial-2025!";
/** The colleges the seed registers (province-report.seed.ts prints them): the first one's case is picked. */
let seeded: { picked: string; others: string[] };
let server: ChildProcess | undefined;
let database: ScratchDatabase | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await scratchDatabase({
    serverUrl: process.env.DATABASE_URL ?? null,
    prefix: "nianbao_e2e_provreport",
    embeddedPort: PORT + 50_000,
  });
  await migrateDeploy(database.url, { quiet: true });
  // The domain functions read the shipped rule packs (JSON modules), which the test runner's loader does not import: a tsx script seeds.
  const seed = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(import.meta.dirname, "province-report.seed.ts")],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, SEED_PASSWORD: PASSWORD },
      encoding: "utf8",
    },
  );
  if (seed.status !== 0) throw new Error(`seeding the province failed: ${seed.stderr}`);
  seeded = JSON.parse(seed.stdout.trim().split("\n").at(-1)!) as typeof seeded;
  server = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: String(database.poolMax),
      NIANBAO_DEMO: "0",
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: "e2e-provreport-secret-not-for-production-0123456789",
      NIANBAO_LOGIN_LIMIT_IP: "10000",
    },
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/login`)).status < 500) return;
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

async function signIn(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await page.goto(`${BASE}/login?callbackUrl=/admin/report`);
  await page.locator('input[name="username"]').fill("office");
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  return page;
}

test("a province's report pages open, its published report shows the aggregates and the picked case, and downloads", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const office = await signIn(browser);
  await expect(office).toHaveURL(`${BASE}/admin/report/2024/preview`);
  await expect(office.getByText("94.46%").first()).toBeVisible();
  await office.goto(`${BASE}/admin/report/2024/sections`);
  const narratives = office.locator('textarea[name="narrative"]');
  await expect(narratives.first()).toBeVisible();
  expect(await narratives.evaluateAll((all) => all.some((t) => (t as HTMLTextAreaElement).value.includes("{{province.SC02}}")))).toBe(true);
  // The editions, the checks and the pack open in a province too (each page is also checked with axe).
  for (const shared of ["/admin/report/2024/editions", "/admin/report/2024/consistency", "/admin/rule-packs/province-2024"]) {
    await office.goto(`${BASE}${shared}`);
    await expect(office).toHaveURL(`${BASE}${shared}`);
    await expect(office.locator("h1").first()).toBeVisible();
  }
  await office.goto(`${BASE}/admin/years`);
  await expect(office.locator('input[name="source"][value="province-2024"]')).toHaveCount(1);
  await expect(office.locator('input[name="source"][value="2024"]')).toHaveCount(0);
  // A college's own pages stay closed.
  await office.goto(`${BASE}/admin/records`);
  await expect(office).toHaveURL(`${BASE}/admin/province/board`);

  await page.goto(`${BASE}/reports/2024`);
  await expect(page.getByText("山东省教育厅").first()).toBeVisible();
  await expect(page.locator('[data-token="province.SC02"]')).toHaveText("94.46%");
  const typical = page.locator("article.case");
  await expect(typical).toHaveCount(1);
  await expect(typical).toContainText(seeded.picked);
  await expect(page.getByText(seeded.others[0]!)).toHaveCount(0);
  const photo = typical.locator("img");
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // The Word file and the PDF are made in the background: the first requests answer 202 until each is stored.
  for (const format of ["docx", "pdf"]) {
    await expect
      .poll(async () => (await page.request.get(`${BASE}/reports/2024/${format}`)).status(), { timeout: 180_000, intervals: [2_000] })
      .toBe(200);
  }
  const docx = await page.request.get(`${BASE}/reports/2024/docx`);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");
  const pdf = await page.request.get(`${BASE}/reports/2024/pdf`);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
