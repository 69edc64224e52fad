import { expect as baseExpect, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { setUpCollege, startCollegeServer, type CollegeServer } from "../support/college-server";
import { arrive as arriveAt, expectCleared, openNotice } from "../support/handoff";

/**
 * A new college's first year with the review chain and the leader's sign-off on, from an empty
 * database to its published report, every hand-off done from the notice or 待办 alone: after /setup
 * and the login page nobody types an address. The administrator sets the college up from 待办's
 * checklist (settings, a department, four people, the year, a writing task); staff enter and submit
 * records and draft their section; the department head passes one and returns one; the author
 * resubmits; the quality office approves and accepts the draft (the writer's task is then done);
 * 提交审定 → the leader signs off → the office publishes. Each notice is asserted as the bell and
 * 通知 show it (grouped: 「智能装备系提交了 2 条记录待您审核」) and as cleared once handled.
 * Mail digests of the same hand-offs: tests/e2e/screens/notifications.spec.ts and the integration tests.
 */

// Its own app and database (tests/e2e/support/college-server.ts), on a port no other spec takes.
let college: CollegeServer | undefined;
let BASE = "";
const YEAR = 2025;
const DEPARTMENT = "智能装备系";
const PASSWORD = "Qingshan-2025!x";
const ADMIN = { username: "qs-admin", displayName: "学校管理员", password: PASSWORD };
const PEOPLE = {
  staff: { username: "zb-staff", displayName: "装备系填报员", role: "系部填报员", department: DEPARTMENT },
  head: { username: "zb-head", displayName: "装备系主任", role: "部门负责人", department: DEPARTMENT },
  office: { username: "qs-office", displayName: "质量办审核员", role: "审核员", department: null },
  leader: { username: "qs-leader", displayName: "分管副校长", role: "校领导", department: null },
} as const;
// The section the staff member writes (撰写人), and its text quoting a computed value.
const SECTION = "service.industry";
const DRAFT = "本年度面向行业企业开展社会培训{{training.personTimes}}。";
const PASS = "智能产线运维培训";
const BACK = "乡村民宿服务培训";

// Server actions (opening a year, publishing) take a while on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  college = await startCollegeServer({ offset: 9, prefix: "nianbao_e2e_year" });
  BASE = college.base;
});

test.afterAll(async () => {
  await college?.stop();
});

const arrive = (page: Page, username: string) => arriveAt(page, username, { base: BASE, password: PASSWORD });
const toTodo = (page: Page) => page.getByRole("navigation", { name: "管理导航" }).getByRole("link", { name: "待办", exact: true }).click();
const fromChecklist = (page: Page, step: string) => page.getByTestId("todo-checklist").getByRole("link", { name: step }).click();

/** A record entered on its form, reached by clicking (数据填报 → the kind → 新建), saved and submitted. */
async function enterAndSubmit(page: Page, kind: string, values: Record<string, string>) {
  await page.getByRole("navigation", { name: "管理导航" }).getByRole("link", { name: "数据填报" }).click();
  await page.locator(`a[data-kind="${kind}"]`).click();
  await page.getByRole("link", { name: "新建 New" }).first().click();
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#field-${name}`);
    if ((await field.evaluate((e) => e.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByRole("button", { name: /保存草稿/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();
}

test("a new college's first year: each person acts from the notice or 待办 alone, and each notice clears", async ({ page }) => {
  test.setTimeout(360_000);

  // ---- /setup, then the administrator follows 待办's checklist ----
  await page.goto(`${BASE}/setup`);
  await setUpCollege(page, {
    name: "青山职业技术学院",
    shortName: "青山职院",
    city: "雅安",
    website: "https://qingshan.example.edu.cn",
    colour: "#1d4ed8",
    admin: ADMIN,
  });
  await arrive(page, ADMIN.username);
  await expect(page.getByTestId("todo-checklist").locator('[data-step="departments"]')).toHaveAttribute("data-done", "false");

  // 1. 学校信息: the review chain and the leader's sign-off, both on.
  await fromChecklist(page, "1. 学校信息");
  await page.getByRole("checkbox", { name: /部门负责人审核/ }).check();
  await page.getByRole("checkbox", { name: /校领导审定/ }).check();
  await page.getByRole("button", { name: /保存/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

  // 2. 部门
  await toTodo(page);
  await fromChecklist(page, "2. 部门");
  await page.locator('form:has(button:text("新建部门")) input[name="name"]').fill(DEPARTMENT);
  await page.getByRole("button", { name: "新建部门" }).click();
  await expect(page.getByRole("form", { name: `部门 ${DEPARTMENT}` })).toBeVisible();

  // 3. 用户: staff, the department's head, the quality office, the leader.
  await toTodo(page);
  await fromChecklist(page, "3. 用户");
  const newUser = page.locator("form").filter({ has: page.getByRole("button", { name: "新建用户" }) });
  for (const p of Object.values(PEOPLE)) {
    await newUser.getByRole("textbox", { name: "用户名" }).fill(p.username);
    await newUser.getByRole("textbox", { name: "姓名" }).fill(p.displayName);
    await newUser.getByLabel("初始密码").fill(PASSWORD);
    // (A select's name holds its options' words: found by its field.)
    await newUser.locator('select[name="role"]').selectOption({ label: p.role });
    await newUser.locator('select[name="departmentId"]').selectOption(p.department ? { label: p.department } : { index: 0 });
    await newUser.getByRole("button", { name: "新建用户" }).click();
    await expect(page.getByRole("cell", { name: p.username, exact: true })).toBeVisible();
  }

  // 4. 年度: the first year, from the 2024 template.
  await toTodo(page);
  await fromChecklist(page, "4. 年度");
  const openForm = page.getByRole("form", { name: "开启新年度" });
  await openForm.locator('input[name="year"]').fill(String(YEAR));
  await openForm.locator('input[name="academicYear"]').fill(`${YEAR - 1}-${YEAR}`);
  await openForm.locator(`input[name="source"][value="2024"]`).check();
  await openForm.getByRole("button", { name: /开启年度/ }).click();
  await expect(openForm.getByRole("status")).toContainText(`已开启${YEAR}年度`, { timeout: 60_000 });

  // 5. 任务: the department leads 服务行业企业, its staff member writes it.
  await toTodo(page);
  await fromChecklist(page, "5. 任务");
  const task = page.locator(`li[data-task="section:${SECTION}"]`);
  const title = (await task.getByRole("heading").innerText()).trim();
  await task.getByText(`编辑分配：${title}`).click();
  const assign = task.getByRole("form", { name: "编辑任务分配" });
  await assign.getByLabel(/^牵头部门/).selectOption({ label: DEPARTMENT });
  await assign.getByLabel(/^撰写人/).selectOption({ label: `${PEOPLE.staff.displayName}（${DEPARTMENT}）` });
  await assign.getByRole("button", { name: "保存分配" }).click();
  await expect(assign.getByRole("status")).toHaveText("已保存（saved）");
  await toTodo(page);
  for (const step of ["institution", "departments", "users", "years", "tasks"])
    await expect(page.getByTestId("todo-checklist").locator(`[data-step="${step}"]`)).toHaveAttribute("data-done", "true");

  // ---- task assigned → the writer: from the notice to 我的任务, from there to the draft ----
  await arrive(page, PEOPLE.staff.username);
  await expect(page.getByTestId("todo-tasks")).toContainText(`${YEAR}年度 ${title}`);
  await expect(page.getByTestId("todo-drafts")).toContainText(title);
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const assigned = new RegExp(`^新任务：${YEAR}年度 ${escaped}$`);
  await openNotice(page, assigned);
  await expect(page).toHaveURL(/\/admin\/tasks\/mine$/);
  await page.locator(`li[data-task="section:${SECTION}"]`).getByRole("link", { name: "撰写本节草稿" }).click();
  const box = page.locator(`section#sec-${SECTION.replace(/\./g, "-")}`);
  await box.locator("textarea").fill(DRAFT);
  await expect(box.getByRole("status")).toContainText("已保存（saved）");
  await box.getByRole("button", { name: "提交给质量办" }).click();
  await expect(box.getByTestId(`draft-status-${SECTION}`)).toContainText("已提交，待质量办采用");

  // Staff enter two records and submit them (the start of the chain).
  const training = (name: string, personTimes: string) => ({
    name,
    category: "PUBLIC_INTEREST",
    mode: "ONLINE",
    hours: "24",
    personTimes,
  });
  await enterAndSubmit(page, "social-trainings", training(PASS, "300"));
  await enterAndSubmit(page, "social-trainings", training(BACK, "156"));

  // ---- submit → the head: one notice for both, opening the department's queue ----
  await arrive(page, PEOPLE.head.username);
  await expect(page.getByTestId("todo-review")).toContainText(`${DEPARTMENT} 2 条`);
  // Opened with its count; a handled record leaves the notice, and its title counts what is left.
  const submitted = (n: number | string) => new RegExp(`^${DEPARTMENT}提交了 ${n} 条记录待您审核$`);
  await openNotice(page, submitted(2));
  await expect(page).toHaveURL(new RegExp(`/admin/review\\?year=${YEAR}&departmentId=`));
  await page.getByLabel(`选择 ${BACK}`).check();
  await page.getByLabel("退回原因").fill("请写明培训对象");
  await page.getByRole("button", { name: "退回所选 Return selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已退回 1 条记录" })).toBeVisible();
  await page.getByLabel(`选择 ${PASS}`).check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "部门审核通过所选 Approve selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已通过 1 条记录" })).toBeVisible();
  await expectCleared(page, submitted("\\d+"));

  // ---- return → the author: the notice opens the record; resubmitting clears it ----
  await arrive(page, PEOPLE.staff.username);
  await expect(page.getByTestId("todo-returned")).toContainText(BACK);
  await expect(page.getByTestId("todo-returned")).toContainText("请写明培训对象");
  const returned = new RegExp(`^${PEOPLE.head.displayName}退回了 1 条记录，请修改后重新提交$`);
  await openNotice(page, returned);
  await expect(page).toHaveURL(/\/admin\/records\/social-trainings\/[^/?#]+$/);
  await expect(page.getByTestId("return-reason")).toContainText("请写明培训对象");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();
  await expectCleared(page, returned);

  // ---- resubmitted → the head again: a new notice (the last was handled); passed from there ----
  await arrive(page, PEOPLE.head.username);
  await openNotice(page, submitted(1), BACK);
  await page.getByLabel(`选择 ${BACK}`).check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "部门审核通过所选 Approve selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已通过 1 条记录" })).toBeVisible();
  await expectCleared(page, submitted("\\d+"), BACK);

  // ---- head passes → the quality office: both passes in one notice; approved from the queue ----
  await arrive(page, PEOPLE.office.username);
  await expect(page.getByTestId("todo-drafts")).toContainText(title);
  const passedOn = (n: number | string) => new RegExp(`^${DEPARTMENT}部门审核通过 ${n} 条记录，待您审核$`);
  await openNotice(page, passedOn(2));
  await expect(page).toHaveURL(new RegExp(`/admin/review\\?year=${YEAR}&departmentId=`));
  await page.getByTestId("select-all").check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "通过所选 Approve selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已通过 2 条记录" })).toBeVisible();
  await expectCleared(page, passedOn("\\d+"));

  // The writer's draft → the office: the notice opens the section; 采用草稿 makes it the narrative.
  const drafted = new RegExp(`^${PEOPLE.staff.displayName}提交了「${escaped}」的叙述草稿待您采用$`);
  await openNotice(page, drafted);
  await expect(page).toHaveURL(new RegExp(`/admin/report/${YEAR}/sections#sec-`));
  await page.getByTestId(`draft-${SECTION}`).getByRole("button", { name: "采用草稿" }).click();
  await expect(page.locator(`section#sec-${SECTION.replace(/\./g, "-")}`)).toContainText("的草稿：已采用");
  await expectCleared(page, drafted);
  // Accepting the draft completed the writer's task: the board says so.
  await page.getByRole("navigation", { name: "管理导航" }).getByRole("link", { name: "任务看板" }).click();
  await expect(page.locator(`li[data-task="section:${SECTION}"] [data-state]`)).toHaveText("已完成");

  // 提交审定 from 待办: publishing waits for the leader, and says so.
  await toTodo(page);
  await page
    .getByTestId("todo-signoff")
    .getByRole("link", { name: `${YEAR}年度报告尚未提交校领导审定` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/admin/report/${YEAR}/preview`));
  await expect(page.getByRole("button", { name: "发布新版本", exact: true })).toBeDisabled();
  await expect(page.getByTestId("publish-blocked")).toContainText("须经校领导审定后才能发布");
  await page.getByRole("button", { name: "提交校领导审定（标记为待审定）" }).click();
  await expect(page.locator('[data-signoff-status="PENDING"]')).toBeVisible();

  // ---- 提交审定 → the leader: 待办 and the notice lead to the preview; signed off there ----
  await arrive(page, PEOPLE.leader.username);
  await expect(page.getByTestId("todo-signoff")).toContainText(`${YEAR}年度质量报告`);
  const awaiting = new RegExp(`^${YEAR}年度质量报告待您审定$`);
  await openNotice(page, awaiting);
  await expect(page).toHaveURL(new RegExp(`/admin/report/${YEAR}/preview`));
  await expect(page.getByTestId("edition-changes")).toContainText("尚未发布过版本：这将是第一版");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "审定通过", exact: true }).click();
  await expect(page.locator('[data-signoff-status="SIGNED"]')).toBeVisible();
  await expectCleared(page, awaiting);

  // ---- 审定通过 → the quality office: the notice opens the preview; publishing clears it ----
  await arrive(page, PEOPLE.office.username);
  const signed = new RegExp(`^${YEAR}年度质量报告已审定通过，可以发布$`);
  await openNotice(page, signed);
  await expect(page.getByTestId("publish-blocked")).toHaveCount(0);
  await page.getByLabel(/^更新说明/).fill("校领导审定后首次发布");
  for (const box of await page.getByTestId("publish-warnings").getByRole("checkbox").all()) await box.check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "发布新版本", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已发布第1版" })).toBeVisible({ timeout: 60_000 });
  await expectCleared(page, signed);

  // ---- the writer: the task is off 待办, its notice handled; the acceptance notice opens the section ----
  await arrive(page, PEOPLE.staff.username);
  await expect(page.getByTestId("todo-tasks")).toContainText("没有未完成的写作任务。");
  await expect(page.getByTestId("todo-drafts")).toContainText("没有待撰写的章节草稿。");
  await openNotice(page, new RegExp(`^「${escaped}」的叙述草稿已被采用$`));
  await expect(page).toHaveURL(new RegExp(`/admin/report/${YEAR}/sections#sec-`));
  await expectCleared(page, assigned);
});
