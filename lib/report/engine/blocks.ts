import { enumLabel } from "../../records/labels";
import { formatPrizes } from "../../records/format";
import type { ModelName } from "../../records/kinds";
import { barChart, pieChart } from "./charts";
import { isBlank, type ReportData, type Row, rowsOfKind, sourceOf, yearRowsOf } from "../model/data";
import { dec, entered, fixed, money, percent, placesOf, sum } from "../../decimal";
import { MISSING, type FigureBlock, type SourceRef, type TableBlock, type TableRow } from "../model/document";
import { certificateMetrics, employmentMetrics, fundingMetrics, trainingMetrics } from "../tokens/metrics";
import type { BlockName } from "../model/tables";
import { findIndicator, type MetricContext, table1Awards } from "../tokens/tokens";
import { printed } from "../../text";
import { investmentOf, partnerTotals } from "../../partners/totals";

/**
 * The generated data blocks an outline section can name (lib/report/model/templates.ts BlockName):
 * tables and charts built from records. Rows carry the ids of the records they show; totals,
 * rates and shares are computed here and never stored.
 */

type Ctx = MetricContext & { topics: readonly string[]; data: Partial<Pick<ReportData, "partners">> };

const inTopics = (ctx: Ctx, r: Row) => r.topic == null || r.topic === "" || ctx.topics.includes(printed(r.topic));
const yearRows = <M extends ModelName>(ctx: Ctx, model: M) => yearRowsOf(ctx.data, model, ctx.year).filter((r) => inTopics(ctx, r));
const trimNum = (v: unknown) => entered(v == null ? "" : printed(v));
const unapproved = (sources: SourceRef[]) => (sources.some((s) => s.unapproved) ? { unapproved: true as const } : {});

// Callers pass sources[i]! where sources was mapped from the same list as the row: same index, always present.
function row(id: string, cells: string[], sources: SourceRef[], extra: Partial<TableRow> = {}): TableRow {
  return { id, cells, sources, ...unapproved(sources), ...extra };
}

function table(key: string, caption: string, columns: string[], rows: TableRow[], extra: Partial<TableBlock> = {}): TableBlock {
  return { type: "table", key, number: 0, caption, columns, rows, ...extra };
}

/** 表1 学生各级各类技能竞赛获奖: 序号, 名称, 获奖及人次. */
export function competitionAwardsTable(ctx: Ctx): TableBlock | null {
  const list = table1Awards(ctx, ctx.topics);
  if (!list.length) return null;
  return table(
    "table:competition-awards",
    "学生各级各类技能竞赛获奖",
    ["序号", "名称", "获奖及人次"],
    list.map((r, i) => row(r.id, [String(i + 1), r.competition, formatPrizes(r.prizes)], [sourceOf("competitionAward", r)])),
  );
}

/** 备注 of 表2, from the change, its year and the note: 2022年新增, 拟新增, 2023年拟新增, 联合本科培养. */
export function majorRemark(m: Record<string, unknown>): string {
  const year = m.changeYear == null || m.changeYear === "" ? "" : `${printed(m.changeYear)}年`;
  // No change stated this year (a carried major not yet confirmed) is missing, not 保留.
  const change =
    m.change == null || m.change === "" ? MISSING : m.change === "NEW" ? `${year}新增` : m.change === "PLANNED" ? `${year}拟新增` : "";
  return [change, typeof m.note === "string" ? m.note : ""].filter(Boolean).join("；");
}

/** 表2 专业（群）调整设置情况表, grouped by 专业群 with 序号 restarting in each group. */
export function majorsTable(ctx: Ctx): TableBlock | null {
  const list = yearRows(ctx, "major");
  if (!list.length) return null;
  const groups = [...new Set(list.map((m) => printed(m.group ?? "未分专业群")))];
  const rows: TableRow[] = [];
  for (const g of groups) {
    list
      .filter((m) => printed(m.group ?? "未分专业群") === g)
      .forEach((m, i) =>
        rows.push(
          row(
            m.id,
            [String(i + 1), `${String(m.name)}（${String(m.code)}）`, printed(m.industry ?? ""), majorRemark(m)],
            [sourceOf("major", m)],
            { group: g },
          ),
        ),
      );
  }
  return table("table:majors", `${ctx.year}年学院专业（群）调整设置情况表`, ["序号", "专业名称", "专业关联产业", "备注"], rows, {
    groupColumn: "专业群名称",
  });
}

export function certificatesTable(ctx: Ctx): TableBlock | null {
  const list = yearRows(ctx, "certificatePilot");
  if (!list.length) return null;
  const m = certificateMetrics(list);
  const rate = (passed: number, examined: number) => {
    const p = percent(passed, examined);
    return p ? `${fixed(p, 1)}%` : "";
  };
  const sources = list.map((r) => sourceOf("certificatePilot", r));
  return table(
    "table:certificate-pilots",
    "1+X证书制度试点情况",
    ["序号", "证书名称", "等级", "试点专业", "计划人数", "培训人数", "考证人数", "通过人数", "通过率"],
    [
      ...list.map((r, i) =>
        row(
          r.id,
          [
            String(i + 1),
            r.certificate,
            r.level,
            r.pilotMajors.join("、"),
            String(r.planned),
            String(r.trained),
            String(r.examined),
            String(r.passed),
            rate(r.passed, r.examined),
          ],
          [sources[i]!],
        ),
      ),
      row(
        "total",
        [
          "合计",
          `${m.count}个证书`,
          "",
          `${m.pilotMajors}个专业`,
          String(m.planned),
          String(m.trained),
          String(m.examined),
          String(m.passed),
          m.passRate ? `${fixed(m.passRate, 1)}%` : "",
        ],
        sources,
        { total: true },
      ),
    ],
  );
}

export function employmentTable(ctx: Ctx): TableBlock | null {
  const all = rowsOfKind(ctx.data, "employmentStat").filter((r) => inTopics(ctx, r));
  const own = all.filter((r) => r.cohort === ctx.year);
  if (!own.length) return null;
  const m = employmentMetrics(all, ctx.year);
  const sources = own.map((r) => sourceOf("employmentStat", r));
  const prevRows = all.filter((r) => r.cohort === ctx.year - 1);
  const note =
    m.prevRate && m.placementRateChange
      ? `${ctx.year - 1}届毕业去向落实率为${fixed(m.prevRate)}%，${ctx.year}届比${ctx.year - 1}届${m.placementRateChange.isNegative() ? "降低" : "高"}${fixed(m.placementRateChange.abs())}个百分点。`
      : undefined;
  return table(
    "table:employment",
    `${ctx.year}届毕业生分专业毕业去向落实情况`,
    ["序号", "专业", "毕业生数（人）", "落实去向人数（人）", "毕业去向落实率", "月均收入（元）"],
    [
      ...own.map((r, i) => {
        const rate = percent(r.placed, r.graduates);
        return row(
          r.id,
          [
            String(i + 1),
            r.majorName,
            String(r.graduates),
            String(r.placed),
            rate ? `${fixed(rate)}%` : "",
            // Entered per major: printed as entered (4030 → 4030), never rounded.
            r.monthlySalary == null ? "" : entered(r.monthlySalary),
          ],
          [sources[i]!],
        );
      }),
      row(
        "total",
        [
          "合计",
          `${m.majors}个专业`,
          String(m.graduates),
          String(m.placed),
          m.placementRate ? `${fixed(m.placementRate)}%` : "",
          m.averageSalary ? fixed(m.averageSalary, 0) : "",
        ],
        [...sources, ...prevRows.map((r) => sourceOf("employmentStat", r))],
        { total: true },
      ),
    ],
    note ? { note } : {},
  );
}

export function trainingTable(ctx: Ctx): TableBlock | null {
  const list = yearRows(ctx, "socialTraining");
  if (!list.length) return null;
  const m = trainingMetrics(list);
  const sources = list.map((r) => sourceOf("socialTraining", r));
  const pct = (v: ReturnType<typeof percent>) => (v ? `${fixed(v)}%` : "");
  return table(
    "table:social-training",
    "社会培训项目情况",
    ["序号", "培训项目", "类型", "方式", "学时", "人次"],
    [
      ...list.map((r, i) =>
        row(
          r.id,
          [String(i + 1), r.name, enumLabel(r.category), enumLabel(r.mode), trimNum(r.hours), String(r.personTimes)],
          [sources[i]!],
        ),
      ),
      row(
        "skill",
        ["", "其中：职业技能培训", pct(m.skillShare), "", trimNum(m.skillHours), ""],
        sources.filter((_s, i) => list[i]!.category === "SKILL"),
        { total: true },
      ),
      row(
        "public",
        ["", "其中：公益性培训", pct(m.publicShare), "", trimNum(m.publicHours), ""],
        sources.filter((_s, i) => list[i]!.category === "PUBLIC_INTEREST"),
        { total: true },
      ),
      row(
        "total",
        [
          "合计",
          `${m.programmes}个项目`,
          "",
          `线上${trimNum(m.onlineHours)}／线下${trimNum(m.offlineHours)}`,
          trimNum(m.hours),
          String(m.personTimes),
        ],
        sources,
        { total: true },
      ),
    ],
    { note: "“类型”列的合计行为该类学时占全部培训学时的比例。" },
  );
}

type LubanCount = "enrolled" | "trained" | "teachers" | "teachersTrained";
const LUBAN_COUNTS: LubanCount[] = ["enrolled", "trained", "teachers", "teachersTrained"];
const missing = isBlank;

export function lubanTable(ctx: Ctx): TableBlock | null {
  const list = yearRows(ctx, "lubanWorkshop");
  if (!list.length) return null;
  const sources = list.map((r) => sourceOf("lubanWorkshop", r));
  const cell = (v: unknown) => (missing(v) ? MISSING : printed(v));
  // A total over workshops of which one left the count empty is not known: a signed report that
  // printed the sum of the others would state an undercount as the total. It prints "—" and the
  // note says why (the consistency panel names the workshop, publishing asks to confirm it).
  const total = (f: LubanCount) => (list.some((r) => missing(r[f])) ? MISSING : String(list.reduce((a, r) => a + Number(r[f]), 0)));
  const gaps = list.some((r) => LUBAN_COUNTS.some((f) => missing(r[f])));
  return table(
    "table:luban-workshops",
    "鲁班工坊建设与运行情况",
    ["工坊", "合作院校", "国家", "开设专业", "招生（人）", "培训当地学生（人）", "合作院校师资（人）", "培训师资（人）"],
    [
      ...list.map((r, i) =>
        row(r.id, [r.name, r.partner, r.country, r.majors.join("、"), ...LUBAN_COUNTS.map((f) => cell(r[f]))], [sources[i]!]),
      ),
      ...(list.length > 1 ? [row("total", ["合计", "", "", "", ...LUBAN_COUNTS.map(total)], sources, { total: true })] : []),
    ],
    gaps ? { note: `“${MISSING}”表示本年度未填报；有未填报项的列不计合计。` } : {},
  );
}

const INCOME_CATEGORIES = ["BASIC_APPROPRIATION", "SPECIAL_APPROPRIATION", "OPERATING", "OTHER_OPERATING", "OTHER_INCOME"] as const;

function incomeRows(ctx: Ctx) {
  return yearRows(ctx, "fundingItem").filter((r) => r.direction === "INCOME");
}

/**
 * Income by category with amounts and shares of the total. Amounts print as entered (3.465 stays
 * 3.465, at least two decimals); a subtotal or the total with the precision of its most precise
 * item (`places`), so the column adds up; shares are rates (2 decimals, half up).
 */
export function incomeComposition(ctx: Ctx) {
  const list = incomeRows(ctx);
  const m = fundingMetrics(list);
  return {
    total: m.incomeTotal,
    places: Math.max(placesOf(list.map((r) => r.amount)), 2),
    list,
    parts: INCOME_CATEGORIES.map((c) => {
      const items = list.filter((r) => r.category === c);
      const amount = sum(items.map((r) => r.amount));
      // A subtotal keeps the precision of its own items (3885.83, while 专项 with its 3.465 is 8078.125).
      const places = placesOf(items.map((r) => r.amount));
      return { category: c, label: enumLabel(c), amount, places, share: percent(amount, m.incomeTotal), items };
    }).filter((p) => p.items.length > 0),
  };
}

export function fundingTable(ctx: Ctx): TableBlock | null {
  const { total, places, parts, list } = incomeComposition(ctx);
  if (!list.length) return null;
  const rows: TableRow[] = [];
  for (const p of parts) {
    const sources = p.items.map((r) => sourceOf("fundingItem", r));
    rows.push(
      row(`cat-${p.category}`, [p.label, "小计", money(p.amount, p.places), p.share ? `${fixed(p.share)}%` : ""], sources, {
        total: true,
        group: p.label,
      }),
    );
    p.items.forEach((r, i) => {
      const share = percent(r.amount, total);
      rows.push(row(r.id, [p.label, r.name, money(r.amount), share ? `${fixed(share)}%` : ""], [sources[i]!], { group: p.label }));
    });
  }
  rows.push(
    row(
      "total",
      ["合计", "办学经费总收入", money(total, places), "100.00%"],
      list.map((r) => sourceOf("fundingItem", r)),
      { total: true },
    ),
  );
  return table(
    "table:funding-income",
    `${ctx.year}年学院办学经费收入明细`,
    ["类别", "项目", "金额（万元）", "占总收入比例"],
    rows.map(({ group: _g, ...r }) => r),
  );
}

function chartFigure(id: string, chart: string, caption: string, alt: string, svg: string, sources: SourceRef[]): FigureBlock {
  return { type: "figure", id, number: 0, caption, alt, svg, chart, sources, ...unapproved(sources) };
}

/** 图95: income composition as a ring chart with amounts and shares. */
export function fundingChart(ctx: Ctx, caption?: string, id = "chart-funding-income"): FigureBlock | null {
  const { total, places, parts, list } = incomeComposition(ctx);
  if (!list.length || total.isZero()) return null;
  // The same amounts as the table (fundingTable), shares as rates.
  const slices = parts.map((p) => ({
    name: p.label,
    value: Number(p.amount),
    label: `${p.label}\n${money(p.amount, p.places)}万元（${p.share ? fixed(p.share) : "0.00"}%）`,
  }));
  const amount = (v: ReturnType<typeof dec>) => money(v, places);
  const alt = `办学经费总收入${amount(total)}万元，其中${parts.map((p) => `${p.label}${money(p.amount, p.places)}万元，占${p.share ? fixed(p.share) : "0.00"}%`).join("；")}。`;
  return chartFigure(
    id,
    "funding-income",
    caption ?? `${ctx.year}年学院办学经费收入构成`,
    alt,
    pieChart(slices, { center: `总收入\n${amount(total)}万元` }),
    list.map((r) => sourceOf("fundingItem", r)),
  );
}

/** 图94: the share of online lessons the supervisors graded 优, and the rest. */
export function supervisionChart(ctx: MetricContext, caption?: string, id = "chart-supervision-grades"): FigureBlock | null {
  const ind = findIndicator(ctx, "policy.excellentLessonsShare");
  if (!ind) return null;
  const excellent = dec(String(ind.value));
  const other = dec(100).minus(excellent);
  const t = (v: ReturnType<typeof dec>) => v.toString();
  const svg = pieChart(
    [
      { name: "优", value: Number(excellent), label: `评价为优\n${t(excellent)}%` },
      { name: "其他等级", value: Number(other), label: `其他等级\n${t(other)}%` },
    ],
    { height: 340 },
  );
  return chartFigure(
    id,
    "supervision-grades",
    caption ?? "线上教学督导听课情况统计图",
    `督导听课评价为优的线上课堂占${t(excellent)}%，其他等级占${t(other)}%。`,
    svg,
    [sourceOf("indicator", ind)],
  );
}

/** Placement rate by major (a chart that helps the employment section). */
export function employmentChart(ctx: Ctx): FigureBlock | null {
  const own = rowsOfKind(ctx.data, "employmentStat").filter((r) => r.cohort === ctx.year && inTopics(ctx, r));
  if (!own.length) return null;
  const bars = own.map((r) => {
    const p = percent(r.placed, r.graduates);
    return { name: r.majorName, value: p ? Number(fixed(p)) : 0, label: p ? `${fixed(p)}%` : "" };
  });
  return chartFigure(
    "chart-employment",
    "employment",
    `${ctx.year}届毕业生分专业毕业去向落实率`,
    `各专业毕业去向落实率：${bars.map((b) => `${b.name}${b.label}`).join("，")}。`,
    barChart(bars, { max: 100, axisName: "%" }),
    own.map((r) => sourceOf("employmentStat", r)),
  );
}

/** The source of a row from a partner enterprise's report: its public page, not a record. */
export const ENTERPRISE_SOURCE = "enterprise";

/**
 * 校企双元育人: the approved partner-enterprise reports of the year, one row each, and a total row
 * (enterprises, students taken on, programmes, investment in 万元, jobs), computed here.
 */
export function partnerEnterprisesTable(ctx: Ctx): TableBlock | null {
  const list = ctx.data.partners ?? [];
  if (!list.length) return null;
  const t = partnerTotals(list);
  const sources: SourceRef[] = list.map((p) => ({ kind: ENTERPRISE_SOURCE, id: p.slug, year: ctx.year, label: p.name }));
  return table(
    "table:partner-enterprises",
    `${ctx.year}年合作企业参与职业教育情况`,
    ["序号", "企业名称", "所属行业", "接收学生（人）", "共建专业（个）", "设备与培训投入（万元）", "提供岗位（个）"],
    [
      ...list.map((p, i) =>
        row(
          p.id,
          [String(i + 1), p.name, p.industry, String(p.studentsTaken), String(p.jointProgrammes), investmentOf(p), String(p.jobsOffered)],
          [sources[i]!],
        ),
      ),
      row(
        "partner-enterprises-total",
        ["合计", `${t.enterprises}家企业`, "", String(t.studentsTaken), String(t.jointProgrammes), t.investment, String(t.jobsOffered)],
        sources,
        { total: true },
      ),
    ],
    {
      note: `数据取自合作企业提交并经审核的企业参与职业教育年度报告：共${t.enterprises}家企业，接收学生${t.studentsTaken}人，投入${t.investment}万元。`,
    },
  );
}

export type TableOrFigure = TableBlock | FigureBlock;

type Builder = (ctx: Ctx) => TableOrFigure | null;

/**
 * The builder of every block declared in ./tables (keyed by the same names, so a declared block
 * without a builder does not compile). The highlights list and the indicator tables are built by
 * build.ts itself (they need the whole year's data), and so are a province's typical cases (case
 * blocks, not a table or a figure); "chart:employment" is not offered in the editor
 * but an outline that names it still gets its chart.
 */
const BUILDERS: Record<Exclude<BlockName, "list:highlights" | "table:indicators" | "province:typical-cases">, Builder> &
  Record<string, Builder | undefined> = {
  "table:competition-awards": competitionAwardsTable,
  "table:majors": majorsTable,
  "table:certificate-pilots": certificatesTable,
  "table:employment": employmentTable,
  "table:social-training": trainingTable,
  "table:luban-workshops": lubanTable,
  "table:funding-income": fundingTable,
  "table:partner-enterprises": partnerEnterprisesTable,
  "chart:funding-income": (ctx) => fundingChart(ctx),
  "chart:supervision-grades": (ctx) => supervisionChart(ctx),
  "chart:employment": employmentChart,
};

/** A named block for a section, or null when there is nothing to show. */
export function buildNamedBlock(name: string, ctx: Ctx): TableOrFigure | null {
  return Object.hasOwn(BUILDERS, name) ? (BUILDERS[name]?.(ctx) ?? null) : null;
}

/** Renders the chart a Figure record names (Figure.chart), with the record's caption. */
export function chartForFigure(chart: string, ctx: Ctx, caption: string, id: string): FigureBlock | null {
  if (chart === "funding-income") return fundingChart(ctx, caption, id);
  if (chart === "supervision-grades") return supervisionChart(ctx, caption, id);
  return null;
}
