import { expect as baseExpect, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, DEMO_PASSWORD, signOut, uniqueName, type ChainUser, type DemoUser } from "../support/auth";
import { act, createAward } from "../screens/helpers";
import { setSignoffSettings } from "../signoff/chain-settings";

// Patient on a busy two-core machine; the assertions are the same.
const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * Signs in and lands on 待办 (no URL typed after this: every step is reached from a notice or the to-do page).
 * The sign-in itself goes through the login page, as a person's does.
 */
async function arrive(page: Page, who: DemoUser | ChainUser) {
  await signOut(page);
  await page.goto("/login");
  await page.locator('input[name="username"]').fill(who);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/todo$/, { timeout: 30_000 });
  await expect(page.getByTestId("whoami")).toBeVisible();
}

/** The notices on 通知 titled `title` (and holding `text`, e.g. the latest record's name). */
function noticesOf(page: Page, title: RegExp, text?: string) {
  const titled = page
    .getByTestId("notifications")
    .locator("li")
    .filter({ has: page.getByRole("link", { name: title }) });
  return text ? titled.filter({ hasText: text }) : titled;
}

/** The person's unread notice, opened from the bell: it is then read, and the page is where they act. */
async function openNotice(page: Page, title: RegExp, text?: string) {
  await page.getByTestId("bell").click();
  await expect(page).toHaveURL(/\/admin\/notifications$/);
  const notice = noticesOf(page, title, text).and(page.locator('[data-unread="true"]')).first();
  await expect(notice).toBeVisible();
  await notice.getByRole("link", { name: title }).click();
}

/** Back on 通知: the notice is no longer unread, and it is marked handled (the work is done). */
async function expectCleared(page: Page, title: RegExp, text?: string) {
  await page.getByTestId("bell").click();
  await expect(page).toHaveURL(/\/admin\/notifications$/);
  await expect(noticesOf(page, title, text).first()).toBeVisible();
  await expect(noticesOf(page, title, text).and(page.locator('[data-unread="true"]'))).toHaveCount(0);
  await expect(noticesOf(page, title, text).and(page.locator('[data-handled="true"]')).first()).toBeVisible();
}

// Both steps of the chain are off in the demo; this test turns them on for itself and back off.
// It ends by publishing the demo's open year, so it lives in year-end/, after the specs that expect that year unpublished.
test("a year's hand-offs with the review chain and sign-off on: each person acts from the notice or 待办 alone", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(480_000);
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

    // head passes → the quality office: the notice opens the department's queue; approving clears it.
    await arrive(page, "reviewer");
    const passedOn = /^机电与信息工程系部门审核通过 \d+ 条记录，待您审核$/;
    await openNotice(page, passedOn, passName);
    await expect(page).toHaveURL(/\/admin\/review\?year=\d+&departmentId=/);
    await page.getByLabel(`选择 ${passName}`).check();
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "通过所选 Approve selected" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已通过 1 条记录" })).toBeVisible();
    await expectCleared(page, passedOn, passName);

    // 提交审定: from 待办 to the preview; publishing is off until a leader signs off, and says why.
    await page.getByRole("link", { name: "待办", exact: true }).click();
    const request = page.getByTestId("todo-signoff").getByRole("link", { name: /年度报告尚未提交校领导审定$/ });
    const year = (await request.innerText()).slice(0, 4);
    await request.click();
    await expect(page).toHaveURL(new RegExp(`/admin/report/${year}/preview`));
    await expect(page.getByRole("button", { name: "发布新版本（Publish）" })).toBeDisabled();
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
    // Nothing on the leader's page leads to an editor they may not open.
    await expect(page.getByRole("link", { name: "编辑各节叙述" })).toHaveCount(0);
    await page.getByLabel("审定意见（退回时必填）").fill("请核对第一章的数字");
    await page.getByRole("button", { name: "退回修改（Send back）" }).click();
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
    await page.getByRole("button", { name: "审定通过（Sign off）" }).click();
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
    await page.getByRole("button", { name: "发布新版本（Publish）" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已发布第" })).toBeVisible({ timeout: 60_000 });
    await expectCleared(page, signed);
  } finally {
    await setSignoffSettings(baseURL!, restore);
  }
});
