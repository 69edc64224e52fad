import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, signIn, signOut } from "../support/auth";
import { expectNoSidewaysScroll } from "../screens/helpers";

/**
 * 任务看板, as the quality office and a writer use it on the demo 2022 outline: the admin assigns a
 * section (lead, supporting, writer, due date; a date already past is refused, with the other errors
 * at once), finds the demo's overdue task in its group and reminds; filters by writer; the writer finds
 * the task and marks it done. Staff never get the board's controls. The section's assignment is put
 * back through the API at the end, so other tests see the demo as it was.
 */
const YEAR = 2022;
const TARGET = "section:challenges.measures";
const OVERDUE = "section:student.employment"; // overdue in the demo (prisma/demo/tasks.ts)
const LEAD = "机电与信息工程系"; // staff-a's
const SUPPORTING = "教育与社会事业系";

/** A day on the college's calendar (Beijing), as a date input takes it: 0 today, -1 yesterday. */
function dayInBeijing(offset: number): string {
  const d = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

test("the office assigns a section (no past due date) and reminds an overdue writer; the writer finds the task and marks it done", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const admin = await apiAs(baseURL!, "admin");
  const path = `/api/v1/years/${YEAR}/tasks/${encodeURIComponent(TARGET)}`;
  try {
    await signIn(page, "admin");
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: "任务看板" })).toHaveAttribute("href", "/admin/tasks");
    await page.goto(`/admin/tasks?year=${YEAR}`);
    // One line per task, grouped by state: the whole year fits in a few screens, not a 6,500 px wall.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(3600);
    const task = page.locator(`li[data-task="${TARGET}"]`);
    const title = (await task.getByRole("heading").innerText()).trim();
    await task.getByText(`编辑分配：${title}`).click();
    const form = task.getByRole("form", { name: "编辑任务分配" });
    await form.getByLabel(/^牵头部门/).selectOption({ label: LEAD });
    await expect(form.getByLabel(/^撰写人/).locator("option", { hasText: "校领导" })).toHaveCount(0);
    await form.getByLabel(/^撰写人/).selectOption({ label: `机电系填报员（${LEAD}）` });
    await form.getByLabel(SUPPORTING).check();
    await form.getByLabel(/^截止日期/).fill(dayInBeijing(-1));

    // A past due date and a note over 500 characters: both refused in one answer, every choice kept.
    await form.getByLabel(/^备注/).fill("长".repeat(501));
    await form.getByRole("button", { name: "保存分配" }).click();
    await expect(form).toContainText(`截止日期不能早于今天（${dayInBeijing(0)}）`);
    await expect(form).toContainText("备注最多500字（the note is at most 500 characters）");
    await expect(form.getByLabel(/^牵头部门/).locator("option:checked")).toHaveText(LEAD);
    await expect(form.getByLabel(/^撰写人/).locator("option:checked")).toHaveText(`机电系填报员（${LEAD}）`);
    await expect(form.getByLabel(SUPPORTING)).toBeChecked();
    await form.getByLabel(/^截止日期/).fill(dayInBeijing(0));
    await form.getByLabel(/^备注/).fill("请结合本年度问题逐条写改进措施");
    await form.getByRole("button", { name: "保存分配" }).click();
    await expect(form.getByRole("status")).toHaveText("已保存（saved）");
    // The API refuses a past date the same way.
    const past = await admin.put(path, { data: { dueDate: dayInBeijing(-3) } });
    expect(past.status()).toBe(400);
    expect(JSON.stringify(await past.json())).toContain("截止日期不能早于今天");

    await page.reload();
    await expect(task).toContainText("今天到期");
    await expect(task).toContainText(`牵头 ${LEAD}`);
    await expect(task).toContainText(`配合 ${SUPPORTING}`);
    await expect(task).toContainText("撰写 机电系填报员");

    // The demo's overdue task sits in the 已逾期 group, counted at the top; the filter shows only those.
    const late = page.locator(`[data-group="OVERDUE"] li[data-task="${OVERDUE}"]`);
    await expect(late).toBeVisible();
    const lateTitle = (await late.getByRole("heading").innerText()).trim();
    await expect(page.getByTestId("task-counts")).toContainText(/已逾期 [1-9]\d* 项/);
    await page.getByRole("link", { name: /^只看逾期/ }).click();
    await expect(page.locator("li[data-task]").filter({ hasNot: page.locator('[data-state="OVERDUE"]') })).toHaveCount(0);
    await late.getByRole("button", { name: `发送提醒：${lateTitle}` }).click();
    await expect(late.getByRole("status")).toContainText("已提醒 1 项任务");
    // Filtered by writer: only that person's tasks.
    await page.goto(`/admin/tasks?year=${YEAR}`);
    const filters = page.getByRole("form", { name: "筛选任务" });
    await filters.getByLabel("撰写人").selectOption({ label: `机电系填报员（${LEAD}）` });
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(task).toBeVisible();
    await expect(page.locator("li[data-task]").filter({ hasNotText: "撰写 机电系填报员" })).toHaveCount(0);
    // The board fits a phone too.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    // The writer hears of it under the bell and finds it among their tasks, in words.
    await signOut(page);
    await signIn(page, "staff-a");
    await page.goto("/admin/notifications");
    await expect(page.getByTestId("notifications")).toContainText(`新任务：${YEAR}年度`);
    await page.getByRole("link", { name: "我的任务" }).click();
    await expect(page).toHaveURL(/\/admin\/tasks\/mine$/);
    const mine = page.locator(`li[data-task="${TARGET}"]`);
    await expect(mine).toContainText(`${YEAR}年度 · ${title}`);
    await expect(mine).toContainText("（撰写人）");
    await expect(mine).toContainText("今天到期");
    // At a phone's width the list fits.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await mine.getByRole("button", { name: `标记完成：${title}` }).click();
    await expect(mine.locator("[data-state]")).toHaveText("已完成");
    await expect(mine).not.toContainText("今天到期");

    // Staff get no board and no board controls: the page is not found, the API refuses.
    const res = await page.goto(`/admin/tasks?year=${YEAR}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByText("编辑分配")).toHaveCount(0);
    const staff = await apiAs(baseURL!, "staff-a");
    expect((await staff.put(path, { data: { writerId: null } })).status()).toBe(403);
    expect((await staff.post(`/api/v1/years/${YEAR}/tasks/remind`, { data: {} })).status()).toBe(403);
    // …while their own tasks come through the API.
    const own = await (await staff.get(`/api/v1/years/${YEAR}/tasks`)).json();
    expect(own.tasks.find((t: { target: string }) => t.target === TARGET)).toMatchObject({ state: "DONE", stateLabel: "已完成" });
    await staff.dispose();

    // The office sees it done on the board.
    const board = await (await admin.get(`/api/v1/years/${YEAR}/tasks`)).json();
    expect(board.tasks.find((t: { target: string }) => t.target === TARGET)).toMatchObject({
      state: "DONE",
      writer: { name: "机电系填报员" },
    });
  } finally {
    await admin.post(`${path}/done`, { data: { done: false } });
    const put = await admin.put(path, { data: { leadDepartmentId: "", supportingDepartmentIds: [], writerId: "", dueDate: "", note: "" } });
    expect(put.status()).toBe(200);
    await admin.dispose();
  }
});
