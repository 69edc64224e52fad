import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, signIn, signOut, uniqueName } from "../support/auth";

/**
 * An archived year's records are read-only, and the screens say so before anyone types: no 保存,
 * upload, submit or delete on the record, no 新建 or 导入 on its list, no narrative form, and a line
 * saying the year is archived and that an administrator can reopen it (the server still refuses).
 */
test("an archived year's record, list and sections offer no writes and say who can reopen the year", async ({ page, baseURL }) => {
  const year = 2013;
  const admin = await apiAs(baseURL!, "admin");
  const staff = await apiAs(baseURL!, "staff-a");
  const opened = await admin.post("/api/v1/years", { data: { year, academicYear: "2012-2013", source: "2024" } });
  if (opened.status() === 409)
    await admin.patch(`/api/v1/years/${year}`, { data: { state: "OPEN" } }); // a rerun on the same database
  else expect(opened.status(), await opened.text()).toBe(201);
  const honour = {
    title: uniqueName("归档年度的荣誉"),
    category: "学校荣誉",
    level: "PROVINCIAL",
    awardedBy: "省教育厅",
    awardedOn: "2013-05-01",
  };
  const created = await staff.post("/api/v1/records/honours", { data: { year, data: honour } });
  expect(created.status(), await created.text()).toBe(201);
  const record = await created.json();
  expect((await admin.patch(`/api/v1/years/${year}`, { data: { state: "ARCHIVED" } })).status()).toBe(200);

  await signIn(page, "staff-a");
  await page.goto(`/admin/records/honours/${record.id}`);
  await expect(page.getByTestId("archived-year")).toContainText(`${year}年度已归档`);
  await expect(page.getByTestId("archived-year")).toContainText("管理员");
  await expect(page.getByRole("button", { name: /保存/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /提交/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /删除/ })).toHaveCount(0);
  await expect(page.locator('input[type="file"]')).toHaveCount(0);

  await page.goto(`/admin/records/honours?year=${year}`);
  await expect(page.getByTestId("archived-year")).toContainText(`${year}年度已归档`);
  await expect(page.getByRole("link", { name: /新建/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^导入/ })).toHaveCount(0);

  // The server's refusal stays.
  const refused = await staff.put(`/api/v1/records/honours/${record.id}`, {
    data: { version: record.version, data: { ...honour, recipient: "改" } },
  });
  expect(refused.status()).toBe(409);

  const reviewer = await apiAs(baseURL!, "reviewer");
  await signOut(page);
  await signIn(page, "reviewer");
  await page.goto(`/admin/report/${year}/sections`);
  await expect(page.getByTestId("archived-year")).toContainText(`${year}年度已归档`);
  await expect(page.getByRole("button", { name: /保存/ })).toHaveCount(0);

  for (const c of [admin, staff, reviewer]) await c.dispose();
});
