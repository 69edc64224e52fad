import { expect as baseExpect } from "@playwright/test";
import { test } from "../support/axe";
import { currentInstance, smtpPort } from "../../support/e2e-instances";
import { startSmtp } from "../../support/smtp";
import { apiAs, signOut, uniqueName } from "../support/auth";
import { act, signInSlow, createAward, expectNoSidewaysScroll } from "./helpers";

// The worker's app mails through SMTP_URL = smtp://127.0.0.1:(E2E_PORT + 60 + instance) (tests/support/e2e-instances.ts).
const SMTP_PORT = smtpPort(currentInstance());
// Patient on a busy two-core machine; the assertions are the same.
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(240_000);

let smtp: Awaited<ReturnType<typeof startSmtp>>;

test.beforeAll(async () => {
  smtp = await startSmtp(SMTP_PORT);
});
test.afterAll(async () => {
  await smtp?.close();
});

test("a returned record reaches its author: the bell, the list with the reason, and an e-mail", async ({ page, baseURL }) => {
  const name = uniqueName("海河工匠杯技能竞赛");
  const email = `${uniqueName("staff-a")}@college.test`;

  // staff-a gives an address and wants each event by mail
  await signInSlow(page, "staff-a");
  await page.getByTestId("bell").click();
  await expect(page).toHaveURL(/\/admin\/notifications$/);
  await page.getByLabel(/^通知邮箱/).fill(email);
  await page.getByLabel("每条通知一封").check();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText(/已向该地址发送确认邮件/)).toBeVisible();
  // The address is used once its owner followed the link mailed to it.
  const confirmation = await smtp.waitFor((m) => m.to === email && m.subject.includes("确认"));
  const link = /https?:\/\/\S+\/admin\/notifications\/confirm\?token=\S+/.exec(confirmation.text)![0];
  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(page.getByTestId("confirm-email")).toHaveText(email);
  await page.getByRole("button", { name: /确认使用此邮箱/ }).click();
  await expect(page.getByText("通知邮箱已确认")).toBeVisible();
  // A spec before this one in the same worker may have left staff-a an open return notice, which this
  // return would join (a group is mailed when it opens). Read everything, so this return opens its own.
  await page.goto("/admin/notifications");
  const markAll = page.getByRole("button", { name: "全部标为已读" });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(page.getByTestId("bell")).toHaveAttribute("aria-label", "通知：没有未读");
  }

  const staff = await apiAs(baseURL!, "staff-a");
  const created = await createAward(staff, name);
  await act(staff, created.id, "submit");

  // The reviewer hears of it under the bell, and returns it with a reason.
  await signOut(page);
  await signInSlow(page, "reviewer");
  await expect(page.getByTestId("bell-count")).toBeVisible();
  await page.getByTestId("bell").click();
  // One grouped notice for the department's submissions (its body names the latest); it opens the queue.
  const notice = page.getByTestId("notifications").locator("li", { hasText: name });
  await expect(notice.getByRole("link", { name: /^机电与信息工程系提交了 \d+ 条记录待您审核$/ })).toBeVisible();
  await notice.getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/review\?year=\d+&departmentId=/);
  await page
    .getByRole("link", { name: new RegExp(name) })
    .first()
    .click();
  await page.getByLabel("退回原因（reason）").fill("获奖证书扫描件不清晰，请重新上传");
  await page.getByRole("button", { name: "退回" }).click();
  await expect(page.locator('[data-status="RETURNED"]').first()).toBeVisible();

  // staff-a: a count on the bell, the notification with the reason, unread until marked.
  await signOut(page);
  await signInSlow(page, "staff-a");
  const count = Number(await page.getByTestId("bell-count").innerText());
  expect(count).toBeGreaterThanOrEqual(1);
  await page.getByTestId("bell").click();
  const item = page.getByTestId("notifications").locator("li", { hasText: name });
  await expect(item).toHaveAttribute("data-unread", "true");
  await expect(item).toContainText(/质量办审核员退回了 \d+ 条记录，请修改后重新提交/);
  // The body names the latest record by its kind's declared title (competition and prizes).
  await expect(item).toContainText(`竞赛获奖「${name}（`);
  await expect(item).toContainText("退回原因：获奖证书扫描件不清晰，请重新上传");
  await expect(item.locator("time")).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  await item.getByRole("button", { name: "标为已读" }).click();
  await expect(item).not.toHaveAttribute("data-unread", "true");
  await expect(page.getByTestId("bell")).toHaveAttribute("aria-label", count > 1 ? `通知：${count - 1} 条未读` : "通知：没有未读");

  // The grouped notice reached staff-a's address through the SMTP server, mailed as its group opened.
  const mail = await smtp.waitFor((m) => m.to === email && /^【年报】质量办审核员退回了 \d+ 条记录，请修改后重新提交$/.test(m.subject));
  expect(mail.text).toContain("退回原因");

  // At a phone's width the bell and the list still fit.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("bell")).toBeVisible();
  await expect(item).toContainText("退回原因");
  await expectNoSidewaysScroll(page);

  // Nobody else hears of it: not the other department, and only the author got the mail.
  await signOut(page);
  await signInSlow(page, "staff-b");
  await page.goto("/admin/notifications");
  await expect(page.getByTestId("notifications")).not.toContainText(name);
  expect(smtp.mails.filter((m) => m.text.includes(name)).every((m) => m.to === email)).toBe(true);
});
