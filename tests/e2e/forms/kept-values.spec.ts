import { expect, type Page } from "@playwright/test";
import { test } from "../support/axe";
import { signIn, uniqueName } from "../support/auth";
import { RECORD_KINDS, type RecordKind } from "../../../lib/records/kinds";

/**
 * Every form keeps what the user chose after a refused save (React 19 resets a form after its
 * action; uncontrolled selects used to show their first option again and the next save stored it).
 * For each kind below: pick a non-default value in every select, leave one required field empty,
 * save (refused), check nothing moved, fix the field, save, and read the record back via the API.
 */

/** A control as the form draws it: its type, whether it is required, and a select's fixed or looked-up options. */
const controlOf = (f: RecordKind["form"][number]) =>
  `${f.type}${f.required ? "!" : ""}${f.type === "select" && !f.options ? "(lookup)" : ""}`;

/**
 * The fewest kinds whose forms between them hold every control any kind has (greedily, in the
 * order the kinds are declared). Every form is the one component fed by its kind's declaration, so
 * a control keeps its value the same way in each; testing all 17 kinds cost ~4 min of a run for
 * nothing more. Chosen from the declarations: a kind that brings a new control is tested without
 * editing this file.
 */
function kindsCoveringEveryControl(kinds: readonly RecordKind[] = RECORD_KINDS): string[] {
  const uncovered = new Set(kinds.flatMap((k) => k.form.map(controlOf)));
  const chosen: string[] = [];
  while (uncovered.size) {
    const gain = (k: RecordKind) => new Set(k.form.map(controlOf).filter((c) => uncovered.has(c))).size;
    const best = kinds.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    for (const f of best.form) uncovered.delete(controlOf(f));
    chosen.push(best.slug);
  }
  return chosen;
}

const KINDS = kindsCoveringEveryControl();

/** A valid value for a text-like field, by name (the kinds' rules: passed ≤ examined, placed ≤ graduates …). */
function sample(name: string, type: string, workshopId: string): string {
  // type: "date", or the input's inputmode ("numeric" | "decimal"), or "" for text
  const fixed: Record<string, string> = {
    code: "510215",
    majorCode: "510215",
    cohort: "2021",
    changeYear: "2021",
    planned: "50",
    trained: "40",
    examined: "30",
    passed: "20",
    graduates: "100",
    placed: "90",
    quantity: "3",
    personTimes: "120",
    hours: "16.5",
    amount: "12.3456",
    monthlySalary: "4500.5",
    satisfaction: "96.5",
    relatedness: "80.25",
    value: "42.5",
    unit: "%",
    pilotMajors: "大数据技术\n软件技术",
    majors: "机电一体化技术",
    workshopId,
    key: `test.kept${Date.now()}${Math.floor(Math.random() * 1000)}`,
    level: "中级",
    grade: "二等奖",
  };
  if (fixed[name]) return fixed[name];
  if (type === "date") return "2021-05-05"; // inside 学年 2020-2021 (the non-default year the test picks)
  if (type === "numeric") return "7";
  if (type === "decimal") return "3.5";
  return uniqueName(`测试${name}`);
}

type Control = { name: string; tag: string; type: string; inputMode: string; required: boolean };

async function controls(page: Page): Promise<Control[]> {
  return page.locator("form [name]").evaluateAll((els) =>
    els
      .map((el) => ({
        name: el.getAttribute("name") ?? "",
        tag: el.tagName.toLowerCase(),
        type: el.getAttribute("type") ?? "",
        inputMode: el.getAttribute("inputmode") ?? "",
        required: Boolean(el.id && document.querySelector(`label[for="${el.id}"] span.text-rose-600`)),
      }))
      .filter((c) => !c.name.startsWith("_") || c.name === "_year"),
  );
}

/** The last option of every select: never the default (the first option, or the stored value). */
async function chooseNonDefaults(page: Page): Promise<Record<string, string>> {
  const chosen: Record<string, string> = {};
  for (const select of await page.locator("form select").all()) {
    const name = (await select.getAttribute("name"))!;
    const options = await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const current = await select.inputValue();
    // The year is 2021 when offered: the sample dates fall in its 学年, whatever years other specs opened.
    const pick =
      name === "_year" && options.includes("2021") && current !== "2021"
        ? "2021"
        : [...options].reverse().find((o) => o !== current && o !== "")!;
    await select.selectOption(pick);
    chosen[name] = pick;
  }
  return chosen;
}

async function expectSelects(page: Page, chosen: Record<string, string>) {
  for (const [name, value] of Object.entries(chosen)) {
    await expect(page.locator(`form select[name="${name}"]`), `select ${name}`).toHaveValue(value);
  }
}

test.describe("forms keep every chosen value after a refused save", () => {
  let workshopId = "";

  test.beforeAll(async ({ request }) => {
    const list = await (await request.get("/api/v1/records/luban-workshops?pageSize=1")).json();
    workshopId = list.items[0].id;
  });

  for (const slug of KINDS) {
    test(`new ${slug}`, async ({ page }) => {
      await signIn(page, "staff-a");
      await page.goto(`/admin/records/${slug}/new`);
      const fields = (await controls(page)).filter((c) => c.tag !== "select");
      const defaultYear = await page.locator('form select[name="_year"]').inputValue();
      const chosen = await chooseNonDefaults(page);
      expect(chosen._year, "the year select offers a non-default year").not.toBe(defaultYear);

      // Fill every text-like field, but leave the first required one empty.
      const required = fields.find((f) => f.required && !f.name.startsWith("prizes."))!;
      const filled: Record<string, string> = {};
      for (const f of fields) {
        // caseId is an optional reference: leave it empty rather than invent one.
        if (f.name === required.name || f.name === "caseId" || f.type === "checkbox" || f.type === "file") continue;
        if (/^prizes\.\d+\.(prize|count)$/.test(f.name)) {
          if (!f.name.startsWith("prizes.0.")) continue;
          filled[f.name] = f.name.endsWith("prize") ? "二等奖" : "5";
        } else {
          filled[f.name] = sample(f.name, f.type === "date" ? "date" : f.inputMode, workshopId);
        }
        await page.locator(`form [name="${f.name}"]`).fill(filled[f.name]!);
      }
      await page.getByRole("button", { name: /保存/ }).click();
      await expect(page.getByRole("alert").filter({ hasText: /\S/ }).first()).toBeVisible();
      await expect(page.locator(`[aria-invalid="true"]`).first()).toBeVisible();
      await expectSelects(page, chosen);
      for (const [name, value] of Object.entries(filled)) await expect(page.locator(`form [name="${name}"]`)).toHaveValue(value);

      await page
        .locator(`form [name="${required.name}"]`)
        .fill(sample(required.name, required.type === "date" ? "date" : required.inputMode, workshopId));
      await page.getByRole("button", { name: /保存/ }).click();
      await expect(page.getByText("已保存（saved）")).toBeVisible();
      const id = new URL(page.url()).pathname.split("/").pop();
      const stored = await (await page.request.get(`/api/v1/records/${slug}/${id}`)).json();
      expect(stored.year).toBe(Number(chosen._year));
      for (const [name, value] of Object.entries(chosen)) {
        if (name === "_year") continue;
        const prize = /^prizes\.(\d+)\.unit$/.exec(name);
        if (prize) {
          if (prize[1] === "0") expect(stored.prizes[0].unit, "prize unit").toBe(value);
          continue;
        }
        expect(String(stored[name]), `stored ${name}`).toBe(value);
      }
    });
  }

  test("edit form keeps a changed select after a refused save and stores it", async ({ page }) => {
    await signIn(page, "staff-a");
    await page.goto("/admin/records/research-projects/new");
    const title = uniqueName("课题");
    await page.getByLabel(/^课题名称/).fill(title);
    await page.getByLabel(/^级别/).selectOption("NATIONAL");
    await page.getByLabel(/^阶段/).selectOption("APPROVED");
    await page.getByRole("button", { name: /保存/ }).click();
    await expect(page.getByText("已保存（saved）")).toBeVisible();
    const id = new URL(page.url()).pathname.split("/").pop();
    // Without ?saved=1, so the next 「已保存」 is the second save's, not the first one's.
    await page.goto(`/admin/records/research-projects/${id}`);

    await page.getByLabel(/^级别/).selectOption("DISTRICT");
    await page.getByLabel(/^阶段/).selectOption("CONCLUDED");
    await page.getByLabel(/^课题名称/).fill("");
    await page.getByRole("button", { name: /^保存/ }).click();
    await expect(page.locator("#field-title-error")).toBeVisible();
    await expect(page.getByLabel(/^级别/)).toHaveValue("DISTRICT");
    await expect(page.getByLabel(/^阶段/)).toHaveValue("CONCLUDED");
    await page.getByLabel(/^课题名称/).fill(title);
    await page.getByRole("button", { name: /^保存/ }).click();
    await expect(page.getByText("已保存（saved）")).toBeVisible();
    const stored = await (await page.request.get(`/api/v1/records/research-projects/${id}`)).json();
    expect([stored.level, stored.stage]).toEqual(["DISTRICT", "CONCLUDED"]);
  });

  test("users page shows the saved role without a reload, and keeps it after a reload", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/users");
    const username = uniqueName("kept");
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="displayName"]').fill("保留测试");
    await page.locator('input[name="password"]').fill("a-long-enough-password-1");
    await page.getByRole("button", { name: "新建用户" }).click();
    // refused (staff need a department): what was typed and chosen stays, the department is added
    await expect(page.getByRole("alert").filter({ hasText: "必须属于一个部门" })).toBeVisible();
    await expect(page.locator('input[name="username"]')).toHaveValue(username);
    await page.locator('input[name="password"]').fill("a-long-enough-password-1");
    await page.locator('form select[name="departmentId"]').first().selectOption({ label: "经济与管理系" });
    await page.getByRole("button", { name: "新建用户" }).click();
    const row = page.getByRole("row").filter({ hasText: username });
    await expect(row).toBeVisible();
    await row.getByLabel("角色").selectOption("REVIEWER");
    await row.getByRole("button", { name: "保存角色" }).click();
    await expect(row.getByRole("status")).toBeVisible();
    await expect(row.getByLabel("角色")).toHaveValue("REVIEWER");
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: username }).getByLabel("角色")).toHaveValue("REVIEWER");
  });

  test("review queue keeps the checked rows when a return is refused for want of a reason", async ({ page }) => {
    await signIn(page, "staff-a");
    await page.goto("/admin/records/honours/new");
    const title = uniqueName("待审荣誉");
    await page.getByLabel(/^荣誉名称/).fill(title);
    await page.getByLabel(/^类别/).fill("学校荣誉");
    await page.getByRole("button", { name: /保存/ }).click();
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();
    await page.context().clearCookies();

    await signIn(page, "reviewer");
    await page.goto("/admin/review");
    await page.getByLabel(`选择 ${title}`).check();
    await page.getByRole("button", { name: /退回所选/ }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
    await expect(page.getByLabel(`选择 ${title}`)).toBeChecked();
  });
});
