import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, signIn, signOut, uniqueName } from "../support/auth";
import { setSignoffSettings } from "./chain-settings";

// The department-head step is off in the demo; this test turns it on for itself and back off.
test("staff submits, the department head returns, staff resubmits, the head approves, the reviewer approves, the public sees it", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const restore = await setSignoffSettings(baseURL!, { departmentReview: true });
  try {
    const name = uniqueName("部门审核链测试赛");

    // staff-a creates a competition award and submits it
    await signIn(page, "staff-a");
    await page.goto("/admin/records/competition-awards/new");
    await page.getByLabel(/^竞赛名称/).fill(name);
    await page.getByLabel(/^级别/).selectOption("INDUSTRY");
    await page.getByLabel("奖项 1").fill("三等奖");
    await page.getByLabel("人次 1").fill("4");
    await page.getByRole("button", { name: /保存草稿/ }).click();
    await expect(page.getByText("已保存（saved）")).toBeVisible();
    const recordUrl = page.url().replace(/\?.*$/, "");
    const id = recordUrl.split("/").pop()!;
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();

    // Before its department head passes it, the reviewer neither sees it in the queue nor can approve it.
    const reviewerApi = await apiAs(baseURL!, "reviewer");
    const early = await reviewerApi.post(`/api/v1/records/competition-awards/${id}/approve`, { data: {} });
    expect(early.status()).toBe(409);
    expect((await early.json()).error.message).toContain("须先经部门负责人审核通过");
    await signOut(page);
    await signIn(page, "reviewer");
    await page.goto("/admin/review");
    await expect(page.getByRole("link", { name })).toHaveCount(0);

    // The other department's head cannot see it at all.
    await signOut(page);
    await signIn(page, "head-b");
    expect((await page.goto(recordUrl))?.status()).toBe(404);
    await page.goto("/admin/review");
    await expect(page.getByRole("link", { name })).toHaveCount(0);

    // Its own department head returns it with a reason.
    await signOut(page);
    await signIn(page, "head-a");
    await page.goto("/admin/review");
    await expect(page.getByRole("link", { name })).toBeVisible();
    await page.goto(recordUrl);
    await expect(page.getByRole("button", { name: "审核通过", exact: true })).toHaveCount(0);
    await page.getByLabel("退回原因（reason）").fill("请写明指导教师姓名");
    await page.getByRole("button", { name: "退回" }).click();
    await expect(page.locator('[data-status="RETURNED"]').first()).toBeVisible();

    // The author sees the reason, fixes it and resubmits.
    await signOut(page);
    await signIn(page, "staff-a");
    await page.goto(recordUrl);
    await expect(page.getByTestId("return-reason")).toContainText("请写明指导教师姓名");
    await page.getByLabel(/^获奖日期/).fill("2022-07-09");
    await page.getByRole("button", { name: /^保存/ }).first().click(); // the record form, not 年度与主要成果
    await expect(page.getByText("已保存（saved）")).toBeVisible();
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();

    // The department head passes it from their queue (bulk action).
    await signOut(page);
    await signIn(page, "head-a");
    await page.goto("/admin/review");
    await page.getByLabel(`选择 ${name}`).check();
    page.once("dialog", (d) => void d.accept()); // the bulk approval asks to confirm
    await page.getByRole("button", { name: /部门审核通过所选/ }).click();
    await expect(page.getByText(/已通过 1 条记录/)).toBeVisible();
    await expect(page.getByRole("link", { name })).toHaveCount(0);

    // The reviewer now sees it, with the head who passed it, and approves it.
    await signOut(page);
    await signIn(page, "reviewer");
    await page.goto("/admin/review");
    const row = page.locator("tr", { has: page.getByRole("link", { name }) });
    await expect(row.getByTestId("dept-approved")).toContainText("机电系主任");
    await page.getByLabel(`选择 ${name}`).check();
    page.once("dialog", (d) => void d.accept()); // the bulk approval asks to confirm
    await page.getByRole("button", { name: /^通过所选/ }).click();
    await expect(page.getByText(/已通过 1 条记录/)).toBeVisible();

    // Public now.
    expect((await request.get(`/api/v1/records/competition-awards/${id}`)).status()).toBe(200);

    // The history lists every step with its person, in order.
    await page.goto(`${recordUrl}/history`);
    const steps = page.getByTestId("history").locator(":scope > li");
    await expect(steps).toHaveCount(7);
    const rows = await steps.evaluateAll((els) =>
      els.map((el) => [el.getAttribute("data-action"), el.querySelector('[data-testid="actor"]')?.textContent]),
    );
    expect(rows).toEqual([
      ["CREATE", "机电系填报员"],
      ["SUBMIT", "机电系填报员"],
      ["RETURN", "机电系主任"],
      ["UPDATE", "机电系填报员"],
      ["SUBMIT", "机电系填报员"],
      ["DEPT_APPROVE", "机电系主任"],
      ["APPROVE", "质量办审核员"],
    ]);
    await expect(steps.nth(2)).toContainText("请写明指导教师姓名");
    await reviewerApi.dispose();
  } finally {
    await setSignoffSettings(baseURL!, { departmentReview: restore.departmentReview });
  }
});
