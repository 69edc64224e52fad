import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { signIn, signOut, uniqueName } from "../support/auth";

test("staff submits, reviewer returns with a reason, staff fixes and resubmits, reviewer approves, the public sees it", async ({
  page,
  request,
}) => {
  const name = uniqueName("京津冀职业院校数字技能大赛");

  // staff-a creates a competition award and submits it
  await signIn(page, "staff-a");
  await page.goto("/admin/records/competition-awards/new");
  await page.getByLabel(/^竞赛名称/).fill(name);
  await page.getByLabel(/^级别/).selectOption("PROVINCIAL");
  await page.getByLabel("奖项 1").fill("一等奖");
  await page.getByLabel("人次 1").fill("abc");
  await page.getByRole("button", { name: /保存草稿/ }).click();
  // invalid input: a clear message next to the field, and what was typed is still there
  await expect(page.locator("#field-prizes-error")).toContainText("必须是数字");
  await expect(page.getByLabel(/^竞赛名称/)).toHaveValue(name);
  await page.getByLabel("人次 1").fill("3");
  await page.getByRole("button", { name: /保存草稿/ }).click();
  await expect(page.getByText("已保存（saved）")).toBeVisible();
  const recordUrl = page.url().replace(/\?.*$/, "");
  const id = recordUrl.split("/").pop()!;
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();

  // staff-b cannot see it, neither by page nor by API; nor can an anonymous visitor
  await signOut(page);
  await signIn(page, "staff-b");
  const hidden = await page.goto(recordUrl);
  expect(hidden?.status()).toBe(404);
  expect((await page.request.get(`/api/v1/records/competition-awards/${id}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/records/competition-awards/${id}`)).status()).toBe(404);

  // the reviewer returns it with a reason
  await signOut(page);
  await signIn(page, "reviewer");
  await page.goto("/admin/review");
  await expect(page.getByRole("link", { name })).toBeVisible();
  await page.goto(recordUrl);
  await page.getByLabel("退回原因（reason）").fill("请补充获奖日期");
  await page.getByRole("button", { name: "退回" }).click();
  await expect(page.locator('[data-status="RETURNED"]').first()).toBeVisible();

  // staff-a sees the reason, fixes it and resubmits
  await signOut(page);
  await signIn(page, "staff-a");
  await page.goto(recordUrl);
  await expect(page.getByTestId("return-reason")).toContainText("请补充获奖日期");
  await page.getByLabel(/^获奖日期/).fill("2022-06-18");
  await page.getByRole("button", { name: /^保存/ }).first().click(); // the record form, not 年度与主要成果
  await expect(page.getByText("已保存（saved）")).toBeVisible();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();

  // the reviewer approves it from the queue
  await signOut(page);
  await signIn(page, "reviewer");
  await page.goto("/admin/review");
  await page.getByLabel(`选择 ${name}`).check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: /通过所选/ }).click();
  await expect(page.getByText(/已通过 1 条记录/)).toBeVisible();

  // its history lists each step with the right people
  await page.goto(`${recordUrl}/history`);
  const steps = page.getByTestId("history").locator(":scope > li");
  await expect(steps).toHaveCount(6);
  const rows = await steps.evaluateAll((els) =>
    els.map((el) => [el.getAttribute("data-action"), el.querySelector('[data-testid="actor"]')?.textContent]),
  );
  expect(rows).toEqual([
    ["CREATE", "机电系填报员"],
    ["SUBMIT", "机电系填报员"],
    ["RETURN", "质量办审核员"],
    ["UPDATE", "机电系填报员"],
    ["SUBMIT", "机电系填报员"],
    ["APPROVE", "质量办审核员"],
  ]);

  // an anonymous visitor now sees it
  await signOut(page);
  await page.goto(`/records/competition-awards?year=2022&q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("cell", { name })).toBeVisible();
});

test("a deactivated user can no longer sign in", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const username = uniqueName("temp").replace(/[^a-z0-9-]/g, "");
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="displayName"]').fill("临时用户");
  await page.locator('input[name="password"]').fill("temp-password-1");
  await page.locator('select[name="role"]').first().selectOption("STAFF");
  await page.getByRole("button", { name: "新建用户" }).click();
  // staff must belong to a department: refused with a clear message, nothing created
  await expect(page.getByText(/^系部填报员必须属于一个部门/)).toBeVisible();
  await expect(page.locator('input[name="username"]').first()).toHaveValue(username);
  await page.locator('select[name="role"]').first().selectOption("REVIEWER");
  await page.locator('input[name="password"]').fill("temp-password-1");
  await page.getByRole("button", { name: "新建用户" }).click();
  await expect(page.getByText("已创建（created）")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(username) });
  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "停用" }).click();
  await expect(row.getByText("已停用")).toBeVisible();

  const other = await browser.newPage();
  await other.goto("/login");
  await other.locator('input[name="username"]').fill(username);
  await other.locator('input[name="password"]').fill("temp-password-1");
  await other.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(other.getByText(/^用户名或密码错误/)).toBeVisible();
  await other.close();
});
