import { expect as baseExpect, type APIRequestContext, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, type DemoUser, uniqueName } from "../support/auth";

// Autosave waits for a pause in typing, and the shared machine can be slow to render.
const expect = baseExpect.configure({ timeout: 30_000 });

/**
 * The narrative workspace on the demo 2022 outline, on a section of its own (added here, staff-a made
 * its writer through the task API, removed at the end) so no text other specs read is touched:
 * the quality office inserts a number from the Chinese picker and the text saves itself; the
 * writer drafts and submits; the office accepts; on a phone the editor still fits.
 */
const YEAR = 2022;
type Section = { key: string; title: string; version: number; narrative: string };

test.describe("narrative workspace", () => {
  const title = uniqueName("心理健康教育");
  let admin: APIRequestContext;
  let baseUrl = "";
  let key = "";

  const outline = async (): Promise<Section[]> =>
    ((await (await admin.get(`/api/v1/years/${YEAR}/outline`)).json()) as { sections: Section[] }).sections;
  const signIn = async (page: Page, user: DemoUser) => {
    await page.context().clearCookies();
    const api = await apiAs(baseUrl, user);
    await page.context().addCookies((await api.storageState()).cookies);
    await api.dispose();
  };
  const box = (page: Page) => page.locator(`section#sec-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`);

  test.beforeAll(async ({ baseURL }) => {
    baseUrl = baseURL!;
    admin = await apiAs(baseUrl, "admin");
    expect((await admin.post(`/api/v1/years/${YEAR}/outline`, { data: { title, parentKey: "student" } })).status()).toBeLessThan(300);
    key = (await outline()).find((s) => s.title === title)!.key;
    const users = ((await (await admin.get("/api/v1/users")).json()) as { items: { id: string; username: string }[] }).items;
    const writer = users.find((u) => u.username === "staff-a")!;
    const assigned = await admin.put(`/api/v1/years/${YEAR}/tasks/${encodeURIComponent(`section:${key}`)}`, {
      data: { writerId: writer.id },
    });
    expect(assigned.status()).toBe(200);
  });

  test.afterAll(async () => {
    for (const s of (await outline()).filter((x) => x.title === title)) {
      await admin.put(`/api/v1/years/${YEAR}/outline/${s.key}/narrative`, { data: { narrative: "", version: s.version } });
      expect((await admin.delete(`/api/v1/years/${YEAR}/outline/${s.key}`)).status()).toBe(200);
    }
    await admin.dispose();
  });

  test("the quality office inserts a number from the Chinese picker; the text saves itself and is there after a reload", async ({
    page,
  }) => {
    await signIn(page, "reviewer");
    await page.goto(`/admin/report/${YEAR}/sections`);
    const section = box(page);
    // Words, not codes: the section's key is nowhere on the page.
    await expect(section.getByRole("textbox", { name: /心理健康教育.* · 叙述$/ })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(`（${key}）`);

    await section.getByRole("button", { name: "插入数据项" }).click();
    const picker = section.getByRole("group", { name: "选择要插入的数据项" });
    await picker.getByRole("textbox").fill("落实率");
    // Each item by its Chinese label with its current value and unit.
    const item = picker.getByRole("button", { name: /^毕业去向落实率：\d+\.\d{2}%$/ });
    await expect(item).toBeVisible();
    const value = (await item.innerText()).split("：")[1]!;
    await item.click();

    const text = section.locator("textarea");
    await expect(text).toHaveValue("{{employment.placementRate}}");
    await text.press("End");
    await text.pressSequentially("，全院开展心理健康普查。");
    await text.press("Home");
    await text.pressSequentially("毕业去向落实率");
    const status = section.getByTestId("save-state");
    await expect(status).toContainText("未保存");
    await expect(status).toContainText(/已保存（saved）\d{1,2}:\d{2}:\d{2}/);
    await expect(section.getByTestId("char-count")).toContainText(/本节 \d+ 字；全文正文共 \d+ 字，规则包「.+」要求 \d+–\d+ 字/);
    await section.getByText("按当前数值预览本节文字").click();
    await expect(section.getByTestId("narrative-preview")).toHaveText(`毕业去向落实率${value}，全院开展心理健康普查。`);

    await page.reload();
    await expect(box(page).locator("textarea")).toHaveValue("毕业去向落实率{{employment.placementRate}}，全院开展心理健康普查。");
    await expect(box(page).getByTestId("save-state")).toContainText(/上次保存于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  test("the assigned writer drafts and submits; another staff member does not see the section; the office accepts", async ({ page }) => {
    await signIn(page, "staff-b");
    await page.goto(`/admin/report/${YEAR}/sections`);
    await expect(page.getByRole("heading", { name: /我撰写的章节/ })).toBeVisible();
    await expect(box(page)).toHaveCount(0);

    await signIn(page, "staff-a");
    await page.goto(`/admin/report/${YEAR}/sections`);
    const section = box(page);
    await expect(section.getByTestId(`draft-status-${key}`)).toContainText("尚未开始");
    const text = section.locator("textarea");
    await expect(text).toHaveValue(/全院开展心理健康普查/); // the writer starts from the current narrative
    const draft = "学院建立心理健康四级预警机制，毕业去向落实率{{employment.placementRate}}。";
    await text.fill(draft);
    await expect(section.getByRole("status")).toContainText("已保存（saved）");
    await section.getByRole("button", { name: "提交给质量办" }).click();
    await expect(section.getByTestId(`draft-status-${key}`)).toContainText("已提交，待质量办采用");
    await expect(section.locator("textarea")).toHaveAttribute("readonly", "");

    await signIn(page, "reviewer");
    await page.goto(`/admin/report/${YEAR}/sections`);
    const submitted = page.getByTestId(`draft-${key}`);
    await expect(submitted).toContainText("学院建立心理健康四级预警机制");
    await submitted.getByRole("button", { name: "采用草稿" }).click();
    await expect(box(page)).toContainText("的草稿：已采用");
    await expect(box(page).locator("textarea")).toHaveValue(draft);
    await expect(page.getByTestId(`draft-${key}`)).toHaveCount(0);
    const saved = (await outline()).find((s) => s.key === key)!;
    expect(saved.narrative).toBe(draft);
  });

  test("on a phone the writer's editor fits the screen and the picker can be used", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await signIn(page, "staff-a");
    await page.goto(`/admin/report/${YEAR}/sections`);
    const section = box(page);
    const text = section.locator("textarea");
    await expect(text).toBeVisible();
    const area = (await text.boundingBox())!;
    expect(area.x).toBeGreaterThanOrEqual(0);
    expect(area.x + area.width).toBeLessThanOrEqual(375);
    expect(area.width).toBeGreaterThan(250);
    // Text at least 16 px, so the phone does not zoom in on typing.
    expect(await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    await section.getByRole("button", { name: "插入数据项" }).click();
    const item = section.getByRole("button", { name: /^社会培训人次：/ });
    await item.scrollIntoViewIfNeeded();
    const itemBox = (await item.boundingBox())!;
    expect(itemBox.x + itemBox.width).toBeLessThanOrEqual(375);
    await item.click();
    await expect(text).toHaveValue(/\{\{training\.personTimes\}\}/);
    await expect(section.getByRole("status")).toContainText("已保存（saved）");
  });
});
