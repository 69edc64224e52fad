import { expect as baseExpect } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, uniqueName } from "../support/auth";
import { arrive, expectCleared, noticesOf, openNotice } from "../support/handoff";
import { act, createAward } from "../screens/helpers";
import { setSignoffSettings } from "../signoff/chain-settings";

// Patient on a busy two-core machine; the assertions are the same.
const expect = baseExpect.configure({ timeout: 20_000 });

// Both steps of the chain are off in the demo; this test turns them on for itself and back off.
// It ends by publishing the demo's open year, so it lives in year-end/, after the specs that expect that year unpublished.
test("a year's hand-offs with the review chain and sign-off on: each person acts from the notice or 待办 alone", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(900_000);
  const restore = await setSignoffSettings(baseURL!, { departmentReview: true, leaderSignoff: true });
  try {
    // Staff (机电系) submit two records (the start of the chain: staff's own work, through the API).
    const staff = await apiAs(baseURL!, "staff-a");
    const passName = uniqueName("交接通过赛");
    const backName = uniqueName("交接退回赛");
    const passed = await createAward(staff, passName);
    await act(staff, passed.id, "submit");
    const back = await createAward(staff, backName);
    await act(staff, back.id, "submit");
    await staff.dispose();

    // submit → the department head: one notice for the batch, opening the queue of that department.
    await arrive(page, "head-a");
    await expect(page.getByTestId("todo-review")).toContainText("机电与信息工程系");
    const submitted = /^机电与信息工程系提交了 \d+ 条记录待您审核$/;
    await openNotice(page, submitted, backName);
    await expect(page).toHaveURL(/\/admin\/review\?year=\d+&departmentId=/);
    // The head returns one with a reason and passes the other.
    await page.getByLabel(`选择 ${backName}`).check();
    await page.getByLabel("退回原因").fill("请写明指导教师");
    await page.getByRole("button", { name: "退回所选 Return selected" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已退回 1 条记录" })).toBeVisible();
    await page.getByLabel(`选择 ${passName}`).check();
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "部门审核通过所选 Approve selected" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已通过 1 条记录" })).toBeVisible();
    await expectCleared(page, submitted, backName);

    // return → the author: the notice and 待办 both lead to the record; resubmitting clears the notice.
    await arrive(page, "staff-a");
    await expect(page.getByTestId("todo-returned")).toContainText(backName);
    await expect(page.getByTestId("todo-returned")).toContainText("请写明指导教师");
    const returned = /^机电系主任退回了 \d+ 条记录，请修改后重新提交$/;
    await openNotice(page, returned, backName);
    await expect(page).toHaveURL(/\/admin\/(records\/competition-awards\/|todo#returned)/);
    if (page.url().includes("/admin/todo")) await page.getByTestId("todo-returned").getByRole("link", { name: backName }).click();
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();
    await expectCleared(page, returned, backName);

    // resubmit → the head again: a new notice (the last one was handled); the head passes it from there.
    await arrive(page, "head-a");
    await openNotice(page, submitted, backName);
    await expect(page).toHaveURL(/\/admin\/review\?year=\d+&departmentId=/);
    await page.getByLabel(`选择 ${backName}`).check();
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "部门审核通过所选 Approve selected" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已通过 1 条记录" })).toBeVisible();
    await expectCleared(page, submitted, backName);

    // head passes → the quality office: both passes joined one notice, opening the department's queue.
    await arrive(page, "reviewer");
    const passedOn = /^机电与信息工程系部门审核通过 \d+ 条记录，待您审核$/;
    await openNotice(page, passedOn, backName);
    await expect(page).toHaveURL(/\/admin\/review\?year=\d+&departmentId=/);
    // The office returns one (to its author) and approves the other; the notice is then handled.
    await page.getByLabel(`选择 ${passName}`).check();
    await page.getByLabel("退回原因").fill("请附获奖证书扫描件");
    await page.getByRole("button", { name: "退回所选 Return selected" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已退回 1 条记录" })).toBeVisible();
    await page.getByLabel(`选择 ${backName}`).check();
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "通过所选 Approve selected" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已通过 1 条记录" })).toBeVisible();
    await expectCleared(page, passedOn, backName);

    // The office's return → the author: 待办 lists it with the reason; the notice opens the record and is read.
    await arrive(page, "staff-a");
    await expect(page.getByTestId("todo-returned")).toContainText(passName);
    await expect(page.getByTestId("todo-returned")).toContainText("请附获奖证书扫描件");
    const officeReturned = /^质量办审核员退回了 \d+ 条记录，请修改后重新提交$/;
    await openNotice(page, officeReturned, passName);
    // A group holding an earlier spec's return too opens 待办's list of returns rather than one record.
    await expect(page).toHaveURL(/\/admin\/(records\/competition-awards\/|todo#returned)/);
    if (page.url().includes("/admin/todo")) await page.getByTestId("todo-returned").getByRole("link", { name: passName }).click();
    await expect(page).toHaveURL(/\/admin\/records\/competition-awards\//);
    await expect(page.getByTestId("return-reason")).toContainText("请附获奖证书扫描件");
    await page.getByTestId("bell").click();
    await expect(noticesOf(page, officeReturned, passName).first()).toBeVisible();
    await expect(noticesOf(page, officeReturned, passName).and(page.locator('[data-unread="true"]'))).toHaveCount(0);

    // 提交审定: the office goes from 待办 to the preview; publishing is off until a leader signs off, and says why.
    await arrive(page, "reviewer");
    const request = page.getByTestId("todo-signoff").getByRole("link", { name: /年度报告尚未提交校领导审定$/ });
    await expect(request).toBeVisible(); // innerText would wait for the whole test's time
    const year = (await request.innerText()).slice(0, 4);
    await request.click();
    await expect(page).toHaveURL(new RegExp(`/admin/report/${year}/preview`));
    await expect(page.getByRole("button", { name: "发布新版本" })).toBeDisabled();
    await expect(page.getByTestId("publish-blocked")).toContainText("须经校领导审定后才能发布");
    await page.getByRole("button", { name: "提交校领导审定（标记为待审定）" }).click();
    await expect(page.locator('[data-signoff-status="PENDING"]')).toBeVisible();
    await expect(page.getByTestId("publish-blocked")).toContainText("报告正在待审定");
    // People read who and when, not a hash.
    await expect(page.locator("[data-signoff-status]")).not.toContainText("内容摘要");

    // 提交审定 → the leader: lands on 待办 with the report awaiting sign-off; the notice opens its preview.
    await arrive(page, "leader");
    await expect(page.getByTestId("todo-signoff")).toContainText(`${year}年度质量报告`);
    const awaiting = new RegExp(`^${year}年度质量报告待您审定$`);
    await openNotice(page, awaiting);
    await expect(page).toHaveURL(new RegExp(`/admin/report/${year}/preview`));
    // Beside the decision, what publishing now would change against the last edition.
    // (The demo's open year has no edition yet: it says so; the changes themselves: tests/integration/edition-changes.test.ts.)
    await expect(page.getByTestId("edition-changes")).toContainText(/与第\d+版（.+发布）相比|尚未发布过版本：这将是第一版/);
    // Nothing on the leader's page leads to an editor they may not open.
    await expect(page.getByRole("link", { name: "编辑各节叙述" })).toHaveCount(0);
    await page.getByLabel("审定意见（退回时必填）").fill("请核对第一章的数字");
    await page.getByRole("button", { name: "退回修改" }).click();
    await expect(page.locator('[data-signoff-status="RETURNED"]')).toBeVisible();
    await expectCleared(page, awaiting);

    // 退回 → the quality office: the notice opens the preview with the comment; marking again clears it.
    await arrive(page, "reviewer");
    const sentBack = new RegExp(`^${year}年度质量报告被校领导退回，请修改后重新提交审定$`);
    await openNotice(page, sentBack);
    await expect(page.getByTestId("signoff-comment")).toContainText("请核对第一章的数字");
    await page.getByRole("button", { name: "提交校领导审定（标记为待审定）" }).click();
    await expect(page.locator('[data-signoff-status="PENDING"]')).toBeVisible();
    await expectCleared(page, sentBack);

    // The leader signs off, from the notice, confirming once more.
    await arrive(page, "leader");
    await openNotice(page, awaiting);
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "审定通过" }).click();
    await expect(page.locator('[data-signoff-status="SIGNED"]')).toBeVisible();
    await expectCleared(page, awaiting);

    // 审定通过 → the quality office: the notice opens the preview, publishing is on; publishing clears it.
    await arrive(page, "reviewer");
    const signed = new RegExp(`^${year}年度质量报告已审定通过，可以发布$`);
    await openNotice(page, signed);
    await expect(page.getByTestId("publish-blocked")).toHaveCount(0);
    await page.getByLabel(/^更新说明/).fill("校领导审定后发布（交接测试）");
    for (const box of await page.getByTestId("publish-warnings").getByRole("checkbox").all()) await box.check();
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "发布新版本" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已发布第" })).toBeVisible({ timeout: 60_000 });
    await expectCleared(page, signed);

    // The next year, opened by the admin from 待办's checklist with 沿用上年 (after the newest year there is).
    await arrive(page, "admin");
    await page.getByTestId("todo-checklist").getByRole("link", { name: "4. 年度" }).click();
    await expect(page.getByTestId("years").locator("li[data-year]").first()).toBeVisible();
    const years = (
      await page
        .getByTestId("years")
        .locator("li[data-year]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-year")))
    ).map(Number);
    const next = Math.max(...years) + 1;
    const openNext = page.getByRole("form", { name: "开启新年度" });
    await openNext.locator('input[name="year"]').fill(String(next));
    await openNext.locator('input[name="academicYear"]').fill(`${next - 1}-${next}`);
    await openNext.locator('input[name="source"][value="previous"]').check();
    await openNext.getByRole("button", { name: /开启年度/ }).click();
    await expect(openNext.getByRole("status")).toContainText(/沿用上年记录 [1-9]\d* 条/, { timeout: 60_000 });
    // On a phone the long answer (it names the departments nobody could tell) goes under the button
    // and does not squeeze it into a column of single characters.
    const desk = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    const button = (await openNext.getByRole("button", { name: /开启年度/ }).boundingBox())!;
    const answer = (await openNext.getByRole("status").boundingBox())!;
    expect(button.height).toBeLessThan(50);
    expect(answer.y).toBeGreaterThanOrEqual(button.y + button.height);
    await page.setViewportSize(desk);

    // Carried drafts → the department: one notice for them all, opening 待办's list; each one handled leaves it.
    await arrive(page, "staff-a");
    const carriedTitle = new RegExp(`^${next}年度有 (\\d+) 条记录沿用上年，请确认后提交$`);
    await openNotice(page, carriedTitle);
    await expect(page).toHaveURL(/\/admin\/todo#carried$/);
    await page.getByTestId("bell").click();
    await expect(noticesOf(page, carriedTitle).first()).toBeVisible();
    const before = Number(carriedTitle.exec(await noticesOf(page, carriedTitle).first().getByRole("link").innerText())![1]);
    await page.getByRole("link", { name: "待办", exact: true }).click();
    await page.getByTestId("todo-carried").getByRole("list").getByRole("link").first().click();
    await expect(page.getByTestId("carried-note")).toBeVisible();
    // Confirmed by submitting it; one whose yearly figures are still empty is refused, and is deleted instead.
    await page.getByRole("button", { name: "提交审核" }).click();
    const refused = page.getByRole("alert").filter({ hasText: "沿用上年：请填写" });
    await expect(page.locator('[data-status="SUBMITTED"]').first().or(refused)).toBeVisible();
    if (await refused.isVisible()) {
      await page.getByRole("button", { name: "删除 Delete", exact: true }).click();
      await page.getByRole("button", { name: "确认删除 Confirm" }).click();
      await expect(page).not.toHaveURL(/\/admin\/records\/[^/]+\/[^/?#]+$/);
    }
    await page.getByTestId("bell").click();
    await expect(noticesOf(page, carriedTitle).first().getByRole("link")).toHaveText(
      `${next}年度有 ${before - 1} 条记录沿用上年，请确认后提交`,
    );

    // A task assigned → its writer: the admin assigns a section of the new year from the checklist's 任务.
    await arrive(page, "admin");
    await page.getByTestId("todo-checklist").getByRole("link", { name: "5. 任务" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/tasks\\?year=${next}$`));
    // A section with a text (carried with the outline): a task on an empty one cannot be marked done.
    const task = page.locator('li[data-task="section:student.party"]');
    await expect(task).toBeVisible();
    const target = await task.getAttribute("data-task");
    const title = (await task.getByRole("heading").innerText()).trim();
    await task.getByText(`编辑分配：${title}`).click();
    const form = task.getByRole("form", { name: "编辑任务分配" });
    await form.getByLabel(/^牵头部门/).selectOption({ label: "机电与信息工程系" });
    await form.getByLabel(/^撰写人/).selectOption({ label: "机电系填报员（机电与信息工程系）" });
    await form.getByRole("button", { name: "保存分配" }).click();
    await expect(form.getByRole("status")).toHaveText("已保存（saved）");

    await arrive(page, "staff-a");
    await expect(page.getByTestId("todo-tasks")).toContainText(`${next}年度 ${title}`);
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const assigned = new RegExp(`^新任务：${next}年度 ${escaped}$`);
    await openNotice(page, assigned);
    await expect(page).toHaveURL(/\/admin\/tasks\/mine$/);
    const mine = page.locator(`li[data-task="${target}"]`);
    await mine.getByRole("button", { name: `标记完成：${title}` }).click();
    await expect(mine.locator("[data-state]")).toHaveText("已完成");
    await expectCleared(page, assigned);
  } finally {
    await setSignoffSettings(baseURL!, restore);
  }
});
