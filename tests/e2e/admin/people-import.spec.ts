import ExcelJS from "exceljs";
import { expect as baseExpect, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, DEMO_PASSWORD, signOut, type DemoUser } from "../support/auth";

// bcrypt sign-ins on a shared, loaded machine: give every step room.
const expect = baseExpect.configure({ timeout: 30_000 });

async function signInAs(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
}

async function signIn(page: Page, who: DemoUser) {
  await signInAs(page, who, DEMO_PASSWORD);
  await expect(page.getByTestId("whoami")).toBeVisible();
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A real .xlsx as an admin fills it: Chinese headers on row 1, then the rows. */
async function workbook(headers: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("数据");
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, path: string, name: string, buffer: Buffer) {
  await page.goto(path);
  await page.locator('input[name="file"]').setInputFiles({ name, mimeType: XLSX, buffer });
  await page.getByRole("button", { name: /上传并预览/ }).click();
  await expect(page).toHaveURL(/\?token=/);
}

test("admin imports departments and users from spreadsheets; a new user signs in with the one-time password and must change it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const n = Date.now().toString(36);
  const department = `湖畔数字艺术学院${n}`;
  const users = [`lake.a.${n}`, `lake.b.${n}`];

  await signIn(page, "admin");

  // Departments: one row, from the page's own link.
  await page.goto("/admin/departments");
  await page.getByRole("link", { name: /从表格导入/ }).click();
  await expect(page).toHaveURL(/\/admin\/departments\/import$/);
  await upload(
    page,
    "/admin/departments/import",
    "部门.xlsx",
    await workbook(["部门名称", "简称", "排序", "启用"], [[department, "湖艺", 7, "是"]]),
  );
  await expect(page.getByTestId("rows-invalid")).toHaveText("0");
  await page.getByRole("button", { name: /确认导入 1 行/ }).click();
  await expect(page.getByTestId("people-import-result")).toContainText("已导入 1 个部门");
  await page.goto("/admin/departments");
  // The list shows each name in its rename field.
  await expect(page.getByTestId("departments").locator(`input[value="${department}"]`)).toHaveCount(1);

  // Users: a STAFF row names a department that does not exist → the preview shows it, nothing can be saved.
  const headers = ["用户名", "姓名", "角色", "部门", "初始密码"];
  const rows = (dept: string) => [
    [users[0]!, "湖畔甲", "系部填报员", department, null],
    [users[1]!, "湖畔乙", "系部填报员", dept, null],
  ];
  await upload(page, "/admin/users/import", "用户-有错误.xlsx", await workbook(headers, rows("没有这个学院")));
  await expect(page.getByTestId("rows-total")).toHaveText("2");
  await expect(page.getByTestId("rows-invalid")).toHaveText("1");
  const issues = page.getByTestId("import-issues").locator("tbody tr");
  await expect(issues).toHaveCount(1);
  await expect(issues.first()).toHaveAttribute("data-row", "3");
  await expect(issues.first()).toHaveAttribute("data-column", "部门");
  await expect(issues.first()).toContainText("没有名为「没有这个学院」的部门");
  await expect(page.getByRole("button", { name: /确认导入/ })).toBeDisabled();

  // Fixed and uploaded again: both are created and their one-time passwords shown, this once.
  await upload(page, "/admin/users/import", "用户.xlsx", await workbook(headers, rows(department)));
  await expect(page.getByTestId("rows-invalid")).toHaveText("0");
  await page.getByRole("button", { name: /确认导入 2 行/ }).click();
  await expect(page.getByTestId("people-import-result")).toContainText("已导入 2 个用户");
  const shown = page.getByTestId("one-time-passwords").locator("tbody tr");
  await expect(shown).toHaveCount(2);
  const password = (await shown.filter({ hasText: users[0]! }).getByTestId("password").textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载名单/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  // Reloading does not show them again: the upload is gone and the passwords were never stored.
  await page.reload();
  await expect(page.getByTestId("one-time-passwords")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("已过期");
  await page.goto("/admin/users");
  await expect(page.locator("tbody")).toContainText(users[0]!);

  // The new user signs in with it and is kept on 我的账号 until they set their own.
  await signOut(page);
  await signInAs(page, users[0]!, password);
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(page.getByTestId("must-change-password")).toBeVisible();
  await page.goto("/admin/records");
  await expect(page).toHaveURL(/\/admin\/account$/);
  // Nor does the API serve it as a signed-in user meanwhile.
  expect((await page.request.get("/api/v1/users")).status()).toBe(401);

  const own = "Lakeside-own-2026";
  await page.locator('input[name="current"]').fill(password);
  await page.locator('input[name="next"]').fill(own);
  await page.locator('input[name="confirm"]').fill(own);
  await page.getByRole("button", { name: /修改密码/ }).click();
  // The portal opens on 待办, where everyone lands.
  await expect(page).toHaveURL(/\/admin\/todo/);
  await expect(page.getByTestId("whoami")).toContainText("湖畔甲");
  await page.goto("/admin/records");
  await expect(page).toHaveURL(/\/admin\/records$/);

  // The one-time password no longer works; the own one does.
  await signOut(page);
  await signInAs(page, users[0]!, password);
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("reviewers and staff cannot reach the people import", async ({ page }) => {
  test.setTimeout(180_000);
  for (const who of ["reviewer", "staff-a"] as const) {
    await signIn(page, who);
    for (const path of ["/admin/users/import", "/admin/departments/import"]) {
      const res = await page.goto(path);
      expect(res?.status(), `${who} ${path}`).toBe(404);
    }
    expect((await page.request.get("/admin/users/import/template")).status()).toBe(403);
    await signOut(page);
  }
});

test("the same import through the API: preview, then commit; one-time passwords only in that answer; staff refused", async ({
  baseURL,
}) => {
  const n = Date.now().toString(36);
  const file = async (dept: string) => ({
    name: "users.xlsx",
    mimeType: XLSX,
    buffer: await workbook(["username", "displayName", "role", "department", "password"], [[`api.${n}`, "接口用户", "STAFF", dept, null]]),
  });
  const departments = (await (await (await apiAs(baseURL!, null)).get("/api/v1/departments")).json()) as { items: { name: string }[] };
  const dept = departments.items[0]!.name;

  const staff = await apiAs(baseURL!, "staff-a");
  expect((await staff.post("/api/v1/users/import", { multipart: { file: await file(dept), commit: "true" } })).status()).toBe(403);

  const admin = await apiAs(baseURL!, "admin");
  const bad = await admin.post("/api/v1/users/import", { multipart: { file: await file("没有这个学院"), commit: "true" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues[0]).toMatchObject({ row: 2, column: "部门" });

  const preview = await admin.post("/api/v1/users/import", { multipart: { file: await file(dept) } });
  expect(preview.status()).toBe(200);
  expect(await preview.json()).toMatchObject({ total: 1, valid: 1, issues: [], rows: [{ username: `api.${n}`, password: "one-time" }] });
  expect((await (await admin.get("/api/v1/users")).json()).items.some((u: { username: string }) => u.username === `api.${n}`)).toBe(false);

  const done = await admin.post("/api/v1/users/import", { multipart: { file: await file(dept), commit: "true" } });
  expect(done.status()).toBe(201);
  const body = await done.json();
  expect(body.oneTimePasswords).toHaveLength(1);
  expect(body.oneTimePasswords[0].password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  const again = await admin.post("/api/v1/users/import", { multipart: { file: await file(dept), commit: "true" } });
  expect((await again.json()).error.issues[0].message).toContain("已存在");
});
