import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../api/openapi";
import { importColumns } from "../import/columns";
import { exportSheet } from "../import/export";
import { buildTemplate } from "../import/template";
import { validateSheet } from "../import/validate";
import { defineKind, f, type KindDecl, titleText } from "./declare";
import { LEVEL } from "./enums";
import { formToInput } from "./fields";

/**
 * A kind is declared once: adding a field to its declaration is all it takes for the field to
 * appear in the form, the import template (and parser), the export and the OpenAPI schema.
 * Shown with a throw-away kind declared here, before and after adding one field.
 */
const base: KindDecl = {
  slug: "throwaway-awards",
  model: "honour",
  zh: "测试奖项",
  en: "Test awards",
  fields: {
    title: f.text("奖项名称", "Title", { required: true, list: true }),
    level: f.level({ required: true }),
  },
  searchFields: ["title"],
  title: (v) => titleText(v.title),
};
const before = defineKind(base);
const after = defineKind<KindDecl["fields"]>({
  ...base,
  fields: {
    ...base.fields,
    sponsor: f.enum(LEVEL, "资助级别", "Sponsor level", { list: true }),
    budget: f.decimal("预算", "Budget", { scale: 2, unit: "万元" }),
  },
});

async function headers(buffer: Buffer | ArrayBuffer | Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  return { zh: (sheet.getRow(1).values as unknown[]).filter(Boolean), en: (sheet.getRow(2).values as unknown[]).filter(Boolean), sheet };
}

describe("one declaration per kind", () => {
  it("derives the form fields, with the enumeration's values as options", () => {
    expect(before.form.map((s) => s.name)).toEqual(["title", "level"]);
    expect(after.form.map((s) => s.name)).toEqual(["title", "level", "sponsor", "budget"]);
    expect(after.form.find((s) => s.name === "sponsor")).toMatchObject({ type: "select", zh: "资助级别", options: LEVEL.values });
    expect(after.form.find((s) => s.name === "budget")).toMatchObject({ type: "decimal", unit: "万元" });
    expect(after.columns.map((c) => c.field)).toEqual(["title", "level", "sponsor"]);
    // The form posts it, the schema parses it.
    const form = new FormData();
    for (const [k, v] of [
      ["title", "创新奖"],
      ["level", "NATIONAL"],
      ["sponsor", "PROVINCIAL"],
      ["budget", "3.5"],
    ])
      form.append(k!, v!);
    expect(after.schema.parse(formToInput(after.form, form))).toEqual({
      title: "创新奖",
      level: "NATIONAL",
      sponsor: "PROVINCIAL",
      budget: "3.5",
    });
  });

  it("derives the import template and parser", async () => {
    expect((await headers(await buildTemplate(before))).zh).not.toContain("资助级别");
    const { zh, en } = await headers(await buildTemplate(after));
    expect(zh).toEqual(expect.arrayContaining(["奖项名称", "级别", "资助级别", "预算"]));
    expect(en).toEqual(expect.arrayContaining(["Sponsor level", "Budget"]));
    expect(
      importColumns(after)
        .find((c) => c.field === "sponsor")
        ?.options?.find((o) => o.value === "PROVINCIAL")?.zh,
    ).toBe("省市级");
    // A sheet with the new column imports it, by its Chinese header and label.
    const sheet = validateSheet({
      kind: after,
      rows: [
        { row: 1, values: ["奖项名称", "级别", "资助级别", "预算"] },
        { row: 2, values: ["创新奖", "国家级", "省市级", "12.5"] },
      ],
      year: 2022,
      academicYear: "2021-2022",
    });
    expect(sheet.issues).toEqual([]);
    expect(sheet.valid[0]?.data).toMatchObject({ title: "创新奖", level: "NATIONAL", sponsor: "PROVINCIAL", budget: "12.5" });
  });

  it("derives the export's columns", async () => {
    const { workbook, addRecord } = exportSheet(after, new Map([["d1", "机电系"]]));
    addRecord({
      id: "r1",
      year: 2022,
      departmentId: "d1",
      status: "APPROVED",
      title: "创新奖",
      level: "NATIONAL",
      sponsor: "PROVINCIAL",
      budget: "12.50",
    });
    const { zh, sheet } = await headers(await workbook.xlsx.writeBuffer());
    expect(zh).toEqual(["奖项名称", "级别", "资助级别", "预算", "年度", "部门", "状态", "编号"]);
    expect((sheet.getRow(3).values as unknown[]).filter((v) => v !== undefined)).toEqual([
      "创新奖",
      "国家级",
      "省市级",
      12.5,
      2022,
      "机电系",
      "已通过",
      "r1",
    ]);
  });

  it("derives the OpenAPI schema", () => {
    const schema = (doc: ReturnType<typeof openApiDocument>) =>
      doc.components.schemas.honour as { properties: Record<string, { enum?: string[] }>; required?: string[] };
    expect(Object.keys(schema(openApiDocument([before])).properties)).toEqual(["title", "level"]);
    const props = schema(openApiDocument([after])).properties;
    expect(Object.keys(props)).toEqual(["title", "level", "sponsor", "budget"]);
    expect(JSON.stringify(props.sponsor)).toContain("INTERNATIONAL");
  });
});
