import fs from "node:fs/promises";
import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { expectNoSidewaysScroll } from "../screens/helpers";
import { apiAs, signIn, uniqueName } from "../support/auth";

/** /admin/rule-packs: export downloads the pack as JSON; a bad file is refused with its problems named, and nothing changes. */
test("an admin exports a pack, is told what is wrong with a bad file, imports a good one and edits it", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/rule-packs");
  await expect(page.getByRole("heading", { name: /年报规则包/ })).toBeVisible();
  const rows = page.getByTestId("rule-packs").locator("tbody tr");
  await expect(page.locator('[data-pack="2024"]')).toContainText("系统内置");
  // Whom each pack is for: a college cannot open a year from the province's pack, and the list says so.
  await expect(page.locator('[data-pack="2024"] [data-audience]')).toHaveText("学校年报");
  await expect(page.locator('[data-pack="province-2024"] [data-audience]')).toHaveText("省级汇总报告");

  // Export: one JSON file, the pack as the schema reads it.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page
      .locator('[data-pack="2024"]')
      .getByRole("link", { name: /导出 JSON/ })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe("rule-pack-2024.json");
  const pack = JSON.parse(await fs.readFile(await download.path(), "utf8"));
  expect(pack).toMatchObject({ format: "nianbao-rule-pack", key: "2024" });
  expect(pack.indicatorTables).toHaveLength(6);

  // A bad file: every problem named with its place in the file; the list is as it was.
  const before = await rows.count();
  const key = uniqueName("e2e").toLowerCase();
  const bad = {
    ...pack,
    key,
    name: "",
    indicatorTables: [{ ...pack.indicatorTables[0], rows: [{ label: "学生数", unit: "人", token: "students.count" }] }],
  };
  const form = page.getByRole("form", { name: "导入规则包" });
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
  await form.getByRole("button", { name: /导入/ }).click();
  await expect(form.getByRole("alert")).toContainText(/规则包有\d+处错误，第一处在 name：名称不能为空/);
  await expect(form.getByTestId("pack-problems")).toContainText("indicatorTables.0.rows.0.token：未知的数据项“students.count”");
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await form.getByRole("button", { name: /导入/ }).click();
  // Where it breaks, in words; never the engine's English message quoting the file.
  await expect(form.getByRole("alert")).toContainText("所选文件不是有效的 JSON：第1行第3列有语法错误");
  await expect(form.getByRole("alert")).not.toContainText(/position|Expected|Unexpected/);
  await page.reload();
  await expect(rows).toHaveCount(before);
  await expect(page.locator(`[data-pack="${key}"]`)).toHaveCount(0);

  // A good file under a new key.
  const good = { ...pack, key, name: `导入测试 ${key}` };
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: "good.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(good)) });
  await form.getByRole("button", { name: /导入/ }).click();
  await expect(form.getByRole("status")).toContainText(`已导入规则包“导入测试 ${key}”`);
  await expect(page.locator(`[data-pack="${key}"]`)).toContainText("未使用");
  // On a phone the list fits the screen, this long key and all (the key column is left out there).
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator(`[data-pack="${key}"] [data-audience]`)).toHaveText("学校年报");
  await expectNoSidewaysScroll(page);
  await page.setViewportSize(size);
  // Opening a year offers it beside the shipped ones.
  await page.goto("/admin/years");
  await expect(page.getByRole("form", { name: "开启新年度" }).locator(`input[name="source"][value="${key}"]`)).toHaveCount(1);
  await page.goto("/admin/rule-packs");

  // Edit it: a refused save keeps what was typed; a good one is saved.
  await page
    .locator(`[data-pack="${key}"]`)
    .getByRole("link", { name: /查看与编辑/ })
    .click();
  const edit = page.getByRole("form", { name: "编辑规则包" });
  await edit.getByLabel(/每个案例最多字数/).fill("800");
  const structure = edit.getByLabel(/大纲、指标表/);
  const typed = (await structure.inputValue()).replace('"label": "毕业生人数"', '"label": ""');
  await structure.fill(typed);
  await edit.getByRole("button", { name: /保存/ }).click();
  await expect(edit.getByRole("alert")).toContainText("indicatorTables.0.rows.0.label：指标名称不能为空");
  await expect(structure).toHaveValue(typed);
  await expect(edit.getByLabel(/每个案例最多字数/)).toHaveValue("800");
  await structure.fill(typed.replace('"label": ""', '"label": "毕业生总数"'));
  await edit.getByRole("button", { name: /保存/ }).click();
  await expect(edit.getByRole("status")).toContainText("已保存");
  await page.reload();
  await expect(page.getByText("每个案例不超过 800 字")).toBeVisible();
  await expect(page.locator('[data-table="scorecard"]')).toContainText("毕业生总数");
});

test("a reviewer reads the packs but has no import or edit form; staff are refused", async ({ page }) => {
  await signIn(page, "reviewer");
  // The consistency panel checks the year's pack: the demo's text length against 2022's range, the empty indicator rows named.
  await page.goto("/admin/report/2022/consistency");
  await expect(page.locator('[data-issue="TEXT_LENGTH"]')).toContainText("规则包“2022年版");
  await expect(page.locator('[data-issue="INDICATOR_EMPTY"]').first()).toContainText(/指标表“.+”有\d+行没有2022年数据/);
  await page.goto("/admin/rule-packs");
  await expect(page.locator('[data-pack="2022"]')).toBeVisible();
  await expect(page.getByRole("form", { name: "导入规则包" })).toHaveCount(0);
  await page.locator('[data-pack="2022"]').getByRole("link", { name: /查看/ }).click();
  await expect(page.getByRole("heading", { name: /2022年版/ })).toBeVisible();
  await expect(page.getByRole("form", { name: "编辑规则包" })).toHaveCount(0);
  await page.context().clearCookies();
  await signIn(page, "staff-a");
  await page.goto("/admin/rule-packs");
  await expect(page.getByRole("heading", { name: "页面不存在，或您无权查看" })).toBeVisible();
});

test("the API: reviewers read and export, only admins import and edit, anonymous visitors are refused", async ({ baseURL }) => {
  const [admin, reviewer, anonymous] = await Promise.all([apiAs(baseURL!, "admin"), apiAs(baseURL!, "reviewer"), apiAs(baseURL!, null)]);
  try {
    expect((await anonymous.get("/api/v1/rule-packs")).status()).toBe(401);
    const list = await reviewer.get("/api/v1/rule-packs");
    expect(list.status()).toBe(200);
    expect(((await list.json()) as { items: { key: string }[] }).items.map((p) => p.key)).toEqual(expect.arrayContaining(["2022", "2024"]));
    const exported = await reviewer.get("/api/v1/rule-packs/2022/export");
    expect(exported.headers()["content-disposition"]).toContain('filename="rule-pack-2022.json"');
    const pack = await exported.json();

    const key = uniqueName("api").toLowerCase();
    expect((await reviewer.post("/api/v1/rule-packs", { data: { ...pack, key } })).status()).toBe(403);
    const bad = await admin.post("/api/v1/rule-packs", {
      data: { ...pack, key, lengthRules: { mainText: { min: 1, max: 2 }, caseMax: 0 } },
    });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fieldErrors).toHaveProperty(["lengthRules.caseMax"]);
    expect((await admin.post("/api/v1/rule-packs", { data: { ...pack, key } })).status()).toBe(201);
    expect((await admin.post("/api/v1/rule-packs", { data: { ...pack, key } })).status()).toBe(409);

    const changed = { ...pack, key, name: "接口修改", lengthRules: { ...pack.lengthRules, caseMax: 900 } };
    expect((await reviewer.put(`/api/v1/rule-packs/${key}`, { data: changed })).status()).toBe(403);
    expect((await admin.put(`/api/v1/rule-packs/${key}`, { data: changed })).status()).toBe(200);
    expect(await (await reviewer.get(`/api/v1/rule-packs/${key}`)).json()).toMatchObject({
      name: "接口修改",
      lengthRules: { caseMax: 900 },
    });
    expect((await reviewer.get("/api/v1/rule-packs/no-such-pack")).status()).toBe(404);
  } finally {
    await Promise.all([admin.dispose(), reviewer.dispose(), anonymous.dispose()]);
  }
});
