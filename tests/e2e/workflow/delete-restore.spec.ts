import { expect as baseExpect } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, signIn, signOut, uniqueName } from "../support/auth";

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Staff delete their own draft after a confirm step; the record is gone for them and for the
 * other department; an admin finds it under 「已删除」 and restores it. A reviewer marks an
 * approved record as 主要成果 in its form, and the choice stays.
 */
test("staff delete a draft after confirming; an admin restores it from 已删除", async ({ page, baseURL }) => {
  const title = uniqueName("删除恢复");
  const staff = await apiAs(baseURL!, "staff-a");
  const res = await staff.post("/api/v1/records/honours", {
    data: { year: 2022, data: { title, category: "学生工作", level: "DISTRICT" } },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };

  await signIn(page, "staff-a");
  await page.goto(`/admin/records/honours/${id}`);
  // The first press only asks; cancelling keeps the record.
  await page.getByRole("button", { name: /^删除/ }).click();
  const confirm = page.getByRole("group", { name: "确认删除" });
  await expect(confirm).toContainText("只有管理员可以恢复");
  await confirm.getByRole("button", { name: /取消/ }).click();
  await expect(confirm).toHaveCount(0);
  await page.getByRole("button", { name: /^删除/ }).click();
  await page.getByRole("button", { name: /确认删除/ }).click();
  await expect(page).toHaveURL(/\/admin\/records\/honours\?removed=1/);
  await expect(page.getByRole("status").filter({ hasText: "已删除" })).toBeVisible();
  // Staff have no 「已删除」 tab and cannot list deleted records by URL.
  await expect(page.getByRole("link", { name: "已删除" })).toHaveCount(0);
  expect((await page.goto(`/admin/records/honours?deleted=1`))?.status()).toBe(404);
  expect((await staff.get(`/api/v1/records/honours/${id}`)).status()).toBe(404);
  expect((await staff.post(`/api/v1/records/honours/${id}/restore`)).status()).toBe(404);

  await signOut(page);
  await signIn(page, "admin");
  await page.goto("/admin/records/honours");
  await page.getByRole("link", { name: "已删除" }).click();
  const row = page.locator("tbody tr").filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: /恢复/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/records/honours/${id}\\?restored=1`));
  await expect(page.getByRole("status").filter({ hasText: "已恢复" })).toBeVisible();
  const history = await (await (await apiAs(baseURL!, "admin")).get(`/api/v1/records/honours/${id}/history`)).json();
  expect(JSON.stringify(history)).toMatch(/DELETE[\s\S]*RESTORE|RESTORE[\s\S]*DELETE/);
});

test("a reviewer sets 主要成果 in the record's form; staff are not offered it", async ({ page, baseURL }) => {
  const title = uniqueName("主要成果");
  const staff = await apiAs(baseURL!, "staff-b");
  const { id } = (await (
    await staff.post("/api/v1/records/honours", { data: { year: 2022, data: { title, category: "学校荣誉", level: "NATIONAL" } } })
  ).json()) as { id: string };
  expect((await staff.post(`/api/v1/records/honours/${id}/submit`)).status()).toBe(200);
  const reviewer = await apiAs(baseURL!, "reviewer");
  expect((await reviewer.post(`/api/v1/records/honours/${id}/approve`)).status()).toBe(200);
  // Staff cannot set it through the API either.
  const current = await (await staff.get(`/api/v1/records/honours/${id}`)).json();
  expect((await staff.post(`/api/v1/records/honours/${id}/meta`, { data: { version: current.version, highlight: true } })).status()).toBe(
    403,
  );

  await signIn(page, "staff-b");
  await page.goto(`/admin/records/honours/${id}`);
  await expect(page.getByRole("checkbox", { name: /主要成果/ })).toHaveCount(0);

  await signOut(page);
  await signIn(page, "reviewer");
  await page.goto(`/admin/records/honours/${id}`);
  const form = page.getByRole("form", { name: "年度与主要成果" });
  await form.getByRole("checkbox", { name: /主要成果/ }).check();
  await form.getByRole("button", { name: /更改年度与标记/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await expect(page.getByText("★ 主要成果")).toBeVisible();
  await expect(page.getByRole("form", { name: "年度与主要成果" }).getByRole("checkbox", { name: /主要成果/ })).toBeChecked();
  expect((await (await reviewer.get(`/api/v1/records/honours/${id}`)).json()).highlight).toBe(true);
});
