import { z } from "zod";
import { bi } from "../i18n/bilingual";
import { TOPIC_KEYS, TOPICS, TOPICS_EN, type Topic } from "./topics";
import { LEVEL, PRIZE_UNIT, zEnum, type EnumDecl } from "./enums";

/**
 * The vocabulary a record kind is declared in (lib/records/kinds.ts). One declaration per kind
 * lists its fields — type, label zh/en, unit, enumeration, required, list column, import
 * column, carried into next year — and everything else is derived from it here: the zod
 * schema (forms, API, import and seed all parse with it), the form fields, the list columns,
 * and through those the import template and parser, the export and the OpenAPI schema.
 * Adding a field to a kind is one edit in its declaration plus its migration.
 */

// ---- zod building blocks, with bilingual messages ----

export const text = (zh: string, en: string, max = 500) =>
  z
    .string({ error: bi(`${zh}必须填写`, `${en} is required`) })
    .trim()
    .min(1, bi(`${zh}必须填写`, `${en} is required`))
    .max(max, bi(`${zh}不能超过${max}个字符`, `${en} must be at most ${max} characters`));
const optionalText = (zh: string, en: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, bi(`${zh}不能超过${max}个字符`, `${en} must be at most ${max} characters`))
    .transform((v) => (v === "" ? null : v))
    .nullish();

/**
 * Number text as people type it → plain number text, for every numeric field on every path (form,
 * API, import, seed): full-width digits (１２００), thousands separators where they belong
 * (1,200 · 1，200 · 12,345.5). Anything else stays as typed for the schema to refuse, so "1,2" is
 * never read as 12.
 */
export function plainNumber(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = v
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E/g, ".")
    .replace(/[\uFF0D\u2212]/g, "-");
  return /^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(s) ? s.replace(/[,，]/g, "") : s;
}

const isBlank = (v: unknown) => v === "" || v === null || v === undefined;

/** A whole number ≥ 0 (or ≥ `min`); absent says "必须填写", text that is no number says "必须是数字". */
export const count = (zh: string, en: string, o: { min?: number } = {}) => {
  let n = z
    .number({
      error: (i) => (i.input === undefined ? bi(`${zh}必须填写`, `${en} is required`) : bi(`${zh}必须是数字`, `${en} must be a number`)),
    })
    .int(bi(`${zh}必须是整数`, `${en} must be a whole number`))
    .min(0, bi(`${zh}不能为负数`, `${en} must not be negative`))
    .max(10_000_000, bi(`${zh}过大`, `${en} is too large`));
  if (o.min !== undefined) n = n.min(o.min, bi(`${zh}至少为${o.min}`, `${en.toLowerCase()} must be at least ${o.min}`));
  return z.preprocess((v) => {
    const p = plainNumber(v);
    return isBlank(p) ? undefined : typeof p === "string" ? Number(p) : p;
  }, n);
};
export const optionalCount = (zh: string, en: string) =>
  z.preprocess((v) => (isBlank(plainNumber(v)) ? undefined : v), count(zh, en).optional()).transform((v) => v ?? null);

/** Decimal as a string with bounded scale, so 3.465 万元 stays exact. */
const decimal = (zh: string, en: string, scale: number, max = 1e12) =>
  z
    .union([z.string(), z.number()], { error: bi(`${zh}必须填写`, `${en} is required`) })
    .transform((v) => String(plainNumber(String(v))))
    // Zeros written past the field's decimals change nothing (学时 16.50 is 16.5): dropped, not refused.
    .transform((v) => v.replace(new RegExp(`^(\\d+\\.\\d{${scale}})0+$`), "$1"))
    .refine(
      (v) => new RegExp(`^\\d+(\\.\\d{1,${scale}})?$`).test(v),
      // Text that is no number is not also "too large" (Number("abc") is NaN, never ≤ max).
      {
        message: bi(
          `${zh}必须是非负数，最多${scale}位小数`,
          `${en} must be a non-negative number with at most ${scale} decimal${scale === 1 ? "" : "s"}`,
        ),
        abort: true,
      },
    )
    .refine((v) => Number(v) <= max, bi(`${zh}过大`, `${en} is too large`));
const blankToUndefined = (v: unknown) => (isBlank(typeof v === "string" ? v.trim() : v) ? undefined : v);

/** "YYYY-MM-DD" naming a day that exists (not 2021-02-30 or 2021-13-01). */
export function isCalendarDay(v: string): boolean {
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}

const isoDate = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, bi("日期格式应为 YYYY-MM-DD", "date must be YYYY-MM-DD"))
    // A day the calendar has: Date.parse reads 2021-02-30 as 2021-03-02, so the day is read back.
    .refine((v) => isCalendarDay(v), bi("日期无效：日历上没有这一天", "invalid date: no such day in the calendar"))
    .nullable(),
);

export const ZPrize = z.object({
  prize: text("奖项", "Prize", 100),
  count: optionalCount("人次/项数", "Count").optional(),
  unit: zEnum(PRIZE_UNIT).nullish(),
});
export type TPrize = z.infer<typeof ZPrize>;

// ---- fields ----

export type FieldType = "text" | "textarea" | "int" | "decimal" | "percent" | "date" | "enum" | "list" | "prizes";

/** How the generic form renders a field (and how FormData becomes input, see fields.ts). */
export type FormType = "text" | "textarea" | "int" | "decimal" | "date" | "select" | "list" | "prizes" | "checkbox";

export type ColumnFormat = "text" | "level" | "prizes" | "list" | "date" | "decimal" | "money" | "enum" | "percent";

/** The unit of an amount of money, printed with at least two decimals (lib/decimal.ts `money`). */
export const MONEY_UNIT = "万元";

/** The declared units in English; counting words English does without are "". */
const UNITS_EN: Record<string, string> = {
  [MONEY_UNIT]: "×10k yuan",
  元: "yuan",
  学时: "hours",
  人: "",
  人次: "",
  个: "",
  本: "",
  "%": "%",
};

type FieldOptions = {
  required?: boolean;
  unit?: string;
  /**
   * A number whose unit the person enters in another field of the same record (a single indicator's
   * value, in its 单位): an amount in 万元 then prints as money, 12.50, like a declared one.
   */
  unitFrom?: string;
  /** A hint under the form field and in the import template's notes. */
  hint?: string;
  /** The hint in English (for readers who switched language). */
  hintEn?: string;
  /** Label in the form when it needs more than the column header, e.g. 试点专业（每行一个）. */
  formZh?: string;
  formEn?: string;
  /** Shown as a column of the list (true, or with its own header). */
  list?: boolean | { zh: string; en: string };
  /** A column of the import template and the export (default: whenever it is a form field). */
  import?: boolean;
  /** In the generic form (default true); false for fields set by other screens (a figure's file). */
  form?: boolean;
  /**
   * In a carried kind: copied into next year's draft. Fields without it are this year's own
   * (enrolment, the year's change, a note) and start the draft empty (null): never at 0 or at a
   * default, which would be a figure nobody entered.
   */
  carried?: boolean;
  /**
   * In a carried kind: a figure of the year itself (a workshop's enrolment, a major's change this
   * year) that a carried draft must have before it is submitted (lib/records/carry.ts
   * missingYearFigures), and that the consistency panel names when an approved record lacks it.
   */
  yearly?: boolean;
};

export type FieldDecl = FieldOptions & {
  type: FieldType;
  zh: string;
  en: string;
  enum?: EnumDecl;
  /** Values a select offers when they are not a declared enumeration (report topics). */
  options?: readonly string[];
  schema: z.ZodType;
};

const field = (
  type: FieldType,
  zh: string,
  en: string,
  schema: z.ZodType,
  o: FieldOptions & { enum?: EnumDecl; options?: readonly string[] } = {},
): FieldDecl => ({ type, zh, en, schema, ...o });

/** A number outside its declared range, with the range named (届别 1980 → 「届别应在1990至2100之间」). */
const outOfRange = (zh: string, en: string, [min, max]: [number, number]) =>
  bi(`${zh}应在${min}至${max}之间`, `${en} must be between ${min} and ${max}`);

/** The field builders a declaration uses; each picks the zod schema matching its options. */
export const f = {
  text: (zh: string, en: string, o: FieldOptions & { max?: number; schema?: z.ZodType } = {}) =>
    field("text", zh, en, o.schema ?? (o.required ? text(zh, en, o.max) : optionalText(zh, en, o.max)), o),
  textarea: (zh: string, en: string, o: FieldOptions & { max?: number } = {}) =>
    field("textarea", zh, en, o.required ? text(zh, en, o.max ?? 2000) : optionalText(zh, en, o.max ?? 2000), o),
  int: (zh: string, en: string, o: FieldOptions & { default?: number; min?: number; range?: [number, number] } = {}) => {
    let schema: z.ZodType;
    if (o.required || o.default !== undefined) {
      const base = count(zh, en, { min: o.min });
      const ranged = o.range ? base.refine((v) => v >= o.range![0] && v <= o.range![1], outOfRange(zh, en, o.range)) : base;
      // A blank cell or input of a field with a default takes the default, as an absent one does.
      schema = o.default !== undefined ? z.preprocess(blankToUndefined, ranged.default(o.default)) : ranged;
    } else {
      const base = optionalCount(zh, en).optional();
      schema = o.range ? base.refine((v) => v == null || (v >= o.range![0] && v <= o.range![1]), outOfRange(zh, en, o.range)) : base;
    }
    return field("int", zh, en, schema, o);
  },
  decimal: (zh: string, en: string, o: FieldOptions & { scale: number; max?: number; schema?: z.ZodType }) =>
    field(
      "decimal",
      zh,
      en,
      o.schema ??
        (o.required
          ? decimal(zh, en, o.scale, o.max)
          : z.preprocess(blankToUndefined, decimal(zh, en, o.scale, o.max).optional()).transform((v) => v ?? null)),
      o,
    ),
  percent: (zh: string, en: string, o: FieldOptions = {}) =>
    field(
      "percent",
      zh,
      en,
      z
        .preprocess(
          // "92.5%" as typed in a form, a cell or a JSON string means 92.5.
          (v) => blankToUndefined(typeof v === "string" ? v.trim().replace(/[%％]$/, "") : v),
          decimal(zh, en, 2)
            .refine((v) => Number(v) <= 100, bi(`${zh}不能超过100%`, `${en} cannot exceed 100%`))
            .optional(),
        )
        .transform((v) => v ?? null),
      { unit: "%", ...o },
    ),
  date: (zh: string, en: string, o: FieldOptions = {}) => field("date", zh, en, isoDate.optional(), o),
  enum: (e: EnumDecl, zh: string, en: string, o: FieldOptions & { default?: string } = {}) => {
    const base = zEnum(e);
    const schema = o.default !== undefined ? base.default(o.default) : o.required ? base : base.nullish();
    return field("enum", zh, en, schema, { ...o, enum: e, required: o.required || o.default !== undefined });
  },
  level: (o: FieldOptions = {}) => f.enum(LEVEL, "级别", "Level", { list: true, ...o }),
  /** The report topic the record is placed under (stored on the Record row). */
  topic: (o: FieldOptions = {}) =>
    field(
      "enum",
      o.formZh ?? "报告栏目",
      o.formEn ?? "Report topic",
      o.required
        ? zEnum({ values: TOPIC_KEYS as [string, ...string[]], labels: {}, error: bi("所属栏目无效", "invalid report topic") })
        : zEnum({ values: TOPIC_KEYS as [string, ...string[]], labels: {}, error: bi("所属栏目无效", "invalid report topic") }).nullish(),
      { ...o, options: TOPIC_KEYS },
    ),
  list: (zh: string, en: string, item: { zh: string; en: string; max?: number }, o: FieldOptions = {}) =>
    field(
      "list",
      zh,
      en,
      o.required
        ? z.array(text(item.zh, item.en, item.max ?? 100)).min(1, bi(`至少填写一个${item.zh}`, `at least one ${item.en.toLowerCase()}`))
        : z.array(text(item.zh, item.en, item.max ?? 100)).default([]),
      o,
    ),
  prizes: (zh: string, en: string, o: FieldOptions = {}) =>
    field(
      "prizes",
      zh,
      en,
      z
        .array(ZPrize, { error: bi("获奖情况必须填写", "prizes are required") })
        .min(1, bi("至少填写一个奖项", "at least one prize is required"))
        .max(20),
      { required: true, ...o },
    ),
  /** A field whose rule is its own (a code pattern, a key); `type` says how it is shown. */
  custom: (type: FieldType, zh: string, en: string, schema: z.ZodType, o: FieldOptions = {}) => field(type, zh, en, schema, o),
};

/**
 * For a declaration's cross-field rule (`refine`): run it as soon as the fields it compares are
 * valid, even while other fields are not, so a form gets every error in one answer (zod skips an
 * object's refinements while any field has an issue, unless told when to run them).
 */
export const whenValid =
  (...fields: string[]) =>
  (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((i) => fields.includes(String(i.path?.[0])));

// ---- kinds ----

export type FieldSpec = {
  name: string;
  zh: string;
  en: string;
  type: FormType;
  options?: readonly string[];
  required?: boolean;
  unit?: string;
  /** The unit in English: "" where English says none (「30 人」 is "30"). */
  unitEn?: string;
  hint?: string;
  hintEn?: string;
};

export type Column = { field: string; zh: string; en: string; format?: ColumnFormat; /** See FieldOptions.unitFrom. */ unitFrom?: string };

/** The kinds' tables (Prisma models, Record relations), declared once (equal to the kinds and to Prisma: enums.test.ts). */
export const MODEL_NAMES = [
  "honour",
  "competitionAward",
  "hostedCompetition",
  "course",
  "textbook",
  "certificatePilot",
  "major",
  "employmentStat",
  "fundingItem",
  "researchProject",
  "teachingAchievementAward",
  "lubanWorkshop",
  "lubanActivity",
  "socialTraining",
  "case",
  "figure",
  "indicator",
] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export type KindDecl<F extends Record<string, FieldDecl> = Record<string, FieldDecl>> = {
  slug: string;
  /** The kind's table (and Prisma model / Record relation), e.g. `competitionAward`. */
  model: ModelName;
  zh: string;
  en: string;
  /** The fields in form order. */
  fields: F;
  /**
   * The one to three fields a reviewer reads a record by in the review queue, beside its name
   * (a competition award's level and prizes, a major's code and change): what to check at a glance.
   */
  keyFigures?: readonly (keyof F & string)[];
  /** Text fields searched by the free-text filter. */
  searchFields: string[];
  /** Order of the list columns when it is not the fields' order. */
  columnOrder?: string[];
  /**
   * 沿用上年: a standing thing (a major, a workshop, a course or textbook in use) that stays from
   * one report year to the next. Opening a year by continuing the last one copies each approved
   * record of such a kind into a draft for its department to confirm or update
   * (lib/records/carry.ts); the fields marked `carried` are copied, the others start anew.
   */
  carried?: boolean;
  /** Rules across fields, e.g. passed ≤ examined. */
  refine?: (schema: z.ZodObject<Record<string, z.ZodType>>) => z.ZodType;
  /**
   * How a person names one record of the kind, from its fields (stored, pending or just
   * imported): 「2025届 机电一体化技术」, not 「2025」; a funding item by its name, not 「INCOME」.
   * Every screen, notification, history and export that names a record asks recordTitle().
   */
  title: (values: TitleValues) => string;
};

/** A record's fields as a title reads them: whatever the row holds (strings, numbers, Decimals, Dates, prize lists). */
export type TitleValues = Readonly<Record<string, unknown>>;

export type RecordKind = Omit<KindDecl, "refine" | "columnOrder" | "keyFigures"> & {
  keyFigures: readonly string[];
  schema: z.ZodType;
  /** The generic form's fields. */
  form: FieldSpec[];
  /** Columns of the admin and public lists. */
  columns: Column[];
};

const FORM_TYPE: Record<FieldType, FormType> = {
  text: "text",
  textarea: "textarea",
  int: "int",
  decimal: "decimal",
  percent: "decimal",
  date: "date",
  enum: "select",
  list: "list",
  prizes: "prizes",
};

function columnFormat(d: FieldDecl): ColumnFormat | undefined {
  if (d.enum === LEVEL) return "level";
  if (d.type === "enum") return "enum";
  if (d.type === "text" || d.type === "textarea" || d.type === "int") return undefined;
  if (d.type === "decimal" && d.unit === MONEY_UNIT) return "money";
  return d.type;
}

/** A kind's declaration → everything derived from it. */
export function defineKind<F extends Record<string, FieldDecl>>(decl: KindDecl<F>): RecordKind {
  const { refine, columnOrder: _order, keyFigures = [], ...rest } = decl;
  const entries = Object.entries(decl.fields);
  const object = z.object(Object.fromEntries(entries.map(([name, d]) => [name, d.schema])));
  const form: FieldSpec[] = entries
    .filter(([, d]) => d.form !== false)
    .map(([name, d]) => ({
      name,
      zh: d.formZh ?? d.zh,
      en: d.formEn ?? d.en,
      type: FORM_TYPE[d.type],
      ...(d.enum ? { options: d.enum.values } : d.options ? { options: d.options } : {}),
      ...(d.required ? { required: true } : {}),
      ...(d.unit ? { unit: d.unit, unitEn: UNITS_EN[d.unit] ?? d.unit } : {}),
      ...(d.hint ? { hint: d.hint, hintEn: d.hintEn ?? d.hint } : {}),
    }));
  const columns: Column[] = entries
    .filter(([, d]) => d.list)
    .map(([name, d]) => {
      const label = typeof d.list === "object" ? d.list : { zh: d.zh, en: d.en };
      const format = columnFormat(d);
      return { field: name, ...label, ...(format ? { format } : {}), ...(d.unitFrom ? { unitFrom: d.unitFrom } : {}) };
    });
  if (decl.columnOrder) columns.sort((a, b) => decl.columnOrder!.indexOf(a.field) - decl.columnOrder!.indexOf(b.field));
  return { ...rest, keyFigures, schema: refine ? refine(object) : object, form, columns };
}

// ---- a record's name ----

/** 二等奖 5人次，三等奖 5人次 — the prize lines of a 表1 row as printed in the report. */
/** 「一等奖 2人次，二等奖 1项」; in English the unit is its label (the prize's name is what was typed). */
export function formatPrizes(prizes: readonly TPrize[], lang: "zh" | "en" = "zh"): string {
  const counted = (p: TPrize, count: number) => {
    const unit = p.unit ?? "人次";
    if (lang === "zh") return `${p.prize} ${count}${unit}`;
    // The English labels are plurals (person-times, teams): one of them is singular.
    const label = PRIZE_UNIT.labels[unit].en;
    return `${p.prize} ${count} ${count === 1 ? label.replace(/s$/, "") : label}`;
  };
  return prizes.map((p) => (p.count != null ? counted(p, p.count) : p.prize)).join(lang === "zh" ? "，" : "; ");
}

/** A field's text for a title: "" when it is empty or not text-like (an object, a list). */
export function titleText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A Prisma Decimal prints itself; other objects (prize lists, JSON) are not a name.
  if (typeof value === "object" && value !== null && "toFixed" in value) return (value as { toString(): string }).toString();
  return "";
}

/** 「name（detail）」, or just the name when the detail is empty. */
export function withDetail(name: string, detail: string): string {
  return detail ? `${name}（${detail}）` : name;
}

/**
 * The one place a record gets its name (the kind's declared `title`): in queues, notifications,
 * history, page titles, the public data browser, exports. A record whose naming fields are
 * empty (a half-filled draft) is called by its kind's name rather than by nothing.
 */
export function recordTitle(kind: Pick<RecordKind, "title" | "zh">, values: TitleValues): string {
  return kind.title(values).trim() || `（未命名${kind.zh}）`;
}

/** Fields that are columns of the import template and the export. */
export function importFields(kind: RecordKind): FieldSpec[] {
  return kind.form.filter((s) => kind.fields[s.name]?.import !== false);
}

/** A select's option as a person reads it. */
export function optionLabel(kind: RecordKind | null, fieldName: string, value: string): { zh: string; en: string } {
  const topic = (TOPICS as Record<string, string>)[value];
  if (topic) return { zh: topic, en: TOPICS_EN[value as Topic] };
  const label = kind?.fields[fieldName]?.enum?.labels[value];
  return label ?? { zh: value, en: value };
}
