import { expect as baseExpect } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, signOut, uniqueName } from "../support/auth";
import { act, signInSlow, beijingNow, createAward, expectNoSidewaysScroll } from "./helpers";

const CODES = /NATIONAL|PROVINCIAL|TEACHER|INDIVIDUAL|student\.competitions|"prize"|\bnull\b|UTC/;

// Patient on a busy two-core machine; the assertions are the same.
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(240_000);

test("the record view, the review diff and the history read in words and Beijing time, on a desktop and a phone", async ({
  page,
  baseURL,
}) => {
  const name = uniqueName("全国职业院校技能大赛（教师组）");
  const staff = await apiAs(baseURL!, "staff-a");
  const reviewer = await apiAs(baseURL!, "reviewer");
  const created = await createAward(staff, name);
  await act(staff, created.id, "submit");
  const url = `/admin/records/competition-awards/${created.id}`;

  // The submitted record as its author sees it: labels from the declaration, prizes as printed.
  await signInSlow(page, "staff-a");
  await page.goto(url);
  // Named by the kind's declared title (competition and prizes), in the heading and the tab, never 「竞赛获奖 v1」.
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading.getByTestId("record-title")).toHaveText(`${name}（二等奖 5人次，三等奖 2队）`);
  await expect(heading).not.toContainText(/\bv\d/);
  expect(await page.title()).toContain(`${name}（二等奖 5人次，三等奖 2队） · 竞赛获奖`);
  const view = page.locator("dl");
  await expect(view.locator('[data-field="level"]')).toHaveText("国家级");
  await expect(view.locator('[data-field="participantType"]')).toHaveText("教师");
  await expect(view.locator('[data-field="entryType"]')).toHaveText("个人");
  await expect(view.locator('[data-field="topic"]')).toHaveText("技能大赛");
  await expect(view.locator('[data-field="prizes"]')).toHaveText("二等奖 5人次，三等奖 2队");
  expect(await view.innerText()).not.toMatch(CODES);

  // Returned, fixed, approved; then a revision changes the level and goes back to review.
  const returned = await act(reviewer, created.id, "return", { reason: "请补充获奖证书编号" });
  const fixed = await staff.put(`/api/v1/records/competition-awards/${created.id}`, {
    data: {
      version: returned.version,
      data: {
        competition: name,
        level: "NATIONAL",
        participantType: "TEACHER",
        entryType: "INDIVIDUAL",
        topic: "student.competitions",
        awardedOn: "2022-05-18",
        prizes: [{ prize: "二等奖", count: 5, unit: "人次" }],
      },
    },
  });
  expect(fixed.status(), await fixed.text()).toBe(200);
  await act(staff, created.id, "submit");
  const approved = await act(reviewer, created.id, "approve");
  const revised = await staff.put(`/api/v1/records/competition-awards/${created.id}`, {
    data: {
      version: approved.version,
      data: {
        competition: name,
        level: "PROVINCIAL",
        participantType: "TEACHER",
        entryType: "INDIVIDUAL",
        topic: "student.competitions",
        awardedOn: "2022-05-18",
        prizes: [{ prize: "二等奖", count: 5, unit: "人次" }],
      },
    },
  });
  expect(revised.status(), await revised.text()).toBe(200);
  await act(staff, created.id, "submit");

  // The history: sentences in Beijing time, with the reason and the change in words.
  await page.goto(`${url}/history`);
  const history = page.getByTestId("history");
  const sentences = history.getByTestId("sentence");
  await expect(sentences.first()).toContainText("创建记录");
  const times = await history.locator("time").allInnerTexts();
  expect(beijingNow()).toContain(times.at(-1));
  await expect(history).toContainText("提交审核");
  await expect(history).toContainText("退回：请补充获奖证书编号");
  await expect(history.getByText("获奖日期 （空） → 2022-05-18")).toBeVisible();
  await expect(history.getByText("级别 国家级 → 省市级")).toBeVisible();
  expect(await history.innerText()).not.toMatch(CODES);
  expect(await history.innerText()).not.toMatch(/\d{4}-\d\d-\d\dT\d\d|awardedOn|ATTACH|revisionStatus/);
  await expectNoSidewaysScroll(page);

  // The reviewer's queue: the revision side by side, the changed field highlighted and labelled.
  await signOut(page);
  await signInSlow(page, "reviewer");
  await page.goto("/admin/review?kind=competition-awards");
  const diff = page.getByRole("table", { name: `${name}（二等奖 5人次） 修订对比` });
  await expect(diff).toBeVisible();
  const level = diff.locator('tr[data-field="level"]');
  await expect(level).toHaveAttribute("data-changed", "true");
  await expect(level).toContainText("已修改");
  await expect(level.locator("td").nth(0)).toHaveText("国家级");
  await expect(level.locator("td").nth(1)).toHaveText("省市级");
  expect(await level.evaluate((tr) => getComputedStyle(tr).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  const unchanged = diff.locator('tr[data-field="competition"]');
  await expect(unchanged).not.toHaveAttribute("data-changed", "true");
  await expect(diff.locator('tr[data-field="prizes"] td').nth(1)).toHaveText("二等奖 5人次");
  expect(await diff.innerText()).not.toMatch(CODES);

  // The same pages at a phone's width still read and fit.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(diff.locator('tr[data-field="level"]')).toBeVisible();
  await page.goto(`${url}/history`);
  await expect(page.getByTestId("history")).toContainText("级别 国家级 → 省市级");
  await expectNoSidewaysScroll(page);
  await page.goto(url);
  await expectNoSidewaysScroll(page);

  // Another department's staff sees neither the record nor its history.
  await signOut(page);
  await signInSlow(page, "staff-b");
  expect((await page.goto(`${url}/history`))?.status()).toBe(404);
});
