import { z } from "zod";
import pack2022 from "../../rule-packs/2022.json";
import pack2024 from "../../rule-packs/2024.json";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { BLOCK_NAMES, ZBlockOptions } from "../report/model/block-options";
import type { BlockName, OutlineTemplate } from "../report/model/templates";
import { PROVINCE_TOKEN, TOKENS } from "../report/tokens/tokens";
import { type Topic, TOPIC_KEYS } from "../records/topics";

/**
 * A rule pack: one year's notice as data (docs/decisions/011-rule-packs.md). The outline template,
 * the appended indicator tables, the length rules, the parts that must be present and the
 * year checks — one JSON file a college or a province can share the day a notice comes out.
 * This schema is the one thing that says what such a file may hold: the shipped files
 * (rule-packs/*.json), the import, the API and the admin editor all parse it.
 */
export const RULE_PACK_FORMAT = "nianbao-rule-pack";
/** 2: indicator rows have codes, a basis and how they combine (a version 1 file is upgraded on reading: upgradeRulePack). */
export const RULE_PACK_VERSION = 2;

/**
 * Whom a pack is for: a college's own report (the national notices) or an education department's
 * report over its colleges (province mode: outline without record topics, tables of aggregated
 * figures). Opening a year offers an installation the packs for its kind (lib/rules/store.ts).
 */
export const PACK_AUDIENCES = ["college", "province"] as const;
export type PackAudience = (typeof PACK_AUDIENCES)[number];

/**
 * How large a pack may be, for every way in (the API, the admin upload, the edit form). A real
 * notice's pack is about 12 KB; these bounds leave room for any province's while a crafted one is
 * refused before it costs seconds of parsing and checking (a 7.4 MB one once took 25 s).
 */
export const RULE_PACK_MAX_BYTES = 2 * 1024 * 1024;
export const RULE_PACK_LIMITS = { chapters: 40, sections: 60, topics: 40, blocks: 40, tables: 60, rows: 300, required: 500 } as const;
const atMost = <T extends z.ZodType>(item: T, max: number, zh: string, en: string) =>
  z.array(item).max(max, bi(`${zh}不能超过${max}个`, `at most ${max} ${en}`));
export const rulePackTooLarge = () =>
  new AppError(
    "TOO_LARGE",
    bi(
      `规则包文件不能超过 ${RULE_PACK_MAX_BYTES / 1024 / 1024} MB`,
      `the rule pack file must be at most ${RULE_PACK_MAX_BYTES / 1024 / 1024} MB`,
    ),
    { file: [bi("文件过大", "too large")] },
  );

const text = (zh: string, en: string, max = 200) =>
  z
    .string({ error: bi(`${zh}必须是文字`, `${en} must be text`) })
    .trim()
    .min(1, bi(`${zh}不能为空`, `${en} must not be empty`))
    .max(max, bi(`${zh}不能超过${max}字`, `${en} must be at most ${max} characters`));

export const ZKey = z
  .string({ error: bi("键必须是文字", "the key must be text") })
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,39}$/,
    bi("键只能用小写字母、数字、点、横线，最长40位", "a key is lower-case letters, digits, . _ -, at most 40"),
  );

const ZTopic = z.enum(TOPIC_KEYS as [Topic, ...Topic[]], { error: bi("未知的栏目（topic）", "unknown topic") });
const ZBlock = z.enum(BLOCK_NAMES as [BlockName, ...BlockName[]], { error: bi("未知的数据块（block）", "unknown block") });

const ZSection = z.object({
  key: ZKey,
  title: text("标题", "the title"),
  topics: atMost(ZTopic, RULE_PACK_LIMITS.topics, "栏目", "topics"),
  blocks: atMost(ZBlock, RULE_PACK_LIMITS.blocks, "数据块", "blocks").optional(),
  blockOptions: z.partialRecord(ZBlock, ZBlockOptions).optional(),
});
const ZChapter = ZSection.extend({
  number: z.string().max(10, bi("编号不能超过10字", "the number must be at most 10 characters")),
  sections: atMost(ZSection, RULE_PACK_LIMITS.sections, "每章的节", "sections per chapter"),
});

/** A row's token: a computed value (lib/report/tokens/tokens.ts) or indicator.KEY (a single indicator). */
const ZToken = z
  .string({ error: bi("数据项必须是文字", "the token must be text") })
  .refine((t) => Boolean(TOKENS[t]) || /^indicator\.[A-Za-z0-9._-]+$/.test(t) || PROVINCE_TOKEN.test(t), {
    error: (issue) => bi(`未知的数据项“${String(issue.input)}”`, `unknown token "${String(issue.input)}"`),
  });

/**
 * What a row's figure stands for, and so how its period is named: a 届 of graduates (2024届), a
 * 学年 (2023-2024学年) or a calendar year, e.g. funding (2024年).
 */
export const INDICATOR_BASES = ["cohort", "schoolYear", "calendarYear"] as const;
export type IndicatorBasis = (typeof INDICATOR_BASES)[number];

/**
 * How rows of many colleges combine (a province's report): "sum" adds the values (counts,
 * amounts); "rate" divides Σnumerator by Σdenominator — a rate is never averaged — so such a row
 * names both tokens; "none" is a college's own figure that does not combine (生师比, a survey's
 * satisfaction, a per-student value).
 */
export const INDICATOR_AGGREGATES = ["sum", "rate", "none"] as const;
export type IndicatorAggregate = (typeof INDICATOR_AGGREGATES)[number];

/**
 * When a row does not apply to a college in a year (printed 「不适用」, never counted as missing):
 * noGraduates — the year's 届 has employment records and they total 0 graduates (a new college);
 * noLubanWorkshop — the college has no 鲁班工坊 record that year (most colleges have none).
 */
export const SKIP_CONDITIONS = ["noGraduates", "noLubanWorkshop"] as const;
export type SkipCondition = (typeof SKIP_CONDITIONS)[number];

/** A row's stable code: the notice's own or ours (SC01); the submission package and a province's aggregates key rows by it. */
export const ZIndicatorCode = z
  .string({ error: bi("指标代码必须是文字", "the row code must be text") })
  .regex(
    /^[A-Z0-9][A-Z0-9._-]{0,19}$/,
    bi(
      "指标代码只能用大写字母、数字、点、横线，最长20位（如 SC01）",
      "a row code is capital letters, digits, . _ -, at most 20 (e.g. SC01)",
    ),
  );

export const ZIndicatorRow = z
  .object({
    code: ZIndicatorCode,
    label: text("指标名称", "the row label"),
    unit: z.string().trim().max(20, bi("单位不能超过20字", "the unit must be at most 20 characters")),
    basis: z.enum(INDICATOR_BASES, {
      error: bi(
        "统计口径应为 cohort（届）、schoolYear（学年）或 calendarYear（自然年）",
        "basis must be cohort, schoolYear or calendarYear",
      ),
    }),
    token: ZToken,
    aggregate: z.enum(INDICATOR_AGGREGATES, { error: bi("汇总方式应为 sum、rate 或 none", "aggregate must be sum, rate or none") }),
    numerator: ZToken.optional(),
    denominator: ZToken.optional(),
    skipWhen: z.enum(SKIP_CONDITIONS, { error: bi("未知的不适用条件（skipWhen）", "unknown skipWhen condition") }).optional(),
    /** Which notice (and year) the row comes from, and whether someone checked it against the text. */
    source: z.string().trim().max(100, bi("来源不能超过100字", "the source must be at most 100 characters")).optional(),
    verified: z.boolean({ error: bi("是否核实必须是 true 或 false", "verified must be true or false") }).optional(),
  })
  .superRefine((row, ctx) => {
    const both = row.numerator !== undefined && row.denominator !== undefined;
    if (row.aggregate === "rate" && !both)
      ctx.addIssue({
        code: "custom",
        path: [row.numerator === undefined ? "numerator" : "denominator"],
        message: bi("比率（rate）行须写明分子和分母的数据项", "a rate row must name its numerator and denominator tokens"),
      });
    if (row.aggregate !== "rate" && (row.numerator !== undefined || row.denominator !== undefined))
      ctx.addIssue({
        code: "custom",
        path: ["aggregate"],
        message: bi("只有比率（rate）行才有分子和分母", "only a rate row has a numerator and a denominator"),
      });
  });
export const ZIndicatorTable = z.object({
  key: ZKey,
  title: text("表名", "the table title"),
  rows: atMost(ZIndicatorRow, RULE_PACK_LIMITS.rows, "每表的行", "rows per table").min(
    1,
    bi("指标表至少要有一行", "an indicator table needs at least one row"),
  ),
});

const count = (zh: string, en: string) =>
  z
    .number({ error: bi(`${zh}必须是数字`, `${en} must be a number`) })
    .int(bi(`${zh}必须是整数`, `${en} must be a whole number`))
    .min(0, bi(`${zh}不能为负`, `${en} must not be negative`))
    .max(1_000_000, bi(`${zh}过大`, `${en} is too large`));

export const ZLengthRules = z
  .object({
    /** Characters of the main text (narratives and cases), counted as printed (countChars). */
    mainText: z.object({ min: count("正文最少字数", "the main text minimum"), max: count("正文最多字数", "the main text maximum") }),
    caseMax: count("案例最多字数", "the case maximum").min(1, bi("案例最多字数至少为1", "the case maximum must be at least 1")),
  })
  .refine((r) => r.mainText.min <= r.mainText.max, {
    path: ["mainText", "max"],
    error: bi("正文最多字数不能小于最少字数", "the main text maximum must not be below the minimum"),
  });

export const ZRequiredParts = z.object({
  /** Outline section (or chapter) keys the year's outline must keep. */
  sections: atMost(ZKey, RULE_PACK_LIMITS.required, "必备栏目", "required sections"),
  /** Generated blocks some section must show. */
  blocks: atMost(ZBlock, RULE_PACK_LIMITS.blocks, "必备数据块", "required blocks"),
  /** The 真实性责任声明 with the legal representative's name. */
  declaration: z.boolean(),
  /** The pack's indicator tables in the appendix (or through a table:indicators block). */
  indicatorTables: z.boolean(),
  minCases: count("案例最少数量", "the minimum number of cases"),
});

export const ZYearChecks = z.object({
  /** The year's 学年 label (2021-2022 for 2022) and the 学年 named in texts. */
  academicYear: z.boolean(),
  /** Employment rows of the year are its 届 (2022届 for 2022), and texts name that cohort. */
  graduateCohort: z.boolean(),
});

export const ZRulePack = z
  .object({
    format: z.literal(RULE_PACK_FORMAT, { error: bi(`不是规则包文件（format 应为 ${RULE_PACK_FORMAT}）`, "not a rule pack file") }),
    version: z.literal(RULE_PACK_VERSION, {
      error: bi(`规则包版本应为 ${RULE_PACK_VERSION}`, `the pack version must be ${RULE_PACK_VERSION}`),
    }),
    key: ZKey,
    name: text("名称", "the name"),
    /** The report's title as the notice names it, {year} standing for the year (「职业教育质量报告（{year}年度）」). */
    title: text("报告标题", "the report title", 60).optional(),
    /** Left out: a college's pack (every pack written before province mode). */
    audience: z
      .enum(PACK_AUDIENCES, { error: bi("适用对象（audience）应为 college 或 province", "audience must be college or province") })
      .optional(),
    outline: z.object({
      chapters: atMost(ZChapter, RULE_PACK_LIMITS.chapters, "章", "chapters").min(
        1,
        bi("大纲至少要有一章", "the outline needs at least one chapter"),
      ),
    }),
    indicatorTables: atMost(ZIndicatorTable, RULE_PACK_LIMITS.tables, "指标表", "indicator tables"),
    lengthRules: ZLengthRules,
    requiredParts: ZRequiredParts,
    checks: ZYearChecks,
  })
  .superRefine((pack, ctx) => {
    const keys = new Map<string, string>();
    pack.outline.chapters.forEach((ch, i) => {
      const seen = (key: string, path: (string | number)[]) => {
        if (keys.has(key))
          ctx.addIssue({ code: "custom", path, message: bi(`栏目键“${key}”重复`, `the section key "${key}" is repeated`) });
        keys.set(key, path.join("."));
      };
      seen(ch.key, ["outline", "chapters", i, "key"]);
      ch.sections.forEach((s, j) => seen(s.key, ["outline", "chapters", i, "sections", j, "key"]));
    });
    pack.requiredParts.sections.forEach((key, i) => {
      if (!keys.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["requiredParts", "sections", i],
          message: bi(`必备栏目“${key}”不在本规则包的大纲中`, `the required section "${key}" is not in the pack's outline`),
        });
    });
    const tables = new Set<string>();
    pack.indicatorTables.forEach((t, i) => {
      if (tables.has(t.key))
        ctx.addIssue({
          code: "custom",
          path: ["indicatorTables", i, "key"],
          message: bi(`指标表键“${t.key}”重复`, `the table key "${t.key}" is repeated`),
        });
      tables.add(t.key);
    });
    const codes = new Map<string, string>();
    pack.indicatorTables.forEach((t, i) =>
      t.rows.forEach((r, j) => {
        const first = codes.get(r.code);
        if (first)
          ctx.addIssue({
            code: "custom",
            path: ["indicatorTables", i, "rows", j, "code"],
            message: bi(`指标代码“${r.code}”重复（已用于${first}）`, `the row code "${r.code}" is repeated (already used by ${first})`),
          });
        else codes.set(r.code, `“${t.title}”的“${r.label}”`);
      }),
    );
  });

export type TRulePack = z.output<typeof ZRulePack>;
export type TIndicatorTable = z.output<typeof ZIndicatorTable>;
export type TIndicatorRow = z.output<typeof ZIndicatorRow>;
export type TLengthRules = z.output<typeof ZLengthRules>;

/** "outline.chapters.2.sections.0.topics.1" — where in the file a problem is, as a reader can find it. */
export const problemPath = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join(".") : "（整个文件 whole file）");

/** Each problem as 「位置 path：message」, in file order. */
export function packProblems(error: z.ZodError): string[] {
  return error.issues.map((i) => `${problemPath(i.path)}：${i.message}`);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
/** The table key's code prefix in the shipped packs (2022's 资源表 is 2024's 教学资源表: same rows, same codes). */
const CODE_PREFIX: Record<string, string> = {
  scorecard: "SC",
  "student-feedback": "SF",
  resources: "TR",
  "teaching-resources": "TR",
  international: "IN",
  service: "SV",
  policy: "PL",
};
const guessBasis = (token: string): IndicatorBasis =>
  /^(indicator\.)?employment\./.test(token) ? "cohort" : /^(indicator\.)?funding\./.test(token) ? "calendarYear" : "schoolYear";

/**
 * A version 1 file (before rows had codes) read as version 2: stored packs of an installation
 * that predates codes, and files exported from one. A row the shipped packs know (same table,
 * same token) takes the shipped code, basis and way of combining; any other row gets a code from
 * its place (T2R3), its basis guessed from its token, and does not combine ("none") until someone
 * edits it. Anything else about the file is left for the schema to judge.
 */
export function upgradeRulePack(input: unknown): unknown {
  if (!isObject(input) || input.version !== 1 || !Array.isArray(input.indicatorTables)) return input;
  const known = new Map<string, Json>();
  const shipped: { indicatorTables: { key: string; rows: Json[] }[] }[] = [pack2022, pack2024];
  for (const pack of shipped)
    for (const t of pack.indicatorTables) for (const r of t.rows) known.set(`${CODE_PREFIX[t.key] ?? t.key}|${String(r.token)}`, r);
  const used = new Set<string>();
  const indicatorTables = input.indicatorTables.map((t: unknown, i) =>
    !isObject(t) || !Array.isArray(t.rows)
      ? t
      : {
          ...t,
          rows: t.rows.map((r: unknown, j) => {
            if (!isObject(r) || r.code !== undefined) return r;
            const k = known.get(`${CODE_PREFIX[String(t.key)] ?? String(t.key)}|${String(r.token)}`);
            const code = typeof k?.code === "string" && !used.has(k.code) ? k.code : `T${i + 1}R${j + 1}`;
            used.add(code);
            const how = k
              ? { basis: k.basis, aggregate: k.aggregate, numerator: k.numerator, denominator: k.denominator, skipWhen: k.skipWhen }
              : { basis: guessBasis(String(r.token)), aggregate: "none" };
            return { ...how, ...r, code, verified: false };
          }),
        },
  );
  return { ...input, version: RULE_PACK_VERSION, indicatorTables };
}

/**
 * Parses a pack (a version 1 file is upgraded first); a bad one is an INVALID AppError whose
 * message names the first problem's path, all problems in fieldErrors.
 */
export function parseRulePack(input: unknown): TRulePack {
  const parsed = ZRulePack.safeParse(upgradeRulePack(input));
  if (parsed.success) return parsed.data;
  const problems = packProblems(parsed.error);
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[problemPath(issue.path)] ??= []).push(issue.message);
  throw new AppError(
    "INVALID",
    bi(`规则包有${problems.length}处错误，第一处在 ${problems[0]}`, `the rule pack has ${problems.length} problem(s)`),
    fieldErrors,
  );
}

/** Whom a pack is for; a pack that does not say is a college's. */
export const audienceOf = (pack: Pick<TRulePack, "audience">): PackAudience => pack.audience ?? "college";

/** A pack's report title for a year (「职业教育质量报告（2024年度）」), or null when the pack names none. */
export const reportTitleOf = (pack: Pick<TRulePack, "title"> | null, year: number): string | null =>
  pack?.title ? pack.title.replaceAll("{year}", String(year)) : null;

/** The outline part of a pack in the shape lib/report/model/templates.ts builds OutlineSection rows from. */
export function outlineTemplateOf(pack: Pick<TRulePack, "key" | "name" | "outline">): OutlineTemplate {
  return { key: pack.key, zh: pack.name, chapters: pack.outline.chapters };
}
