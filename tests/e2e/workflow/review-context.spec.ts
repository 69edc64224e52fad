import { expect } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, signIn, signOut, uniqueName } from "../support/auth";
import { setSignoffSettings } from "../signoff/chain-settings";

/**
 * Review with context, on the department-review step (turned on for this test and back off): the
 * queue says who submitted each record, when (in words, the college's time) and the kind's key
 * figures; the head passes one record after the other with 通过并下一条 and lands back on the queue
 * when none is left; the author's list says 系部已通过. Nothing reaches the report: the records are
 * only passed by the head, then withdrawn and deleted by their author.
 */
const KIND = "hosted-competitions";
const WORDS_TIME = /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/;

test("the head passes records one after another with 通过并下一条; the queue and the author's list show where each stands", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const restore = await setSignoffSettings(baseURL!, { departmentReview: true });
  const staff = await apiAs(baseURL!, "staff-a");
  const created: { id: string; name: string }[] = [];
  try {
    for (const [name, contestants] of [
      [uniqueName("通过并下一条甲"), 120],
      [uniqueName("通过并下一条乙"), 35],
    ] as const) {
      const res = await staff.post(`/api/v1/records/${KIND}`, { data: { year: 2022, data: { name, level: "NATIONAL", contestants } } });
      expect(res.status(), await res.text()).toBe(201);
      const { id } = await res.json();
      created.push({ id, name });
      expect((await staff.post(`/api/v1/records/${KIND}/${id}/submit`, { data: {} })).status()).toBe(200);
    }
    const [first, second] = created as [{ id: string; name: string }, { id: string; name: string }];

    // The head's queue, filtered to the kind: submitter, time in words, key figures.
    await signIn(page, "head-a");
    await page.goto(`/admin/review?kind=${KIND}`);
    const row = page.getByRole("row").filter({ hasText: first.name });
    await expect(row.getByTestId("submitter")).toHaveText("机电系填报员");
    await expect(row.getByTestId("submitted-at")).toHaveText(WORDS_TIME);
    await expect(row.getByTestId("key-figures")).toContainText("级别：国家级");
    await expect(row.getByTestId("key-figures")).toContainText("参赛选手数：120 人");
    await expect(page.getByTestId("partner-queue-link")).toHaveCount(0); // a head reviews no partner reports

    // 通过并下一条 on the first record opens the second, still in this queue.
    await row.getByRole("link", { name: first.name }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/records/${KIND}/${first.id}\\?queue=`));
    await page.getByRole("button", { name: /^通过并下一条/ }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/records/${KIND}/${second.id}\\?`));
    await expect(page.getByRole("status").filter({ hasText: "上一条已通过" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(second.name);
    // …and on the last one, the queue, now empty of this kind.
    await page.getByRole("button", { name: /^通过并下一条/ }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/review\\?kind=${KIND}&cleared=1`));
    await expect(page.getByRole("status").filter({ hasText: "队列中没有其他待审核记录" })).toBeVisible();
    await expect(page.getByRole("link", { name: first.name })).toHaveCount(0);
    await expect(page.getByRole("link", { name: second.name })).toHaveCount(0);

    // The quality office's queue now holds both, with who passed them and the same context.
    await signOut(page);
    await signIn(page, "reviewer");
    await page.goto(`/admin/review?kind=${KIND}`);
    const office = page.getByRole("row").filter({ hasText: second.name });
    await expect(office.getByTestId("dept-approved")).toContainText("机电系主任");
    await expect(office.getByTestId("submitter")).toHaveText("机电系填报员");
    await expect(office.getByTestId("key-figures")).toContainText("参赛选手数：35 人");

    // The author's list says the department has passed them.
    await signOut(page);
    await signIn(page, "staff-a");
    await page.goto(`/admin/records/${KIND}?year=2022&status=SUBMITTED`);
    for (const r of created) {
      await expect(page.getByRole("row").filter({ hasText: r.name }).getByTestId("dept-passed")).toHaveText("系部已通过");
    }
  } finally {
    // Withdrawn and deleted: the demo's report is as it was.
    for (const r of created) {
      const rec = await (await staff.get(`/api/v1/records/${KIND}/${r.id}`)).json();
      let version = rec.version as number;
      if (rec.status === "SUBMITTED") {
        version = (await (await staff.post(`/api/v1/records/${KIND}/${r.id}/withdraw`, { data: {} })).json()).version;
      }
      expect((await staff.delete(`/api/v1/records/${KIND}/${r.id}?version=${version}`)).status()).toBe(204);
    }
    await staff.dispose();
    await setSignoffSettings(baseURL!, restore);
  }
});
