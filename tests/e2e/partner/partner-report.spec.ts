import { expect as baseExpect, type Page } from "@playwright/test";
import { test } from "../support/axe";
import sharp from "sharp";
import { DEMO_PASSWORD, signOut } from "../support/auth";

// Server actions hash passwords (bcrypt, cost 12) and build the report: slow on a loaded machine.
const expect = baseExpect.configure({ timeout: 30_000 });

/** The 合计 row of the college report's partner-enterprise table: [enterprises, students, investment]. */
async function partnerTotals(page: Page): Promise<{ enterprises: number; students: number; investment: number }> {
  await page.goto("/reports/2022");
  const table = page.locator("table", { has: page.locator("caption", { hasText: "合作企业参与职业教育情况" }) });
  const total = table.locator("tr", { hasText: "家企业" });
  const cells = (await total.locator("td, th").allInnerTexts()).map((c) => c.trim());
  return { enterprises: Number.parseInt(cells[1]!, 10), students: Number(cells[3]), investment: Number(cells[5]) };
}

async function signInAs(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  // The first admin page of a fresh server renders slowly on a loaded machine.
  await expect(page.getByTestId("whoami")).toBeVisible({ timeout: 30_000 });
}

test("admin invites a partner; it reports, is returned, resubmits, is approved and published in the college report", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}`.slice(-7);
  const name = `滨城精工测试企业${stamp}`;
  const slug = `jinggong-${stamp}`;
  const username = `partner-${stamp}`;
  const before = await partnerTotals(page);
  expect(before.enterprises).toBeGreaterThanOrEqual(3);

  // The admin invites the enterprise; the one-time password is shown once.
  await signInAs(page, "admin", DEMO_PASSWORD);
  await page.goto("/admin/partners");
  const invite = page.getByRole("form", { name: "邀请合作企业" });
  await invite.getByLabel(/^企业名称/).fill(name);
  await invite.getByLabel(/^网址标识/).fill(slug);
  await invite.getByLabel(/^联系人/).fill("赵工");
  await invite.getByLabel(/^登录名/).fill(username);
  await invite.getByRole("button", { name: "邀请企业" }).click();
  const result = page.getByTestId("invite-result");
  await expect(result).toContainText("一次性密码");
  const password = /一次性密码 (\S+?)（/.exec(await result.innerText())![1]!;
  await expect(page.getByRole("cell", { name: new RegExp(name) })).toBeVisible();
  await page.reload();
  await expect(page.getByText(password)).toHaveCount(0); // shown once only

  // The partner signs in, fills and submits its report (with a case photo).
  await signOut(page);
  await signInAs(page, username, password);
  // As for staff, the one-time password opens only the account page until the enterprise sets its own.
  await expect(page).toHaveURL(/\/partner\/account$/);
  await expect(page.getByTestId("must-change-password")).toBeVisible();
  await page.goto("/partner");
  await expect(page).toHaveURL(/\/partner\/account$/);
  const own = "Partner-own-2026";
  await page.locator('input[name="current"]').fill(password);
  await page.locator('input[name="next"]').fill(own);
  await page.locator('input[name="confirm"]').fill(own);
  await page.getByRole("button", { name: /修改密码/ }).click();
  await expect(page).toHaveURL(/\/partner$/);
  await page.getByRole("link", { name: "2022年度报告" }).click();
  const form = page.getByRole("form", { name: "企业年度报告" });
  await form.getByLabel(/^所属行业/).fill("通用设备制造业");
  await form.getByLabel(/^企业简介/).fill("一家测试用的精密零部件企业。");
  await form.getByLabel(/^接收学生/).fill("17");
  await form.getByLabel(/^共建专业（订单班）/).fill("2");
  await form.getByLabel(/^设备投入/).fill("45.5");
  await form.getByLabel(/^培训投入/).fill("4.25");
  await form.getByLabel(/^提供就业岗位/).fill("9");
  await form.getByLabel(/^合作成效/).fill("共建实训车间一个。");
  await form.getByLabel(/^案例标题/).fill("车间里的课堂");
  await form.getByLabel(/^案例正文/).fill("学生在车间跟岗学习数控加工。");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("已保存（saved）")).toBeVisible();
  const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#2e86c1" } })
    .png()
    .toBuffer();
  const photoForm = page.getByRole("form", { name: "上传案例照片" });
  await photoForm.locator('input[type="file"]').setInputFiles({ name: "车间.png", mimeType: "image/png", buffer: png });
  await photoForm.locator('input[name="caption"]').fill("学生在数控车间实训");
  await photoForm.getByRole("button", { name: "上传照片" }).click();
  await expect(photoForm.getByText("已上传（uploaded）")).toBeVisible();
  await expect(page.getByRole("img", { name: "学生在数控车间实训" })).toBeVisible();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("partner-status").first()).toHaveText("待审核");
  const reportUrl = page.url();

  // Not approved yet: not public.
  expect((await request.get(`/reports/2022/enterprises/${slug}`)).status()).toBe(404);

  // The reviewer returns it with a reason.
  await signOut(page);
  await signInAs(page, "reviewer", DEMO_PASSWORD);
  await page.goto("/admin/partners");
  await page
    .getByTestId("partner-queue")
    .getByRole("link", { name: new RegExp(name) })
    .click();
  await page.getByLabel(/退回原因/).fill("请补充设备投入的明细");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByText("已退回（returned）")).toBeVisible();
  const reviewUrl = page.url();

  // The partner sees the reason, fixes and resubmits.
  await signOut(page);
  await signInAs(page, username, own);
  await page.goto(reportUrl);
  await expect(page.getByTestId("return-reason")).toContainText("请补充设备投入的明细");
  await page
    .getByRole("form", { name: "企业年度报告" })
    .getByLabel(/^设备投入/)
    .fill("50.75");
  await page.getByRole("form", { name: "企业年度报告" }).getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存（saved）")).toBeVisible();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("partner-status").first()).toHaveText("待审核");

  // The reviewer approves and publishes a new edition of the college report.
  await signOut(page);
  await signInAs(page, "reviewer", DEMO_PASSWORD);
  await page.goto(reviewUrl);
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByText("已通过（approved）")).toBeVisible();
  await page.goto("/admin/report/2022/preview");
  await page.getByLabel(/^更新说明/).fill("新增合作企业年度报告");
  for (const box of await page.getByTestId("publish-warnings").getByRole("checkbox").all()) await box.check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: /发布新版本/ }).click();
  await expect(page.getByRole("status")).toContainText("已发布第", { timeout: 60_000 });

  // The public sees it listed with the totals updated, and its own page and PDF.
  await signOut(page);
  const after = await partnerTotals(page);
  expect(after.enterprises).toBe(before.enterprises + 1);
  expect(after.students).toBe(before.students + 17);
  expect(after.investment).toBeCloseTo(before.investment + 55, 2);
  const table = page.locator("table", { has: page.locator("caption", { hasText: "合作企业参与职业教育情况" }) });
  const row = table.locator("tr", { hasText: name });
  await expect(row).toContainText("55.00");
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/reports/2022/enterprises/${slug}$`));
  await expect(page.getByRole("heading", { name: `${name}2022年度企业参与职业教育年度报告` })).toBeVisible();
  await expect(page.getByRole("img", { name: "学生在数控车间实训" })).toBeVisible();
  // Printed by the export queue: the first request may be told to come back (202).
  let pdf = await request.get(`/reports/2022/enterprises/${slug}/pdf`);
  for (let i = 0; i < 30 && pdf.status() === 202; i++) {
    await new Promise((r) => setTimeout(r, 2_000));
    pdf = await request.get(`/reports/2022/enterprises/${slug}/pdf`);
  }
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a partner gets no admin page and no record, not even an approved one", async ({ page, request }) => {
  const approved = await (await request.get("/api/v1/records/competition-awards?year=2022&pageSize=1")).json();
  const id: string = approved.items?.[0]?.id ?? approved.rows?.[0]?.id ?? approved.data?.[0]?.id;
  expect(id).toBeTruthy();

  await signInAs(page, "partner-b", DEMO_PASSWORD);
  for (const path of [
    "/admin",
    "/admin/records",
    "/admin/records/competition-awards",
    `/admin/records/competition-awards/${id}`,
    "/admin/review",
    "/admin/partners",
    "/admin/users",
    "/admin/report/2022/preview",
  ]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/partner$/);
    await expect(page.locator("main"), path).not.toContainText("审核队列");
    expect(await page.content(), path).not.toContain(id);
  }
  // Another enterprise's report page in the admin area: redirected too.
  await page.goto("/admin/partners/reports/demo-partner-report-1");
  await expect(page).toHaveURL(/\/partner$/);
  await expect(page.locator("main")).not.toContainText("海河云数");

  // The API answers with nothing for a partner's session.
  const listed = await page.request.get("/api/v1/records/competition-awards?year=2022");
  const body = await listed.text();
  expect(body).not.toContain(id);
  expect((await page.request.get(`/api/v1/records/competition-awards/${id}`)).status()).toBe(404);

  // Its own report is there, approved and public.
  await page.goto("/partner/reports/2022");
  await expect(page.getByTestId("partner-status").first()).toHaveText("已通过");
  await expect(page.getByRole("link", { name: "/reports/2022/enterprises/jinmen-care" })).toBeVisible();
});
