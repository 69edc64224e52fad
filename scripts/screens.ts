// `npm run screens` — the screenshots of docs/screens/ (linked from the README): the record view,
// the review queue's revision diff and the history page, each on a desktop and a phone.
// Against a running app with demo data (SCREENS_URL=http://127.0.0.1:3000), or, without it, a
// fresh one started the way the browser tests start theirs (tests/support/e2e-server.ts; set
// DATABASE_URL for a throw-away database on that server, E2E_SKIP_BUILD=1 to reuse the build).
// It makes its own record (created, returned, fixed, approved, revised) through the JSON API.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, request, type APIRequestContext, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../lib/pdf/chromium";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "docs", "screens");
const PASSWORD = process.env.SCREENS_PASSWORD ?? "demo-2022";
const VIEWPORTS = { desktop: { width: 1280, height: 860 }, phone: { width: 390, height: 844 } } as const;

async function waitForApp(url: string, child: ChildProcess | null, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`the app exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the app did not answer at ${url}`);
}

async function startApp(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.SCREENS_URL) return { url: process.env.SCREENS_URL.replace(/\/$/, ""), stop: async () => {} };
  const port = process.env.SCREENS_PORT ?? "3190";
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "tests/support/e2e-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: port },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForApp(`${url}/`, child, 900_000);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function signedIn(baseURL: string, username: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, username, password: PASSWORD, json: "true" } });
  if (res.status() >= 400) throw new Error(`sign-in of ${username} failed (${res.status()})`);
  return ctx;
}

async function call(api: APIRequestContext, method: "post" | "put", url: string, data: unknown) {
  const res = await api[method](url, { data });
  if (res.status() >= 300) throw new Error(`${method.toUpperCase()} ${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string; version: number };
}

/** A record with a story: created, submitted, returned, fixed, approved, then revised and resubmitted. */
async function makeRecord(staff: APIRequestContext, reviewer: APIRequestContext) {
  const base = "/api/v1/records/competition-awards";
  const fields = {
    competition: `全国职业院校技能大赛·工业网络智能控制与维护（示例 ${new Date().getTime() % 10000}）`,
    level: "NATIONAL",
    participantType: "STUDENT",
    entryType: "TEAM",
    topic: "student.competitions",
    organizer: "教育部等",
    prizes: [
      { prize: "二等奖", count: 5, unit: "人次" },
      { prize: "三等奖", count: 3, unit: "人次" },
    ],
  };
  const created = await call(staff, "post", base, { year: 2022, data: fields });
  const id = created.id;
  await call(staff, "post", `${base}/${id}/submit`, {});
  const returned = await call(reviewer, "post", `${base}/${id}/return`, { reason: "请补充获奖日期" });
  await call(staff, "put", `${base}/${id}`, { version: returned.version, data: { ...fields, awardedOn: "2022-06-18" } });
  await call(staff, "post", `${base}/${id}/submit`, {});
  const approved = await call(reviewer, "post", `${base}/${id}/approve`, {});
  await call(staff, "put", `${base}/${id}`, {
    version: approved.version,
    data: { ...fields, awardedOn: "2022-06-18", level: "PROVINCIAL", prizes: [{ prize: "二等奖", count: 6, unit: "人次" }] },
  });
  await call(staff, "post", `${base}/${id}/submit`, {});
  return { id, name: fields.competition };
}

async function shoot(browser: Browser, baseURL: string, username: string, pathname: string, file: string) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ baseURL, viewport, locale: "zh-CN", deviceScaleFactor: size === "phone" ? 2 : 1 });
    const api = await signedIn(baseURL, username);
    await context.addCookies(await api.storageState().then((s) => s.cookies));
    const page = await context.newPage();
    await page.goto(pathname, { waitUntil: "networkidle" });
    const target = path.join(OUT, `${file}-${size}.png`);
    await page.screenshot({ path: target, fullPage: true });
    console.log(`wrote ${path.relative(ROOT, target)}`);
    await api.dispose();
    await context.close();
  }
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const app = await startApp();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const staff = await signedIn(app.url, "staff-a");
    const reviewer = await signedIn(app.url, "reviewer");
    const { id } = await makeRecord(staff, reviewer);
    const record = `/admin/records/competition-awards/${id}`;
    await shoot(browser, app.url, "staff-a", record, "record-view");
    await shoot(browser, app.url, "reviewer", `/admin/review?kind=competition-awards`, "review-diff");
    await shoot(browser, app.url, "staff-a", `${record}/history`, "history");
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
