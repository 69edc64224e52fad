// One set of rules for every path into a record (issue 20): the same bad value, fed to the form's
// server action, the JSON API (POST and PUT), the spreadsheet import (preview and commit) and
// submit, one by one or an import's 「全部提交」 (a record stored invalid by an older path), is refused with the same code and the same
// bilingual message — for every one of the 17 record kinds.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { AppError } from "../../lib/errors";
import { bi } from "../../lib/i18n/bilingual";
import { importColumns } from "../../lib/import/columns";
import { importRecords, ImportRefused, submitImported } from "../../lib/import/commit";
import { parseSpreadsheet } from "../../lib/import/parse";
import { acceptUpload, previewUpload } from "../../lib/import/service";
import { toDbData } from "../../lib/records/db-data";
import { formToInput } from "../../lib/records/fields";
import { formatPrizes } from "../../lib/records/format";
import { RECORD_KINDS, kindBySlug, type RecordKind } from "../../lib/records/kinds";
import type { TPrize } from "../../lib/records/schema";
import { nestedKind, splitData } from "../../lib/records/store";
import { changeRecordMeta, createRecord, updateRecord } from "../../lib/records/write";
import { printed } from "../../lib/text";
import { submitRecord } from "../../lib/workflow/transitions";
import { demoDatabase } from "../support/database";

type Values = Record<string, unknown>;
type Case = {
  /** What is wrong, in words. */
  what: string;
  /** The field the refusal is about. */
  field: string;
  /** Replaces fields of the kind's valid values; undefined leaves the field out. */
  bad: Values;
  message: string;
  /**
   * false: the database's own CHECK constraint refuses to hold it, so no older path can have stored
   * it and there is nothing to submit (checked too).
   */
  storable?: boolean;
};

const inYear = (zh: string, en: string) =>
  bi(
    `${zh}应在2021-2022学年内（2021-09-01 至 2022-08-31）`,
    `${en} must fall within the academic year 2021-2022 (2021-09-01 to 2022-08-31)`,
  );
const required = (zh: string, en: string) => bi(`${zh}必须填写`, `${en} is required`);
const tooLarge = (zh: string, en: string) => bi(`${zh}过大`, `${en} is too large`);
const TOO_MANY = 20_000_000;

/** A valid record of each kind (as the API takes it), and the bad values the table feeds to every path. */
const TABLE: Record<string, { valid: Values; cases: Case[] }> = {
  honours: {
    valid: { title: "规则荣誉", category: "学校荣誉", level: "NATIONAL", awardedOn: "2022-03-01" },
    cases: [
      {
        what: "a date outside the academic year",
        field: "awardedOn",
        bad: { awardedOn: "2023-05-01" },
        message: inYear("授予日期", "Date"),
      },
    ],
  },
  "competition-awards": {
    valid: { competition: "规则竞赛", level: "NATIONAL", prizes: [{ prize: "二等奖", count: 2, unit: "人次" }], awardedOn: "2022-05-01" },
    cases: [
      {
        what: "a date outside the academic year",
        field: "awardedOn",
        bad: { awardedOn: "2023-05-01" },
        message: inYear("获奖日期", "Date"),
      },
    ],
  },
  "hosted-competitions": {
    valid: { name: "规则赛事", level: "PROVINCIAL", heldOn: "2021-10-10", contestants: 10 },
    cases: [
      {
        what: "a count over the limit",
        field: "contestants",
        bad: { contestants: TOO_MANY },
        message: tooLarge("参赛选手数", "Contestants"),
      },
      {
        what: "a date a day before the academic year",
        field: "heldOn",
        bad: { heldOn: "2021-08-31" },
        message: inYear("举办日期", "Date"),
      },
    ],
  },
  courses: {
    valid: { name: "规则课程", category: "在线精品课程", level: "PROVINCIAL" },
    cases: [{ what: "a missing required field", field: "name", bad: { name: undefined }, message: required("课程名称", "Course") }],
  },
  textbooks: {
    valid: { title: "规则教材", category: "校本教材", quantity: 2, publishedOn: "2019-05-01" },
    cases: [
      {
        what: "a publishing date after the academic year (a carried date may be older, never later)",
        field: "publishedOn",
        bad: { publishedOn: "2030-01-01" },
        message: bi(
          "出版日期不能晚于2021-2022学年结束（2022-08-31）",
          "Date cannot be later than the end of the academic year 2021-2022 (2022-08-31)",
        ),
      },
      {
        what: "a count below its minimum",
        field: "quantity",
        bad: { quantity: 0 },
        message: bi("册数至少为1", "quantity must be at least 1"),
        storable: false,
      },
      {
        what: "a text over its length",
        field: "title",
        bad: { title: "教".repeat(501) },
        message: bi("教材名称不能超过500个字符", "Title must be at most 500 characters"),
      },
    ],
  },
  "certificate-pilots": {
    valid: { certificate: "规则证书", level: "中级", pilotMajors: ["软件技术"], planned: 40, trained: 40, examined: 38, passed: 35 },
    cases: [
      {
        what: "a cross-field violation (passed > examined)",
        field: "passed",
        bad: { passed: 39 },
        message: bi("通过人数不能大于考证人数", "passed cannot exceed examined"),
        storable: false,
      },
      { what: "a count over the limit", field: "planned", bad: { planned: TOO_MANY }, message: tooLarge("计划人数", "Planned") },
    ],
  },
  majors: {
    valid: { code: "510215", name: "规则专业", change: "UNCHANGED" },
    cases: [{ what: "a missing required field", field: "name", bad: { name: undefined }, message: required("专业名称", "Name") }],
  },
  employment: {
    valid: { cohort: 2022, majorName: "规则专业", graduates: 120, placed: 115 },
    cases: [
      {
        what: "a cross-field violation (placed > graduates)",
        field: "placed",
        bad: { placed: 121 },
        message: bi("落实去向人数不能大于毕业生数", "placed cannot exceed graduates"),
        storable: false,
      },
      { what: "a count over the limit", field: "graduates", bad: { graduates: TOO_MANY }, message: tooLarge("毕业生数", "Graduates") },
    ],
  },
  funding: {
    valid: { direction: "INCOME", category: "BASIC_APPROPRIATION", name: "规则拨款", amount: "12.5" },
    cases: [
      { what: "a missing required field", field: "name", bad: { name: undefined }, message: required("项目名称", "Item") },
      {
        what: "a negative amount",
        field: "amount",
        bad: { amount: "-5" },
        message: bi("金额必须是非负数，最多4位小数", "Amount must be a non-negative number with at most 4 decimals"),
        storable: false,
      },
    ],
  },
  "research-projects": {
    valid: { title: "规则课题", level: "PROVINCIAL", stage: "APPROVED" },
    cases: [{ what: "a missing required field", field: "title", bad: { title: undefined }, message: required("课题名称", "Title") }],
  },
  "teaching-achievements": {
    valid: { title: "规则成果", level: "PROVINCIAL", grade: "一等奖", awardedOn: "2022-01-10" },
    cases: [
      {
        what: "a date a day after the academic year",
        field: "awardedOn",
        bad: { awardedOn: "2022-09-01" },
        message: inYear("授予日期", "Date"),
      },
    ],
  },
  "luban-workshops": {
    valid: { name: "规则工坊", partner: "规则大学", country: "肯尼亚", enrolled: 10, foundedOn: "2019-12-01" },
    cases: [{ what: "a count over the limit", field: "enrolled", bad: { enrolled: TOO_MANY }, message: tooLarge("招生人数", "Enrolled") }],
  },
  "luban-activities": {
    valid: { workshopId: "demo-luban-1", title: "规则活动", heldOn: "2022-02-01", participants: 5 },
    cases: [{ what: "a date outside the academic year", field: "heldOn", bad: { heldOn: "2020-12-31" }, message: inYear("日期", "Date") }],
  },
  "social-trainings": {
    valid: { name: "规则培训", category: "SKILL", mode: "ONLINE", hours: "8", personTimes: 30 },
    cases: [
      {
        what: "a count over the limit",
        field: "personTimes",
        bad: { personTimes: TOO_MANY },
        message: tooLarge("培训人次", "Person-times"),
      },
    ],
  },
  cases: {
    valid: { title: "规则案例", topic: "intl.overseas", body: "案例正文。" },
    cases: [
      {
        what: "a body over 1000 characters",
        field: "body",
        bad: { body: "字".repeat(1001) },
        message: bi("案例正文不能超过1000字", "Body must be at most 1000 characters"),
      },
    ],
  },
  figures: {
    valid: { caption: "规则图", kind: "PHOTO" },
    cases: [{ what: "a missing required field", field: "caption", bad: { caption: undefined }, message: required("图题", "Caption") }],
  },
  indicators: {
    valid: { key: "rules.test", label: "规则指标", value: "12.5", unit: "%" },
    cases: [
      {
        what: "a malformed key",
        field: "key",
        bad: { key: "Bad Key" },
        message: bi(
          "指标键只能由字母、数字和点组成，如 satisfaction.students",
          "key must be dot-separated letters and digits, e.g. satisfaction.students",
        ),
      },
    ],
  },
};

const withBad = (valid: Values, bad: Values) => {
  const out = { ...valid, ...bad };
  for (const [k, v] of Object.entries(bad)) if (v === undefined) delete out[k];
  return out;
};

/** The form the generic record form posts for these values. */
function formDataOf(kind: RecordKind, values: Values): FormData {
  const form = new FormData();
  for (const spec of kind.form) {
    const v = values[spec.name];
    if (v === undefined || v === null) continue;
    if (spec.type === "prizes") {
      (v as TPrize[]).forEach((p, i) => {
        form.set(`prizes.${i}.prize`, p.prize);
        if (p.count != null) form.set(`prizes.${i}.count`, String(p.count));
        if (p.unit) form.set(`prizes.${i}.unit`, p.unit);
      });
    } else if (spec.type === "list") form.set(spec.name, (v as string[]).join("\n"));
    else form.set(spec.name, printed(v));
  }
  return form;
}

/** A CSV of the kind's import columns with one data row (row 2) of these values. */
function csvOf(kind: RecordKind, values: Values): Buffer {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const columns = importColumns(kind);
  const cell = (field: string, type: string) => {
    const v = values[field];
    if (v === undefined || v === null) return "";
    if (type === "prizes") return formatPrizes(v as TPrize[]);
    if (type === "list") return (v as string[]).join("、");
    return printed(v);
  };
  const lines = [columns.map((c) => quote(c.zh)).join(","), columns.map((c) => quote(cell(c.field, c.spec.type))).join(",")];
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

/** The refusal a call ends in: its code and message (an unexpected success or error fails the test). */
async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message };
    throw err;
  }
  return { code: "OK", message: "" };
}

describe("same bad input, every path, same refusal", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let staff: Actor;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-rules-"));
  let serial = 0;
  /** Values with names made unique, so no row of one path is a duplicate of another's. */
  const unique = (kind: RecordKind, values: Values): Values => {
    serial++;
    const out = { ...values };
    for (const name of ["title", "name", "competition", "certificate", "caption", "label", "majorName"]) {
      const v = out[name];
      if (typeof v === "string" && v.length < 400) out[name] = `${v}${serial}`;
    }
    if (kind.slug === "indicators" && out.key === "rules.test") out.key = `rules.test${serial}`;
    return out;
  };

  beforeAll(async () => {
    process.env.NIANBAO_DATA_DIR = dataDir;
    database = await demoDatabase();
    staff = database.actors["staff-a"]!;
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("covers all 17 record kinds", () => {
    expect(Object.keys(TABLE).sort()).toEqual(RECORD_KINDS.map((k) => k.slug).sort());
    expect(RECORD_KINDS).toHaveLength(17);
  });

  for (const kind of RECORD_KINDS) {
    const entry = TABLE[kind.slug];
    if (!entry) continue;
    it(`${kind.slug}: its valid values pass every path`, async () => {
      const ctx = { actor: staff, prisma: database.prisma };
      const viaForm = await createRecord({
        ...ctx,
        kind,
        input: formToInput(kind.form, formDataOf(kind, unique(kind, entry.valid))),
        meta: { year: 2022 },
      });
      expect(viaForm.status).toBe("DRAFT");
      const viaApi = await createRecord({ ...ctx, kind, input: unique(kind, entry.valid), meta: { year: 2022 } });
      expect((await submitRecord({ ...ctx, kind, id: viaApi.id })).status).toBe("SUBMITTED");
      const imported = await importRecords({
        ...ctx,
        kind,
        year: 2022,
        rows: (await parseSpreadsheet(csvOf(kind, unique(kind, entry.valid)))).rows,
      });
      expect(imported.created).toHaveLength(1);
    });

    for (const c of entry.cases) {
      it(`${kind.slug}: ${c.what} is refused alike by the form, the API, the import and submit`, async () => {
        const ctx = { actor: staff, prisma: database.prisma };
        const expected = { code: "INVALID", message: c.message };
        const bad = () => withBad(unique(kind, entry.valid), c.bad);

        // The form's server action: FormData → formToInput → createRecord (lib/workflow/actions.ts).
        const form = formToInput(kind.form, formDataOf(kind, bad()));
        expect(await refusal(createRecord({ ...ctx, kind, input: form, meta: { year: 2022 } })), "form").toEqual(expected);

        // The JSON API: POST /api/v1/records/{kind} and PUT …/{id} call these with the body's data.
        expect(await refusal(createRecord({ ...ctx, kind, input: bad(), meta: { year: 2022 } })), "API POST").toEqual(expected);
        const existing = await createRecord({ ...ctx, kind, input: unique(kind, entry.valid), meta: { year: 2022 } });
        expect(await refusal(updateRecord({ ...ctx, kind, id: existing.id, version: existing.version, input: bad() })), "API PUT").toEqual(
          expected,
        );

        // The spreadsheet import: preview lists the cell, commit refuses the sheet with the same message.
        const column = importColumns(kind).find((col) => col.field === c.field)!.zh;
        const csv = csvOf(kind, bad());
        const token = await acceptUpload({ ...ctx, kind, year: 2022, fileName: "bad.csv", bytes: csv });
        const preview = await previewUpload({ ...ctx, kind, token });
        expect(preview.sheet.valid, "import preview").toEqual([]);
        expect(preview.sheet.issues, "import preview").toEqual([{ row: 2, column, message: c.message }]);
        let commit: unknown = null;
        try {
          await importRecords({ ...ctx, kind, year: 2022, rows: (await parseSpreadsheet(csv)).rows });
        } catch (err) {
          commit = err;
        }
        expect(commit, "import commit").toBeInstanceOf(ImportRefused);
        expect((commit as ImportRefused).code).toBe("INVALID");
        expect((commit as ImportRefused).issues).toEqual([{ row: 2, column, message: c.message }]);

        // Submit: the record as an older path stored it, written straight to the tables.
        const stored = withBad(unique(kind, entry.valid), Object.fromEntries(Object.entries(c.bad).map(([k, v]) => [k, v ?? ""])));
        const { record, fields } = splitData(kind, toDbData(stored));
        const insert = database.prisma.record.create({
          data: {
            kind: kind.model,
            year: 2022,
            departmentId: staff.departmentId!,
            authorId: staff.id,
            status: "DRAFT",
            topic: record.topic ?? null,
            ...nestedKind(kind, "create", fields),
          },
        });
        if (c.storable === false) {
          await expect(insert, "the database's CHECK refuses to store it").rejects.toThrow();
          return;
        }
        const { id } = await insert;
        expect(await refusal(submitRecord({ ...ctx, kind, id })), "submit").toEqual(expected);
        expect(await refusal(submitImported({ ...ctx, kind, ids: [id] })), "「全部提交」 of an import").toEqual(expected);
        expect((await database.prisma.record.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
      });
    }
  }

  it("「1,200」 in a number field is read as 1200 by the form and the API alike", async () => {
    const kind = kindBySlug("social-trainings")!;
    const ctx = { actor: staff, prisma: database.prisma };
    const typed = { name: "千分位培训", category: "SKILL", mode: "ONLINE", hours: "1,200.5", personTimes: "1,200" };
    const viaForm = await createRecord({
      ...ctx,
      kind,
      input: formToInput(kind.form, formDataOf(kind, unique(kind, typed))),
      meta: { year: 2022 },
    });
    const viaApi = await createRecord({ ...ctx, kind, input: unique(kind, { ...typed, personTimes: "1，200" }), meta: { year: 2022 } });
    for (const r of [viaForm, viaApi]) expect([String(r.hours), r.personTimes]).toEqual(["1200.5", 1200]);
  });

  it("a record moved to another report year must fit that year's academic year", async () => {
    const kind = kindBySlug("honours")!;
    const r = await createRecord({
      actor: staff,
      prisma: database.prisma,
      kind,
      input: unique(kind, TABLE.honours!.valid),
      meta: { year: 2022 },
    });
    const moved = changeRecordMeta({ actor: staff, prisma: database.prisma, kind, id: r.id, version: r.version, input: { year: 2021 } });
    expect(await refusal(moved)).toEqual({
      code: "INVALID",
      message: bi(
        "授予日期应在2020-2021学年内（2020-09-01 至 2021-08-31）",
        "Date must fall within the academic year 2020-2021 (2020-09-01 to 2021-08-31)",
      ),
    });
    expect((await database.prisma.record.findUniqueOrThrow({ where: { id: r.id } })).year).toBe(2022);
  });

  it("a revision stored invalid cannot be submitted either", async () => {
    const kind = kindBySlug("honours")!;
    const ctx = { actor: staff, prisma: database.prisma };
    const approved = await database.prisma.record.findFirstOrThrow({
      where: { kind: "honour", status: "APPROVED", departmentId: staff.departmentId! },
    });
    const current = await database.prisma.honour.findUniqueOrThrow({ where: { id: approved.id } });
    await database.prisma.record.update({
      where: { id: approved.id },
      data: {
        revisionStatus: "DRAFT",
        pending: { title: current.title, category: current.category, level: current.level, awardedOn: "2023-05-01" },
      },
    });
    expect(await refusal(submitRecord({ ...ctx, kind, id: approved.id }))).toEqual({
      code: "INVALID",
      message: inYear("授予日期", "Date"),
    });
  });
});
