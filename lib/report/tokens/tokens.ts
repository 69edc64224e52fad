import type { ModelName } from "../../records/kinds";
import { isBlank, type ReportData, type Row, rowsOfKind, sourceOf, yearRowsOf } from "../model/data";
import { dec, entered, fixed, money, percent, sum, type TDecimal } from "../../decimal";
import { MONEY_UNIT } from "../../records/declare";
import type { SourceRef } from "../model/document";
import { certificateMetrics, employmentMetrics, fundingMetrics, trainingMetrics } from "./metrics";
import { printed } from "../../text";

/**
 * Narrative tokens: {{employment.placementRate}} or {{indicator.KEY}} in a section's text is
 * replaced by the live value when the report is built, so text and tables never disagree. The
 * registry below is the list of computed tokens; {{indicator.KEY}} quotes a single Indicator.
 * A narrative with any other token is refused when it is saved (validateTokens).
 */

export type TokenValue = { value: TDecimal | null; sources: SourceRef[] };
export type TokenDef = {
  label: string;
  unit: string;
  /** Decimals printed; "trim" prints the value as stored without trailing zeros. */
  places: number | "trim";
  compute: (ctx: MetricContext) => TokenValue;
};

/** The data of one year (data.rows also hold the year before, for changes). */
export type MetricContext = { year: number; data: Pick<ReportData, "rows"> & Partial<Pick<ReportData, "outline" | "region" | "province">> };

/** {{province.CODE}}: a figure aggregated over a province's colleges (province mode), by the indicator row's code. */
export const PROVINCE_TOKEN = /^province\.([A-Za-z0-9._-]{1,40})$/;

export const TOKEN_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

const rows = <M extends ModelName>(ctx: MetricContext, model: M) => yearRowsOf(ctx.data, model, ctx.year);
const refs = (model: ModelName, list: Row[]) => list.map((r) => sourceOf(model, r));
const n = (v: number | TDecimal | null): TDecimal | null => (v === null ? null : dec(v));

function employment(ctx: MetricContext) {
  const all = rowsOfKind(ctx.data, "employmentStat");
  const own = all.filter((r) => r.cohort === ctx.year);
  const prev = all.filter((r) => r.cohort === ctx.year - 1);
  const m = employmentMetrics(all, ctx.year);
  return { m, own: refs("employmentStat", own), both: refs("employmentStat", [...own, ...prev]), empty: own.length === 0 };
}

/**
 * 专业相关度 of the year's 届: each major's relatedness weighted by its graduates placed, so the
 * numerator is 「相关就业人数」 (placed × relatedness, a count in people that a province can add
 * up) and the denominator the placed. A major without a relatedness makes the rate unknown.
 */
function relatedness(ctx: MetricContext): { related: TDecimal | null; placed: TDecimal | null; sources: SourceRef[] } {
  const own = rowsOfKind(ctx.data, "employmentStat").filter((r) => r.cohort === ctx.year);
  const sources = refs("employmentStat", own);
  if (!own.length || own.some((r) => isBlank(r.relatedness))) return { related: null, placed: null, sources };
  const related = sum(own.map((r) => dec(String(r.relatedness)).times(Number(r.placed)).dividedBy(100)));
  return { related, placed: dec(own.reduce((a, r) => a + Number(r.placed), 0)), sources };
}

/** 技术服务到款额: the year's research projects that are technical-service contracts (an empty field is not one). */
function serviceIncome(ctx: MetricContext): TokenValue {
  const list = rows(ctx, "researchProject").filter((r) => !isBlank(r.serviceIncome));
  return { value: list.length ? sum(list.map((r) => String(r.serviceIncome))) : null, sources: refs("researchProject", list) };
}

/** 非学历培训到账经费: unknown ("—") while any programme lacks it — a free one is entered as 0. */
function trainingIncome(ctx: MetricContext): TokenValue {
  const list = rows(ctx, "socialTraining");
  const sources = refs("socialTraining", list);
  if (!list.length || list.some((r) => isBlank(r.income))) return { value: null, sources };
  return { value: sum(list.map((r) => String(r.income))), sources };
}

function funding(ctx: MetricContext) {
  const list = rows(ctx, "fundingItem");
  return { m: fundingMetrics(list), list, empty: list.length === 0 };
}
const fundingToken = (label: string, pick: (m: ReturnType<typeof fundingMetrics>) => TDecimal, categories: string[] | null): TokenDef => ({
  label,
  unit: "万元",
  places: 2,
  compute: (ctx) => {
    const f = funding(ctx);
    const used = f.list.filter((r) => r.direction === "INCOME" && (!categories || categories.includes(r.category)));
    // No item of the categories summed (no 专项经费拨款 entered): not known, never 0.00 — as the
    // income table leaves out a category without items. A true zero is entered as an item of 0.
    return { value: used.length ? pick(f.m) : null, sources: refs("fundingItem", used) };
  },
});

function certificates(ctx: MetricContext) {
  const list = rows(ctx, "certificatePilot");
  return { m: certificateMetrics(list), sources: refs("certificatePilot", list), empty: list.length === 0 };
}
const certToken = (
  label: string,
  unit: string,
  places: number,
  pick: (m: ReturnType<typeof certificateMetrics>) => number | TDecimal | null,
): TokenDef => ({
  label,
  unit,
  places,
  compute: (ctx) => {
    const c = certificates(ctx);
    return { value: c.empty ? null : n(pick(c.m)), sources: c.sources };
  },
});

function training(ctx: MetricContext) {
  const list = rows(ctx, "socialTraining");
  return { m: trainingMetrics(list), list, empty: list.length === 0 };
}
const trainingToken = (
  label: string,
  unit: string,
  places: number | "trim",
  pick: (m: ReturnType<typeof trainingMetrics>) => number | TDecimal | null,
  filter: (r: { category: string; mode: string }) => boolean = () => true,
): TokenDef => ({
  label,
  unit,
  places,
  compute: (ctx) => {
    const t = training(ctx);
    return { value: t.empty ? null : n(pick(t.m)), sources: refs("socialTraining", t.list.filter(filter)) };
  },
});

/** 表1: the student awards filed under 技能大赛 (see build.ts: competition awards table). */
export function table1Awards(ctx: MetricContext, topics: readonly string[] = ["student.competitions"]) {
  return rows(ctx, "competitionAward").filter((r) => r.participantType === "STUDENT" && (r.topic == null || topics.includes(r.topic)));
}

function luban(ctx: MetricContext, field: "enrolled" | "trained" | "teachers" | "teachersTrained"): TokenValue {
  const list = rows(ctx, "lubanWorkshop");
  if (!list.length) return { value: null, sources: [] };
  const sources = refs("lubanWorkshop", list);
  // One workshop without the count makes the total unknown: "—", not the others' sum (an undercount).
  if (list.some((r) => isBlank(r[field]))) return { value: null, sources };
  return { value: dec(list.reduce((a, r) => a + Number(r[field]), 0)), sources };
}

export const TOKENS: Record<string, TokenDef> = {
  "employment.graduates": {
    label: "毕业生人数",
    unit: "人",
    places: 0,
    compute: (c) => {
      const e = employment(c);
      return { value: e.empty ? null : dec(e.m.graduates), sources: e.own };
    },
  },
  "employment.placed": {
    label: "落实去向人数",
    unit: "人",
    places: 0,
    compute: (c) => {
      const e = employment(c);
      return { value: e.empty ? null : dec(e.m.placed), sources: e.own };
    },
  },
  "employment.placementRate": {
    label: "毕业去向落实率",
    unit: "%",
    places: 2,
    compute: (c) => {
      const e = employment(c);
      return { value: e.m.placementRate, sources: e.own };
    },
  },
  "employment.placementRateChange": {
    label: "毕业去向落实率比上一届变化",
    unit: "个百分点",
    places: 2,
    compute: (c) => {
      const e = employment(c);
      return { value: e.m.placementRateChange, sources: e.both };
    },
  },
  "employment.averageSalary": {
    label: "毕业生月均收入",
    unit: "元",
    places: 0,
    compute: (c) => {
      const e = employment(c);
      return { value: e.m.averageSalary, sources: e.own };
    },
  },
  "employment.relatedness": {
    label: "专业相关度",
    unit: "%",
    places: 2,
    compute: (c) => {
      const r = relatedness(c);
      return { value: r.related && r.placed ? percent(r.related, r.placed) : null, sources: r.sources };
    },
  },
  "employment.relatedPlaced": {
    label: "专业相关就业人数（按各专业相关度折算）",
    unit: "人",
    places: 2,
    compute: (c) => {
      const r = relatedness(c);
      return { value: r.related, sources: r.sources };
    },
  },
  "employment.majors": {
    label: "有毕业生的专业数",
    unit: "个",
    places: 0,
    compute: (c) => {
      const e = employment(c);
      return { value: e.empty ? null : dec(e.m.majors), sources: e.own };
    },
  },

  "certificates.count": certToken("1+X证书数", "个", 0, (m) => m.count),
  "certificates.pilotMajors": certToken("1+X试点专业数", "个", 0, (m) => m.pilotMajors),
  "certificates.planned": certToken("1+X计划考证人数", "人", 0, (m) => m.planned),
  "certificates.trained": certToken("1+X培训人数", "人", 0, (m) => m.trained),
  "certificates.examined": certToken("1+X参加考试人数", "人", 0, (m) => m.examined),
  "certificates.passed": certToken("1+X通过人数", "人", 0, (m) => m.passed),
  "certificates.passRate": certToken("1+X证书通过率", "%", 1, (m) => m.passRate),

  "training.programmes": trainingToken("社会培训项目数", "个", 0, (m) => m.programmes),
  "training.hours": trainingToken("社会培训学时", "学时", "trim", (m) => m.hours),
  "training.skillHours": trainingToken(
    "职业技能培训学时",
    "学时",
    "trim",
    (m) => m.skillHours,
    (r) => r.category === "SKILL",
  ),
  "training.skillShare": trainingToken("职业技能培训学时占比", "%", 2, (m) => m.skillShare),
  "training.publicHours": trainingToken(
    "公益性培训学时",
    "学时",
    "trim",
    (m) => m.publicHours,
    (r) => r.category === "PUBLIC_INTEREST",
  ),
  "training.publicShare": trainingToken("公益性培训学时占比", "%", 2, (m) => m.publicShare),
  "training.onlineHours": trainingToken(
    "线上培训学时",
    "学时",
    "trim",
    (m) => m.onlineHours,
    (r) => r.mode === "ONLINE",
  ),
  "training.offlineHours": trainingToken(
    "线下培训学时",
    "学时",
    "trim",
    (m) => m.offlineHours,
    (r) => r.mode === "OFFLINE",
  ),
  "training.personTimes": trainingToken("社会培训人次", "人次", 0, (m) => m.personTimes),

  "training.income": { label: "非学历培训到账经费", unit: "万元", places: 2, compute: trainingIncome },
  "research.techServiceIncome": { label: "技术服务到款额", unit: "万元", places: 2, compute: serviceIncome },

  "funding.incomeTotal": fundingToken("办学经费总收入", (m) => m.incomeTotal, null),
  "funding.basic": fundingToken("基本财政拨款", (m) => m.basic, ["BASIC_APPROPRIATION"]),
  "funding.special": fundingToken("专项经费拨款", (m) => m.special, ["SPECIAL_APPROPRIATION"]),
  "funding.operating": fundingToken("事业收入", (m) => m.operating, ["OPERATING"]),
  "funding.otherOperating": fundingToken("其他事业收入", (m) => m.otherOperating, ["OTHER_OPERATING"]),
  "funding.appropriationTotal": fundingToken("财政拨款收入总额", (m) => m.appropriationTotal, [
    "BASIC_APPROPRIATION",
    "SPECIAL_APPROPRIATION",
  ]),
  "funding.selfRaisedTotal": fundingToken("事业收入总额", (m) => m.selfRaisedTotal, ["OPERATING", "OTHER_OPERATING"]),

  "awards.table1Rows": {
    label: "学生技能竞赛获奖（表）赛事数",
    unit: "项",
    places: 0,
    compute: (c) => {
      // The topics of the section(s) that show the table, as laid out by the year's outline.
      const topics = (c.data.outline ?? []).filter((s) => s.blocks.includes("table:competition-awards")).flatMap((s) => s.topics);
      const list = table1Awards(c, topics.length ? topics : undefined);
      return { value: list.length ? dec(list.length) : null, sources: refs("competitionAward", list) };
    },
  },
  "awards.count": {
    label: "竞赛获奖记录数",
    unit: "项",
    places: 0,
    compute: (c) => {
      const list = rows(c, "competitionAward");
      return { value: list.length ? dec(list.length) : null, sources: refs("competitionAward", list) };
    },
  },
  "majors.count": {
    label: "专业（方向）数",
    unit: "个",
    places: 0,
    compute: (c) => {
      const list = rows(c, "major");
      return { value: list.length ? dec(list.length) : null, sources: refs("major", list) };
    },
  },
  "majors.new": {
    label: "本年度新增专业数",
    unit: "个",
    places: 0,
    compute: (c) => {
      const all = rows(c, "major");
      const list = all.filter((r) => r.change === "NEW" && (r.changeYear == null || Number(r.changeYear) === c.year));
      // A major whose change this year nobody stated may be new: the count is not known.
      const unknown = all.some((r) => isBlank(r.change));
      return { value: all.length && !unknown ? dec(list.length) : null, sources: refs("major", list) };
    },
  },
  "luban.count": {
    label: "鲁班工坊（含分中心）数",
    unit: "个",
    places: 0,
    compute: (c) => {
      const list = rows(c, "lubanWorkshop");
      return { value: list.length ? dec(list.length) : null, sources: refs("lubanWorkshop", list) };
    },
  },
  "luban.enrolled": { label: "鲁班工坊招生人数", unit: "人", places: 0, compute: (c) => luban(c, "enrolled") },
  "luban.trained": { label: "鲁班工坊培训当地学生人数", unit: "人", places: 0, compute: (c) => luban(c, "trained") },
  "luban.teachers": { label: "鲁班工坊合作院校师资人数", unit: "人", places: 0, compute: (c) => luban(c, "teachers") },
  "luban.teachersTrained": { label: "鲁班工坊培训师资人数", unit: "人", places: 0, compute: (c) => luban(c, "teachersTrained") },
  "cases.count": {
    label: "案例数",
    unit: "个",
    places: 0,
    compute: (c) => {
      const list = rows(c, "case");
      return { value: list.length ? dec(list.length) : null, sources: refs("case", list) };
    },
  },
};

/** The stored Indicator of a key in the context's year. */
export function findIndicator(ctx: MetricContext, key: string): Row | undefined {
  const list = rows(ctx, "indicator");
  return list.find((r) => r.key === key);
}

export type Resolved = { token: string; label: string; unit: string; text: string | null; value: TDecimal | null; sources: SourceRef[] };

export function formatValue(value: TDecimal | null, places: number | "trim"): string | null {
  if (value === null) return null;
  return places === "trim" ? entered(value) : fixed(value, places);
}

/** Resolves one token for a year; null text when the data is missing (printed as a blank). */
export function resolveToken(ctx: MetricContext, token: string): Resolved | null {
  const province = PROVINCE_TOKEN.exec(token);
  if (province) {
    const f = ctx.data.province?.get(ctx.year)?.get(province[1]!); // the pattern's group always takes part
    return { token, label: f?.label ?? province[1]!, unit: f?.unit ?? "", text: f?.text ?? null, value: f?.value ?? null, sources: [] };
  }
  if (token.startsWith("indicator.")) {
    const key = token.slice("indicator.".length);
    const ind = findIndicator(ctx, key);
    if (!ind) return { token, label: key, unit: "", text: null, value: null, sources: [] };
    const value = dec(String(ind.value));
    return {
      token,
      label: String(ind.label),
      unit: printed(ind.unit ?? ""),
      value,
      // An amount in 万元 prints as money everywhere (12.50, not 12.5); other values as entered.
      text: printed(ind.unit ?? "").trim() === MONEY_UNIT ? money(value) : entered(value),
      sources: [sourceOf("indicator", ind)],
    };
  }
  const def = TOKENS[token];
  if (!def) return null;
  const { value, sources } = def.compute(ctx);
  return { token, label: def.label, unit: def.unit, value, text: formatValue(value, def.places), sources };
}

/** A value as the report prints it: the number with its unit (「94.81%」), or null when it is missing. */
export function withUnit(r: { text: string | null; unit: string }): string | null {
  return r.text === null ? null : `${r.text}${r.unit}`;
}

/**
 * Tokens print with their units. Narratives written before they did (the demo's, last year's carried
 * ones) write the unit after the token themselves — 「{{employment.placementRate}}%」 — so that
 * written unit is dropped here and the unit is printed once, from the registry.
 */
export function dropWrittenUnits(text: string, unitOf: (token: string) => string): string {
  let out = "";
  let at = 0;
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    const end = m.index + m[0].length;
    const unit = unitOf(m[1]!); // TOKEN_PATTERN's group always takes part
    out += text.slice(at, end);
    at = unit && text.startsWith(unit, end) ? end + unit.length : end;
  }
  return out + text.slice(at);
}

/** The tokens a text uses, in order of first appearance. */
export function tokensIn(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN_PATTERN)].map((m) => m[1]!))]; // TOKEN_PATTERN's group always takes part
}

export type TokenProblem = { token: string; reason: "unknown" | "malformed" };

/**
 * Checks a narrative's tokens: each must be a computed token or indicator.KEY with a key that
 * exists among `indicatorKeys`. Stray braces count as malformed.
 */
export function validateTokens(text: string, indicatorKeys: Iterable<string>): TokenProblem[] {
  const keys = new Set(indicatorKeys);
  const problems: TokenProblem[] = [];
  for (const token of tokensIn(text)) {
    if (TOKENS[token] || PROVINCE_TOKEN.test(token)) continue;
    if (token.startsWith("indicator.")) {
      const key = token.slice("indicator.".length);
      if (keys.has(key)) continue;
    }
    problems.push({ token, reason: "unknown" });
  }
  const rest = text.replace(TOKEN_PATTERN, "");
  if (/\{\{|\}\}/.test(rest)) problems.push({ token: rest.match(/\{\{[^\n]{0,30}|[^\n]{0,30}\}\}/)?.[0] ?? "{{", reason: "malformed" });
  return problems;
}
