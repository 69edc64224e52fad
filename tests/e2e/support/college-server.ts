import { spawn } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { migrateDeploy } from "../../../lib/runtime/migrate";
import { scratchDatabase } from "../../../lib/runtime/scratch-database";

/**
 * A real installation, not the demo: a second `next start` of the same build on an empty, migrated
 * database of its own, for the specs that play a new college (tests/e2e/setup/, year-end/new-college-year).
 * Each spec takes its own port above E2E_PORT + 6 (README: the suite's apps use E2E_PORT + worker).
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

/** A scripted install chooses its set-up token (lib/institution/setup-token.ts). */
export const SETUP_TOKEN = "e2e-setup-token-0123456789";

export type CollegeServer = { base: string; stop: () => Promise<void> };

/** Starts the app on `E2E_PORT + offset` over a fresh database named after `prefix`; answers once /setup answers. */
export async function startCollegeServer(options: { offset: number; prefix: string }): Promise<CollegeServer> {
  const port = Number(process.env.E2E_PORT ?? 3100) + options.offset;
  const base = `http://127.0.0.1:${port}`;
  const database = await scratchDatabase({
    serverUrl: process.env.DATABASE_URL ?? null,
    prefix: options.prefix,
    embeddedPort: port + 50_000,
  });
  await migrateDeploy(database.url, { quiet: true });
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: String(database.poolMax),
      NIANBAO_DEMO: "0",
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: `e2e-${options.prefix}-secret-not-for-production-0123456789`,
      NIANBAO_LOGIN_LIMIT_IP: "10000",
      NIANBAO_SETUP_TOKEN: SETUP_TOKEN,
    },
  });
  const stop = async () => {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await database.dispose();
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/setup`)).status < 500) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the college's app instance on ${base} did not start`);
}

export type College = {
  name: string;
  shortName: string;
  city: string;
  website: string;
  /** The logo's colour (a square PNG is made of it). */
  colour: string;
  admin: { username: string; displayName: string; password: string };
};

/** Fills /setup (the page is on it) with the set-up token, the college, its logo and first administrator. */
export async function setUpCollege(page: Page, college: College) {
  await page.getByLabel(/^设置口令/).fill(SETUP_TOKEN);
  await page.getByLabel(/^学校名称/).fill(college.name);
  await page.getByLabel(/^简称/).fill(college.shortName);
  await page.getByLabel(/^所在城市/).fill(college.city);
  await page.getByLabel(/^学校网址/).fill(college.website);
  const logo = await sharp({ create: { width: 160, height: 160, channels: 3, background: college.colour } })
    .png()
    .toBuffer();
  await page.getByLabel(/^校徽/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await page.getByLabel(/^用户名/).fill(college.admin.username);
  await page.getByLabel(/^姓名/).fill(college.admin.displayName);
  await page.getByLabel(/^密码/).fill(college.admin.password);
  await page.getByLabel(/^确认密码/).fill(college.admin.password);
  await page.getByRole("button", { name: /完成设置/ }).click();
  await expect(page.getByText("设置完成")).toBeVisible({ timeout: 20_000 });
}
