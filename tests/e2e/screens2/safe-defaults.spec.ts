import { apiAs, signIn, signOut, uniqueName } from "../support/auth";
import { expect, expectNoAxeViolations, test } from "../support/axe";

// Confirmations and safe defaults, as staff, reviewers and admins meet them.

test("a new record starts with no level or section chosen; a refused save focuses the first invalid field", async ({ page }) => {
  await signIn(page, "staff-a");
  await page.goto("/admin/records/cases/new");
  await expect(page.getByLabel(/^报告栏目/)).toHaveValue("");
  await page.goto("/admin/records/competition-awards/new");
  await expect(page.getByLabel(/^级别/)).toHaveValue("");
  await expectNoAxeViolations(page);

  const name = uniqueName("默认值测试赛");
  await page.getByLabel(/^竞赛名称/).fill(name);
  await page.locator('input[name="prizes.0.prize"]').fill("三等奖");
  await page.getByRole("button", { name: /保存草稿/ }).click();
  // the level was never chosen: refused, and the cursor is on it
  await expect(page.getByLabel(/^级别/)).toBeFocused();
  await expect(page.getByLabel(/^级别/)).toHaveAttribute("aria-invalid", "true");

  // a date outside 学年 2021-2022 is refused with the year's range, and focus goes to the date
  await page.getByLabel(/^级别/).selectOption("PROVINCIAL");
  await page.locator('select[name="_year"]').selectOption("2022");
  await page.getByLabel(/^获奖日期/).fill("2020-06-01");
  await page.getByRole("button", { name: /保存草稿/ }).click();
  await expect(page.getByText(/获奖日期应在2021-2022学年内（2021-09-01 至 2022-08-31）/).first()).toBeVisible();
  await expect(page.getByLabel(/^获奖日期/)).toBeFocused();
  await expect(page.getByLabel(/^级别/)).toHaveValue("PROVINCIAL");

  await page.getByLabel(/^获奖日期/).fill("2022-06-01");
  await page.getByRole("button", { name: /保存草稿/ }).click();
  await expect(page.getByText("已保存（saved）")).toBeVisible();
});

test("returning without a reason keeps the selection and names the field; bulk approve asks first", async ({ page, baseURL }) => {
  const staff = await apiAs(baseURL!, "staff-a");
  const name = uniqueName("批量确认赛");
  const created = await (
    await staff.post("/api/v1/records/competition-awards", {
      data: { year: 2022, data: { competition: name, level: "DISTRICT", prizes: [{ prize: "一等奖", count: 1, unit: "人次" }] } },
    })
  ).json();
  expect((await staff.post(`/api/v1/records/competition-awards/${created.id}/submit`)).status()).toBe(200);
  await staff.dispose();

  await signIn(page, "reviewer");
  await page.goto("/admin/review");
  await expectNoAxeViolations(page);
  // nothing chosen: no green 「已处理 0 条」
  await page.getByRole("button", { name: /退回所选/ }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("请先勾选");
  await expect(page.getByText(/已处理 0 条/)).toHaveCount(0);

  const box = page.getByLabel(`选择 ${name}`);
  await box.check();
  await page.getByRole("button", { name: /退回所选/ }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("请填写退回原因");
  await expect(box).toBeChecked();
  await expect(page.locator('input[name="reason"]')).toBeFocused();
  await expect(page.getByRole("status")).toHaveCount(0);

  // approve asks; cancelling leaves the record waiting
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByRole("button", { name: /通过所选/ }).click();
  await expect.poll(() => asked).toContain("确认通过所选 1 条记录");
  await page.reload();
  await expect(page.getByLabel(`选择 ${name}`)).toBeVisible();
  await page.getByLabel(`选择 ${name}`).check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: /通过所选/ }).click();
  await expect(page.getByRole("status")).toContainText("已通过 1 条记录");
  await expect(page.getByLabel(`选择 ${name}`)).toHaveCount(0);
});

test("deactivating a user asks first; cancelling changes nothing", async ({ page, baseURL }) => {
  const admin = await apiAs(baseURL!, "admin");
  const username = `u${Date.now()}`;
  expect(
    (
      await admin.post("/api/v1/users", { data: { username, displayName: "停用确认", role: "REVIEWER", password: "Strong-pass-2026!" } })
    ).status(),
  ).toBe(201);
  await admin.dispose();
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: username });
  page.once("dialog", (d) => void d.dismiss());
  await row.getByRole("button", { name: "停用" }).click();
  await expect(row.getByRole("button", { name: "停用" })).toBeVisible();
  await expect(row.getByText("已停用")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await signOut(page);
});
