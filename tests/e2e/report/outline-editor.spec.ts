import { expect as baseExpect, type APIRequestContext, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, type DemoUser, signOut, uniqueName } from "../support/auth";

// The shared test machine can be slow to render a page; nothing here races.
const expect = baseExpect.configure({ timeout: 30_000 });

/**
 * The outline editor, as an admin uses it on the demo 2022 outline: a new section with its table
 * and department, which that department's staff then find under 我的章节; a section with text
 * cannot be deleted; a move shows in the preview. Whatever it adds is removed again at the end
 * (through the API), so the demo outline other tests read is as it was.
 */
const YEAR = 2022;
const DEPARTMENT = "机电与信息工程系"; // staff-a's

type OutlineSection = { key: string; title: string; number: string; version: number; departmentId: string | null };
const outline = async (api: APIRequestContext): Promise<OutlineSection[]> => {
  const res = await api.get(`/api/v1/years/${YEAR}/outline`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { sections: OutlineSection[] }).sections;
};

test.describe("editing the outline", () => {
  const title = uniqueName("心理辅导");
  let admin: APIRequestContext;
  let baseUrl = "";

  test.beforeAll(async ({ baseURL }) => {
    baseUrl = baseURL!;
    admin = await apiAs(baseURL!, "admin");
  });

  test.afterAll(async () => {
    for (const s of (await outline(admin)).filter((x) => x.title === title)) {
      await admin.put(`/api/v1/years/${YEAR}/outline/${s.key}/narrative`, { data: { narrative: "", version: s.version } });
      expect((await admin.delete(`/api/v1/years/${YEAR}/outline/${s.key}`)).status()).toBe(200);
    }
    await admin.dispose();
  });

  /** Signed in through next-auth's endpoints, the session cookie handed to the browser. */
  const signIn = async (page: Page, user: DemoUser) => {
    const api = await apiAs(baseUrl, user);
    await page.context().addCookies((await api.storageState()).cookies);
    await api.dispose();
  };
  const sectionBox = (page: Page, key: string) => page.locator(`section#sec-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`);

  test("an admin adds a section with a table and a department; its staff see it under 我的章节", async ({ page, baseURL }) => {
    await signIn(page, "admin");
    await page.goto(`/admin/report/${YEAR}/sections`);
    await page.getByLabel("新增到哪一章").selectOption({ label: "一、学生发展质量" });
    await page.getByLabel("新章节标题").fill(title);
    await page.getByRole("button", { name: "添加章节" }).click();
    await expect(page.getByRole("status").filter({ hasText: `已添加「（七）${title}」` })).toBeVisible();

    const added = (await outline(admin)).find((s) => s.title === title)!;
    expect(added).toMatchObject({ number: "（七）" });
    const box = sectionBox(page, added.key);
    await expect(box).toBeVisible();
    await box.getByText(`内容与负责部门（（七）${title}）`).click();
    await box.getByLabel(`负责部门（（七）${title}）`).selectOption({ label: DEPARTMENT });
    // A topic another section already shows is refused, saying where it is.
    await box.getByLabel("党建引领（在「（一）党建引领」）", { exact: true }).check();
    await box.getByRole("button", { name: "保存内容设置" }).click();
    await expect(box.getByRole("alert")).toContainText("这些主题已归入其他栏目");
    await box.getByLabel("党建引领（在「（一）党建引领」）", { exact: true }).uncheck();
    await box.getByLabel("表：鲁班工坊", { exact: true }).check();
    await box.getByLabel(`行的顺序（表：鲁班工坊，（七）${title}）`).selectOption({ label: "按招生人数从多到少" });
    await box.getByRole("button", { name: "保存内容设置" }).click();
    await expect(box.getByRole("status")).toContainText("已保存");

    const saved = await (await admin.get(`/api/v1/years/${YEAR}/outline`)).json();
    const row = saved.sections.find((s: { key: string }) => s.key === added.key);
    expect(row).toMatchObject({ blocks: ["table:luban-workshops"], blockOptions: { "table:luban-workshops": { order: "size" } } });
    expect(row.departmentId).toBeTruthy();

    await signOut(page);
    await signIn(page, "staff-a");
    await page.goto("/admin/records");
    await page.getByRole("link", { name: "我的章节" }).click();
    const mine = page.locator(`li[data-section="${added.key}"]`);
    await expect(mine).toContainText(`${YEAR}年度 · （七）${title}`);
    await expect(mine).toContainText("尚无叙述文字");

    // Another department's staff do not see it, and may not change the outline through the API.
    await signOut(page);
    await signIn(page, "staff-b");
    await page.goto("/admin/my-sections");
    await expect(page.getByRole("heading", { name: /我的章节/ })).toBeVisible();
    await expect(page.getByText(title)).toHaveCount(0);
    const staff = await apiAs(baseURL!, "staff-b");
    expect((await staff.delete(`/api/v1/years/${YEAR}/outline/${added.key}`)).status()).toBe(403);
    expect((await staff.post(`/api/v1/years/${YEAR}/outline`, { data: { title: "x", parentKey: "student" } })).status()).toBe(403);
    await staff.dispose();
  });

  test("a section with text cannot be deleted; moving it up shows in the preview", async ({ page }) => {
    const added = (await outline(admin)).find((s) => s.title === title)!;
    await signIn(page, "admin");
    await page.goto(`/admin/report/${YEAR}/sections`);
    const box = sectionBox(page, added.key);
    await box.locator("textarea[name=narrative]").fill("本节介绍心理辅导站的一年工作。");
    await box.getByRole("button", { name: "保存", exact: true }).click();
    await expect(box.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

    await box.getByRole("button", { name: `删除 （七）${title}` }).click();
    await expect(box.getByRole("alert")).toContainText(`「（七）${title}」不是空的，不能删除：已有叙述文字`);
    // The API refuses the same way, with 409.
    const refused = await admin.delete(`/api/v1/years/${YEAR}/outline/${added.key}`);
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.message).toContain("cannot be deleted");

    await box.getByRole("button", { name: `上移 ${title}` }).click();
    await expect.poll(async () => (await outline(admin)).find((s) => s.key === added.key)?.number).toBe("（六）");

    await page.goto(`/admin/report/${YEAR}/preview`);
    const moved = page.locator(`#sec-${added.key}`);
    await expect(moved).toContainText(title);
    await expect(moved).toContainText("本节介绍心理辅导站的一年工作。");
    // In the preview the new section now comes before 技能大赛.
    const ids = await page.locator('[id^="sec-"]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.indexOf(`sec-${added.key}`)).toBeGreaterThan(-1);
    expect(ids.indexOf(`sec-${added.key}`)).toBeLessThan(ids.indexOf("sec-student-competitions"));

    // Put 技能大赛 back in its place for the tests that read the demo outline.
    const competitions = (await outline(admin)).find((s) => s.key === "student.competitions")!;
    const back = await admin.patch(`/api/v1/years/${YEAR}/outline/student.competitions`, {
      data: { move: "up", title: competitions.title },
    });
    expect(back.status()).toBe(200);
    expect((await outline(admin)).find((s) => s.key === "student.competitions")!.number).toBe("（六）");
  });
});
