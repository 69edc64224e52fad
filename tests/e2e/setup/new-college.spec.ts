import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect as baseExpect, request, type APIRequestContext, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { setUpCollege, startCollegeServer, type CollegeServer } from "../support/college-server";

/**
 * A college that is not the demo, from an empty database to its second report year: /setup,
 * departments, one staff account per department, 2025 opened from the 2024 template, records
 * entered and approved, the report published (page and PDF computed from those records, nothing
 * of the demo college), then 2026 opened by continuing 2025 — outline and narratives carried, the
 * standing records waiting as drafts marked 沿用上年. A second `next start` of the same build on
 * its own empty database, as in first-run.spec.ts.
 */
let college: CollegeServer | undefined;
let BASE = "";
const COLLEGE = "青崖职业技术学院";
const DEMO_COLLEGE = "天津城市职业学院";
const ADMIN = { username: "office", password: "Qing-ya-2025!x" };
const STAFF = [
  { username: "jd-staff", displayName: "机电填报员", department: "智能装备系", password: "Jidian-2025!x" },
  { username: "ly-staff", displayName: "旅游填报员", department: "文旅服务系", password: "Lvyou-2025!xx" },
] as const;
// The narrative quotes computed values: the published report must show them from the records below.
const NARRATIVE =
  "本年度开设{{majors.count}}个专业，新增{{majors.new}}个；鲁班工坊招生{{luban.enrolled}}人；社会培训{{training.personTimes}}人次。";
const COMPUTED = "本年度开设2个专业，新增1个；鲁班工坊招生37人；社会培训456人次。";

// Server actions that upload, publish or open a year take a while on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  college = await startCollegeServer({ offset: 8, prefix: "nianbao_e2e_college" });
  BASE = college.base;
});

test.afterAll(async () => {
  await college?.stop();
});

async function signIn(page: Page, username: string, password: string, to = "/admin") {
  await page.context().clearCookies();
  await page.goto(`${BASE}/login?callbackUrl=${encodeURIComponent(to)}`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
}

/** An API client with a session, signed in through next-auth's own endpoints. */
async function apiSession(username: string, password: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL: BASE });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, username, password, json: "true" } });
  expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
  return ctx;
}

async function created(res: Awaited<ReturnType<APIRequestContext["post"]>>) {
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; version: number };
}

/** Fills the generic record form (fields by name) and saves the draft; returns the record page. */
async function enterRecord(page: Page, kind: string, values: Record<string, string>) {
  await page.goto(`${BASE}/admin/records/${kind}/new`);
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#field-${name}`);
    if ((await field.evaluate((e) => e.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByRole("button", { name: /保存草稿/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
}

test("a new college from an empty database to its published 2025 report, then 2026 continued from it", async ({ page }) => {
  test.setTimeout(420_000);

  // ---- /setup: the college and its first administrator ----
  await page.goto(`${BASE}/`);
  await expect(page).toHaveURL(`${BASE}/setup`);
  await setUpCollege(page, {
    name: COLLEGE,
    shortName: "青崖职院",
    city: "宜宾",
    website: "https://qingya.example.edu.cn",
    colour: "#0f766e",
    admin: { ...ADMIN, displayName: "质量办公室" },
  });

  // ---- departments (screen), one staff account per department (API, as a college scripts it) ----
  await signIn(page, ADMIN.username, ADMIN.password, "/admin/departments");
  for (const s of STAFF) {
    await page.locator('form:has(button:text("新建部门")) input[name="name"]').fill(s.department);
    await page.getByRole("button", { name: "新建部门" }).click();
    await expect(page.getByRole("form", { name: `部门 ${s.department}` })).toBeVisible();
  }
  const admin = await apiSession(ADMIN.username, ADMIN.password);
  const departments = (await (await admin.get("/api/v1/departments")).json()).items as { id: string; name: string }[];
  for (const s of STAFF) {
    const departmentId = departments.find((d) => d.name === s.department)!.id;
    await created(await admin.post("/api/v1/users", { data: { ...s, role: "STAFF", departmentId } }));
  }

  // ---- a small college: no department-head step, no separate leadership sign-off ----
  // A new college starts with both on (issue #16); this one's quality office approves and publishes itself.
  await page.goto(`${BASE}/admin/settings`);
  const departmentReview = page.getByRole("checkbox", { name: /部门负责人审核/ });
  const leaderSignoff = page.getByRole("checkbox", { name: /校领导审定/ });
  await expect(departmentReview).toBeChecked();
  await expect(leaderSignoff).toBeChecked();
  await departmentReview.uncheck();
  await leaderSignoff.uncheck();
  await page.getByRole("button", { name: /保存/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

  // ---- year 2025 from the 2024 template ----
  await page.goto(`${BASE}/admin/years`);
  const openForm = page.getByRole("form", { name: "开启新年度" });
  await openForm.locator('input[name="year"]').fill("2025");
  await openForm.locator('input[name="academicYear"]').fill("2024-2025");
  await openForm.locator('input[name="deadline"]').fill("2025-09-30");
  await openForm.locator('input[name="source"][value="2024"]').check();
  await openForm.getByRole("button", { name: /开启年度/ }).click();
  await expect(openForm.getByRole("status")).toContainText("已开启2025年度");

  // ---- staff enter records of several kinds (non-default choices) and submit them ----
  const [jd, ly] = STAFF;
  await signIn(page, jd.username, jd.password);
  await enterRecord(page, "majors", {
    code: "460305",
    name: "工业机器人技术",
    group: "智能制造专业群",
    industry: "智能装备",
    change: "NEW",
    changeYear: "2025",
  });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByRole("status").filter({ hasText: "操作成功" })).toBeVisible();
  const jdApi = await apiSession(jd.username, jd.password);
  const workshop = await created(
    await jdApi.post("/api/v1/records/luban-workshops", {
      data: {
        year: 2025,
        data: { name: "青崖鲁班工坊", partner: "湄公河技术学院", country: "柬埔寨", majors: ["工业机器人技术"], enrolled: 37, trained: 80 },
      },
    }),
  );
  expect((await jdApi.post(`/api/v1/records/luban-workshops/${workshop.id}/submit`)).status()).toBe(200);

  await signIn(page, ly.username, ly.password);
  await enterRecord(page, "social-trainings", {
    name: "乡村民宿服务培训",
    category: "PUBLIC_INTEREST",
    mode: "ONLINE",
    hours: "24",
    personTimes: "456",
  });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByRole("status").filter({ hasText: "操作成功" })).toBeVisible();
  const lyApi = await apiSession(ly.username, ly.password);
  for (const [kind, data] of [
    ["majors", { code: "540101", name: "旅游管理", group: "文旅专业群", change: "UNCHANGED" }],
    ["courses", { name: "导游实务", category: "在线精品课程", level: "PROVINCIAL", leader: "林老师" }],
  ] as const) {
    const r = await created(await lyApi.post(`/api/v1/records/${kind}`, { data: { year: 2025, data } }));
    expect((await lyApi.post(`/api/v1/records/${kind}/${r.id}/submit`)).status()).toBe(200);
  }
  // A department's records are its own: the other department cannot read a draft of it.
  expect((await jdApi.get(`/api/v1/records/luban-workshops?year=2025`)).ok()).toBe(true);
  expect((await lyApi.get(`/api/v1/records/luban-workshops/${workshop.id}`)).status()).toBe(404);

  // ---- the administrator approves in the review queue, writes a narrative, publishes ----
  await signIn(page, ADMIN.username, ADMIN.password, "/admin/review");
  await page.getByTestId("select-all").check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: /通过所选/ }).click();
  await expect.poll(async () => (await (await admin.get("/api/v1/records/majors?year=2025&status=APPROVED")).json()).total).toBe(2);

  await page.goto(`${BASE}/admin/report/2025/sections`);
  const narrative = page.locator("form:has(textarea[name='narrative'])").first();
  await narrative.locator("textarea").fill(NARRATIVE);
  await narrative.getByRole("button", { name: "保存" }).click();
  await expect(narrative.getByRole("status")).toBeVisible();

  await page.goto(`${BASE}/admin/report/2025/preview`);
  await page.getByLabel(/^更新说明/).fill("首次发布");
  for (const box of await page.getByTestId("publish-warnings").getByRole("checkbox").all()) await box.check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: /发布新版本/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "已发布第1版" })).toBeVisible();

  // ---- /reports/2025 and its PDF: this college, these numbers, nothing of the demo ----
  await page.context().clearCookies();
  await page.goto(`${BASE}/reports/2025`);
  const body = page.locator("body");
  await expect(body).toContainText(COLLEGE);
  await expect(body).toContainText(COMPUTED);
  await expect(body).toContainText("工业机器人技术");
  await expect(body).not.toContainText(DEMO_COLLEGE);
  const coverLogo = page.locator(`img[alt="${COLLEGE}校徽"]`);
  await expect(coverLogo).toBeVisible();
  expect(await coverLogo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  const anonymous = await request.newContext({ baseURL: BASE });
  let pdfUrl = "";
  for (const deadline = Date.now() + 150_000; Date.now() < deadline && !pdfUrl;) {
    const res = await anonymous.get("/reports/2025/pdf", { headers: { Accept: "application/json" } });
    const json = await res.json();
    if (res.status() === 200) pdfUrl = json.url;
    else await new Promise((r) => setTimeout(r, 1500));
  }
  expect(pdfUrl, "the PDF was printed").toMatch(/^\/reports\/2025\/pdf\?edition=\d+$/);
  const pdf = await (await anonymous.get(pdfUrl)).body();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-college-")), "report.pdf");
  fs.writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(text).toContain(COLLEGE);
  expect(text).toContain(COMPUTED);
  expect(text).not.toContain(DEMO_COLLEGE);
  // The cover's logo is printed: the PDF carries an image.
  const images = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").slice(2);
  expect(images.length).toBeGreaterThan(0);

  // ---- 2026 continued from 2025: outline and narratives carried, standing records as drafts ----
  const narratives = async (year: number) => {
    await page.goto(`${BASE}/admin/report/${year}/sections`);
    return page.locator("textarea[name='narrative']").evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  };
  await signIn(page, ADMIN.username, ADMIN.password, "/admin/years");
  const openNext = page.getByRole("form", { name: "开启新年度" });
  await openNext.locator('input[name="year"]').fill("2026");
  await openNext.locator('input[name="academicYear"]').fill("2025-2026");
  await expect(openNext.locator('input[name="source"][value="previous"]')).toBeChecked();
  await openNext.getByRole("button", { name: /开启年度/ }).click();
  // The standing records (two majors, the workshop, the course) are carried; the training is not.
  await expect(openNext.getByRole("status")).toContainText("沿用上年记录 4 条");
  const before = await narratives(2025);
  const after = await narratives(2026);
  expect(after).toEqual(before);
  expect(after).toContain(NARRATIVE);

  await signIn(page, jd.username, jd.password, "/admin/records/majors?year=2026");
  const row = page.locator("tbody tr").filter({ hasText: "工业机器人技术" });
  await expect(row).toHaveCount(1);
  await expect(row.locator("[data-carried]")).toHaveText("沿用上年");
  await expect(row.locator("[data-status]")).toHaveAttribute("data-status", "DRAFT");
  await row.getByRole("link").first().click();
  // This year's change is left empty, not 保留 by default: the banner says what to fill, and
  // submitting it untouched is refused with the same words.
  await expect(page.getByTestId("carried-note")).toContainText("请填写本年度的调整类型");
  await expect(page.getByTestId("carried-note")).not.toContainText("无变化直接");
  await expect(page.locator("#field-change")).toHaveValue("");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "沿用上年：请填写本年度的调整类型" })).toBeVisible();
  // The department states it (保留) and saves; then it submits.
  await page.locator("#field-change").selectOption("UNCHANGED");
  await page.getByRole("button", { name: "保存 Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await expect(page.getByTestId("carried-note")).not.toContainText("尚未填写");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByRole("status").filter({ hasText: "操作成功" })).toBeVisible();
  const lyCarried = await (await lyApi.get("/api/v1/records/courses?year=2026&carried=1")).json();
  expect(lyCarried.items.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([["导游实务", "DRAFT"]]);
  expect((await (await lyApi.get("/api/v1/records/social-trainings?year=2026")).json()).total).toBe(0);

  // ---- the 2026 tables compare with 2025: the carried workshop, updated, beside last year's 37 ----
  const carriedWorkshop = (await (await jdApi.get("/api/v1/records/luban-workshops?year=2026&carried=1")).json()).items[0];
  // Carried with its counts empty (not 0), and not submittable so through the API either.
  expect(carriedWorkshop).toMatchObject({ enrolled: null, trained: null, teachers: null, teachersTrained: null });
  const refused = await jdApi.post(`/api/v1/records/luban-workshops/${carriedWorkshop.id}/submit`);
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("沿用上年：请填写本年度的招生人数、培训人数、师资人数、培训师资人数");
  const updated = await jdApi.put(`/api/v1/records/luban-workshops/${carriedWorkshop.id}`, {
    data: {
      version: carriedWorkshop.version,
      data: { name: "青崖鲁班工坊", partner: "湄公河技术学院", country: "柬埔寨", majors: ["工业机器人技术"], enrolled: 52, trained: 90 },
    },
  });
  expect(updated.status(), await updated.text()).toBe(200);
  await signIn(page, ADMIN.username, ADMIN.password, "/admin/report/2026/preview");
  const workshops = page.locator("table").filter({ hasText: "青崖鲁班工坊" });
  await expect(workshops.locator("th").filter({ hasText: "2025年招生（人）" })).toBeVisible();
  const workshopRow = workshops.locator("tr").filter({ hasText: "青崖鲁班工坊" });
  await expect(workshopRow).toContainText("52");
  await expect(workshopRow).toContainText("37");
  await expect(workshopRow).toContainText("+15");
});
