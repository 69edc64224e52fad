import { describe, expect, it } from "vitest";
import { defineKind, f, titleText } from "./declare";
import { RECORD_KINDS, kindBySlug } from "./kinds";
import { validateRecordValues } from "./validate";

/**
 * Each kind declares, once, the fields a reviewer reads a record by in the review queue (its key
 * figures): one to three real form fields, never a hidden one or a long text.
 */
describe("key figures", () => {
  it.each(RECORD_KINDS.map((k) => [k.slug, k] as const))("%s declares one to three valid key figures", (_slug, kind) => {
    expect(kind.keyFigures.length).toBeGreaterThanOrEqual(1);
    expect(kind.keyFigures.length).toBeLessThanOrEqual(3);
    expect(new Set(kind.keyFigures).size).toBe(kind.keyFigures.length);
    const formFields = kind.form.map((s) => s.name);
    for (const name of kind.keyFigures) {
      expect(formFields, `${kind.slug}.${name}`).toContain(name);
      expect(kind.fields[name]!.type, `${kind.slug}.${name} is a long text`).not.toBe("textarea");
    }
  });

  it("refuses, by type, a key figure that is not one of the kind's fields", () => {
    const kind = defineKind({
      slug: "x",
      model: "honour",
      zh: "测",
      en: "X",
      fields: { title: f.text("名称", "Title") },
      searchFields: [],
      title: (v) => titleText(v.title),
      // @ts-expect-error "level" is not a field of this kind
      keyFigures: ["level"],
    });
    expect(kind.keyFigures).toEqual(["level"]);
  });
});

describe("a form's errors come in one answer", () => {
  it("reports a cross-field rule together with the other fields' errors", () => {
    const result = validateRecordValues({
      kind: kindBySlug("employment")!,
      year: 2022,
      academicYear: "2021-2022",
      values: { cohort: "2022", majorName: "", graduates: "10", placed: "20", satisfaction: "120" },
    });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.issues.map((i) => i.field).sort();
    expect(fields).toEqual(["majorName", "placed", "satisfaction"]);
  });

  it("still waits for the compared fields themselves to be valid", () => {
    const result = validateRecordValues({
      kind: kindBySlug("certificate-pilots")!,
      year: 2022,
      academicYear: "2021-2022",
      values: { certificate: "", level: "初级", pilotMajors: ["a"], planned: "1", trained: "1", examined: "x", passed: "5" },
    });
    const messages = result.ok ? [] : result.issues.map((i) => `${i.field}:${i.message}`);
    expect(messages.some((m) => m.startsWith("certificate:"))).toBe(true);
    expect(messages.some((m) => m.startsWith("examined:"))).toBe(true);
    expect(messages.some((m) => m.includes("通过人数不能大于考证人数"))).toBe(false);
  });
});
