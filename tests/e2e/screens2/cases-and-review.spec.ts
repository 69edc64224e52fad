import sharp from "sharp";
import { apiAs, signIn, signOut, uniqueName } from "../support/auth";
import { expect, test } from "../support/axe";

// Cases with their photos, reviewers at work. Serial: the last step publishes an edition.
test.describe.configure({ mode: "serial" });

const photo = (background: string) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background } })
    .png()
    .toBuffer();

test("a case's photo is submitted and approved with the case; a stray photo is removed before approval", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const title = uniqueName("随案例审核的照片");
  const caption = uniqueName("学生在工位上调试设备");
  await signIn(page, "staff-a");
  await page.goto("/admin/records/cases/new");
  await page.getByLabel(/^案例标题/).fill(title);
  await page.getByLabel(/^报告栏目/).selectOption("teaching.industry");
  await page.getByLabel(/^案例正文/).fill("学院和企业一起建了实训车间，学生按真实订单完成加工任务。");
  await page.getByRole("button", { name: /保存草稿/ }).click();
  await expect(page.getByText("已保存（saved）")).toBeVisible();
  const caseUrl = page.url().replace(/\?.*$/, "");

  for (const [name, cap, color] of [
    ["车间.png", caption, "#1d4ed8"],
    ["多余.png", "传错的照片", "#b91c1c"],
  ] as const) {
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType: "image/png", buffer: await photo(color) });
    await page.getByLabel("图题（caption）").fill(cap);
    await page.getByRole("button", { name: "添加照片" }).click();
    await expect(page.getByTestId("attachments").getByRole("img", { name: cap })).toBeVisible();
  }
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "删除 传错的照片" }).click();
  await expect(page.getByTestId("attachments").getByRole("img", { name: "传错的照片" })).toHaveCount(0);

  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("attachments").locator('[data-status="SUBMITTED"]')).toHaveCount(1);
  // under review: the department can no longer remove it
  await expect(page.getByRole("button", { name: `删除 ${caption}` })).toHaveCount(0);
  const src = (await page.getByTestId("attachments").getByRole("img", { name: caption }).getAttribute("src"))!;
  const anonymous = await apiAs(baseURL!, null);
  expect((await anonymous.get(src)).status()).toBe(404);

  await signOut(page);
  await signIn(page, "reviewer");
  await page.goto(caseUrl);
  // the reviewer may remove a photo of a case under review (not this one), and approves the case with its photo
  await expect(page.getByRole("button", { name: `删除 ${caption}` })).toBeVisible();
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByText("操作成功（done）")).toBeVisible();
  await expect(page.getByTestId("attachments").locator('[data-status="APPROVED"]')).toHaveCount(1);
  expect((await anonymous.get(src)).status()).toBe(200);
  await anonymous.dispose();
});

test("a reviewer corrects a typo before approving; the department sees the correction", async ({ page, baseURL }) => {
  const staff = await apiAs(baseURL!, "staff-a");
  const typo = uniqueName("全国职业院校技能大塞");
  const created = await (
    await staff.post("/api/v1/records/competition-awards", {
      data: { year: 2022, data: { competition: typo, level: "NATIONAL", prizes: [{ prize: "二等奖", count: 3, unit: "人次" }] } },
    })
  ).json();
  expect((await staff.post(`/api/v1/records/competition-awards/${created.id}/submit`)).status()).toBe(200);

  await signIn(page, "reviewer");
  await page.goto(`/admin/records/competition-awards/${created.id}`);
  const fixed = typo.replace("大塞", "大赛");
  await page.getByLabel(/^竞赛名称/).fill(fixed);
  await page.getByRole("button", { name: /保存修正/ }).click();
  await expect(page.getByText("已保存（saved）")).toBeVisible();
  await expect(page.getByTestId("correction")).toContainText("竞赛名称");
  // still waiting for approval, with the corrected name
  expect((await (await staff.get(`/api/v1/records/competition-awards/${created.id}`)).json()).status).toBe("SUBMITTED");

  // 新建 and 导入 tell a reviewer why, instead of a 404
  for (const path of ["/admin/records/honours/new", "/admin/records/honours/import"]) {
    const res = await page.goto(path);
    expect(res!.status()).toBe(200);
    await expect(page.getByRole("heading", { name: /^无权限/ })).toBeVisible();
  }

  await signOut(page);
  await signIn(page, "staff-a");
  await page.goto(`/admin/records/competition-awards/${created.id}`);
  await expect(page.getByTestId("correction")).toContainText(/审核人.*修正了：竞赛名称/);
  await page.goto(`/admin/records/competition-awards/${created.id}/history`);
  await expect(page.getByText("审核人修正")).toBeVisible();
  await staff.dispose();
});

test("the dashboard counts a returned record once and every count leads to the records it counts", async ({ page, baseURL }) => {
  const staff = await apiAs(baseURL!, "staff-b");
  const reviewer = await apiAs(baseURL!, "reviewer");
  const name = uniqueName("退回计数赛");
  const created = await (
    await staff.post("/api/v1/records/competition-awards", {
      data: { year: 2022, data: { competition: name, level: "SCHOOL", prizes: [{ prize: "一等奖", count: 1, unit: "人次" }] } },
    })
  ).json();
  await staff.post(`/api/v1/records/competition-awards/${created.id}/submit`);
  await reviewer.post(`/api/v1/records/competition-awards/${created.id}/return`, { data: { reason: "请补充获奖日期" } });
  const returned = await (await reviewer.get("/api/v1/records/competition-awards?year=2022&status=RETURNED&pageSize=500")).json();

  await signIn(page, "reviewer");
  await page.goto("/admin/dashboard?year=2022");
  const row = page.locator('[data-section="student.competitions"]');
  const returnedCell = row.getByRole("link", { name: /^已退回 \d+ 条$/ });
  // one returned award is one record here, though it belongs to 技能大赛 twice (its topic and 表1)
  expect(Number(await returnedCell.innerText())).toBeGreaterThanOrEqual(returned.total);
  expect(Number(await returnedCell.innerText())).toBeLessThan(2 * returned.total);
  await expect(row).toContainText("%");
  await returnedCell.click();
  await expect(page).toHaveURL(/status=RETURNED/);
  // Records of one kind open that kind's filtered list at once; of several, the index names the kinds.
  const kindLink = page.locator('[data-kind="competition-awards"]');
  const kindList = page.getByRole("heading", { level: 1, name: /^竞赛获奖/ });
  await expect(kindLink.or(kindList)).toBeVisible();
  if (await kindLink.isVisible()) await kindLink.click();
  await expect(page).toHaveURL(/\/admin\/records\/competition-awards\?.*status=RETURNED/);
  await expect(page.getByText(name)).toBeVisible();
  await staff.dispose();
  await reviewer.dispose();
});

test("publishing with a submitted record names the warning and needs it confirmed, with a change note", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const staff = await apiAs(baseURL!, "staff-a");
  const name = uniqueName("发布前待审核赛");
  const created = await (
    await staff.post("/api/v1/records/competition-awards", {
      data: { year: 2022, data: { competition: name, level: "DISTRICT", prizes: [{ prize: "一等奖", count: 1, unit: "人次" }] } },
    })
  ).json();
  expect((await staff.post(`/api/v1/records/competition-awards/${created.id}/submit`)).status()).toBe(200);
  await staff.dispose();

  await signIn(page, "reviewer");
  await page.goto("/admin/report/2022/consistency");
  await expect(page.locator('[data-issue="UNREVIEWED"]').filter({ hasText: "竞赛获奖" })).toContainText("待审核");

  await page.goto("/admin/report/2022/preview");
  const warnings = page.getByTestId("publish-warnings");
  await expect(warnings).toContainText("仍有待审核或被退回的记录");
  const note = `补充照片与修正（${Date.now()}）`;
  await page.getByLabel(/^更新说明/).fill(note);
  // not confirmed: refused, naming the warning
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: /发布新版本/ }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("发布前请确认以下提示：仍有待审核或被退回的记录");
  const before = (await (await page.request.get("/api/v1/years/2022/editions")).json()).items.length;

  for (const box of await warnings.getByRole("checkbox").all()) await box.check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: /发布新版本/ }).click();
  await expect(page.getByRole("status")).toContainText(`已发布第${before + 1}版`, { timeout: 60_000 });

  await page.goto("/reports/2022/editions");
  await expect(page.locator(`[data-version="${before + 1}"] [data-note]`)).toHaveText(note);
  // the case approved with its photo (previous test) is published with it
  await page.goto("/reports/2022");
  await expect(page.locator("img[alt*='学生在工位上调试设备']").first()).toBeAttached();
  // the first PDF was queued at publication: the download page says how long
  const pdf = await page.request.get(`/reports/2022/pdf?edition=${before + 1}`, { headers: { Accept: "application/json" } });
  if (pdf.status() === 202) expect((await pdf.json()).message).toMatch(/正在生成PDF，约需\d+秒/);
  else expect(pdf.status()).toBe(200);
});
