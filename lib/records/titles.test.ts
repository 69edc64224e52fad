import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal";
import { recordTitle, type FieldDecl } from "./declare";
import { kindBySlug, RECORD_KINDS } from "./kinds";

/** A filled-in record of a kind, as a department would enter it: every field with a plausible value. */
function sample(fields: Record<string, FieldDecl>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, d]) => {
      if (d.enum) return [name, d.enum.values[0]];
      if (d.options) return [name, d.options[0]];
      switch (d.type) {
        case "int":
          return [name, 2025];
        case "decimal":
        case "percent":
          return [name, "3.465"];
        case "date":
          return [name, "2025-05-01"];
        case "list":
          return [name, [`${d.zh}甲`]];
        case "prizes":
          return [name, [{ prize: "一等奖", count: 2, unit: "人次" }]];
        default:
          return [name, `示例${d.zh}`];
      }
    }),
  );
}

const title = (slug: string, values: Record<string, unknown>) => recordTitle(kindBySlug(slug)!, values);

describe("every record kind declares how a record is named", () => {
  it("names each kind's record by words a person entered, never a bare code or year", () => {
    for (const kind of RECORD_KINDS) {
      expect(typeof kind.title, kind.slug).toBe("function");
      const t = recordTitle(kind, sample(kind.fields));
      expect(t, kind.slug).toMatch(/示例/);
      expect(t, kind.slug).not.toMatch(/^[A-Z][A-Z_]*$/);
      expect(t, kind.slug).not.toMatch(/^\d{4}$/);
      expect(t, kind.slug).not.toMatch(/\bv\d+\b|undefined|null|\[object/);
    }
  });

  it("calls a record whose naming fields are empty by its kind, not by nothing", () => {
    for (const kind of RECORD_KINDS) expect(recordTitle(kind, {}), kind.slug).toBe(`（未命名${kind.zh}）`);
  });

  it("names a funding item by its item, not 「INCOME」", () => {
    expect(
      title("funding", {
        direction: "INCOME",
        category: "SPECIAL_APPROPRIATION",
        name: "职业院校教师素质提高计划",
        amount: new Decimal("3.465"),
      }),
    ).toBe("职业院校教师素质提高计划");
  });

  it("names two employment records of one cohort apart: 届 and major", () => {
    const a = title("employment", { cohort: 2025, majorName: "机电一体化技术", graduates: 40, placed: 38 });
    const b = title("employment", { cohort: 2025, majorName: "会计", graduates: 30, placed: 29 });
    expect(a).toBe("2025届 机电一体化技术");
    expect(b).toBe("2025届 会计");
  });

  it("names a major by its name, not its group", () => {
    expect(title("majors", { code: "460301", name: "机电一体化技术", group: "智能制造专业群" })).toBe("机电一体化技术");
  });

  it("names an award by its competition and prizes, and an indicator by its label, not its key", () => {
    expect(
      title("competition-awards", {
        competition: "全国职业院校技能大赛",
        level: "NATIONAL",
        prizes: [{ prize: "二等奖", count: 5, unit: "人次" }],
      }),
    ).toBe("全国职业院校技能大赛（二等奖 5人次）");
    expect(title("indicators", { key: "satisfaction.students", label: "在校生满意度", value: "98.6" })).toBe("在校生满意度");
    expect(title("certificate-pilots", { certificate: "Web前端开发", level: "中级" })).toBe("Web前端开发（中级）");
  });
});
