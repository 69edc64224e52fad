import type { ModelName } from "../../records/kinds";
import { assembleDocument } from "../engine/build";
import { type ReportData, rowsOf, SLUG_OF, sourceOf } from "../model/data";
import type { ReportInput } from "../engine/load";
import { dec, entered, fixed, money, sum } from "../../decimal";
import { anchorOf, MISSING, type ReportDocument, type SourceRef } from "../model/document";
import { missingYearFigures, yearFigures } from "../../records/carry";
import { recordLabel, shownRecordIds } from "../engine/other-data";
import { enumLabel } from "../../records/labels";
import { RECORD_KINDS } from "../../records/kinds";
import { type MetricContext, resolveToken, tokensIn, TOKENS, validateTokens } from "../tokens/tokens";
import { printed } from "../../text";

/**
 * The reviewers' consistency panel: numbers in a year's data that disagree with each other, each
 * with a link to the record (or narrative) to fix. Pure over loaded data, so it can be tested on
 * crafted inputs and run against preview data before publication.
 */
export type Issue = {
  code:
    | "STATED_MISMATCH"
    | "TYPED_TOTAL"
    | "RATE_ABOVE_100"
    | "NO_DEPARTMENT"
    | "NO_GROUP"
    | "TOKEN_MISSING"
    | "TOKEN_UNKNOWN"
    | "NOT_IN_OUTLINE"
    | "CASE_TOO_LONG"
    | "APPROVED_NOT_SHOWN"
    | "MISSING_FIGURE"
    // The year's rule pack (lib/report/checks/rule-pack.ts).
    | "TEXT_LENGTH"
    | "REQUIRED_PART"
    | "INDICATOR_EMPTY"
    | "ACADEMIC_YEAR"
    | "COHORT";
  severity: "error" | "warning";
  message: string;
  refs: SourceRef[];
  /** Where to fix it: a record's admin page or the narrative editor. */
  href: string;
};

export const adminRecordHref = (ref: Pick<SourceRef, "kind" | "id">) =>
  ref.kind === "enterprise" ? "/admin/partners" : `/admin/records/${encodeURIComponent(ref.kind)}/${encodeURIComponent(ref.id)}`;
const narrativeHref = (year: number, key: string) => `/admin/report/${year}/sections#${anchorOf("sec", key)}`;

const TOTAL_NAME = /合计|总计|小计|总额|总收入/;

export function checkConsistency(data: ReportData): Issue[] {
  const { year } = data;
  const ctx: MetricContext = { year, data };
  const issues: Issue[] = [];
  const issue = (i: Omit<Issue, "href"> & { href?: string }) =>
    issues.push({ ...i, href: i.href ?? (i.refs[0] ? adminRecordHref(i.refs[0]) : `/admin/report/${year}/preview`) });

  // 1. A stated total, rate or share (an Indicator keyed like a computed value) that the records do not give.
  for (const ind of rowsOf(data, "indicator", year)) {
    const key = String(ind.key);
    const def = TOKENS[key];
    if (!def) continue;
    const computed = resolveToken(ctx, key);
    if (!computed || computed.value === null) continue;
    const places = def.places === "trim" ? 4 : def.places;
    const derived = fixed(computed.value, places);
    if (fixed(String(ind.value), places) !== derived) {
      // What the department typed is quoted at the printed precision, but never rounded (16 → 16.00, 16.005 stays).
      const stated = entered(String(ind.value), { places: def.places === "trim" ? 0 : def.places });
      issue({
        code: "STATED_MISMATCH",
        severity: "error",
        refs: [sourceOf("indicator", ind), ...computed.sources],
        message: `“${String(ind.label)}”填报为${stated}${def.unit}，但由明细记录计算为${derived}${def.unit}（${def.label}应由明细计算，不应重复填报）`,
      });
    }
  }

  // 2. A total typed in as a funding item: it double-counts, and must equal the items it sums.
  const funding = rowsOf(data, "fundingItem", year);
  for (const t of funding.filter((f) => TOTAL_NAME.test(String(f.name)))) {
    const parts = funding.filter(
      (f) =>
        f !== t &&
        f.direction === t.direction &&
        (t.category === "OTHER_INCOME" || f.category === t.category) &&
        !TOTAL_NAME.test(String(f.name)),
    );
    const partsSum = sum(parts.map((p) => String(p.amount)));
    const adds = fixed(partsSum) === fixed(String(t.amount));
    issue({
      code: "TYPED_TOTAL",
      severity: "error",
      refs: [sourceOf("fundingItem", t), ...parts.map((p) => sourceOf("fundingItem", p))],
      message: `经费明细“${String(t.name)}”是合计数（${money(String(t.amount))}万元）${adds ? "" : `，与同类明细之和${money(partsSum)}万元不符`}；合计由明细自动计算，请删除该行`,
    });
  }

  // 3. Rates above 100%.
  for (const e of data.rows.employmentStat.filter((r) => r.year === year || r.cohort === year)) {
    if (Number(e.placed) > Number(e.graduates)) {
      issue({
        code: "RATE_ABOVE_100",
        severity: "error",
        refs: [sourceOf("employmentStat", e)],
        message: `${String(e.cohort)}届“${String(e.majorName)}”落实去向人数${String(e.placed)}大于毕业生数${String(e.graduates)}，落实率超过100%`,
      });
    }
    for (const f of ["satisfaction", "relatedness"] as const) {
      if (e[f] != null && dec(printed(e[f])).greaterThan(100)) {
        issue({
          code: "RATE_ABOVE_100",
          severity: "error",
          refs: [sourceOf("employmentStat", e)],
          message: `“${String(e.majorName)}”的${f === "satisfaction" ? "满意度" : "专业相关度"}为${printed(e[f])}%，超过100%`,
        });
      }
    }
  }
  for (const c of rowsOf(data, "certificatePilot", year)) {
    if (Number(c.passed) > Number(c.examined)) {
      issue({
        code: "RATE_ABOVE_100",
        severity: "error",
        refs: [sourceOf("certificatePilot", c)],
        message: `1+X证书“${String(c.certificate)}”通过人数${String(c.passed)}大于考证人数${String(c.examined)}，通过率超过100%`,
      });
    }
  }
  for (const ind of rowsOf(data, "indicator", year)) {
    if (String(ind.unit) === "%" && dec(String(ind.value)).greaterThan(100)) {
      issue({
        code: "RATE_ABOVE_100",
        severity: "error",
        refs: [sourceOf("indicator", ind)],
        message: `单项指标“${String(ind.label)}”为${String(ind.value)}%，超过100%`,
      });
    }
  }
  for (const w of rowsOf(data, "lubanWorkshop", year)) {
    if (w.teachersTrained != null && w.teachers != null && Number(w.teachersTrained) > Number(w.teachers)) {
      issue({
        code: "RATE_ABOVE_100",
        severity: "warning",
        refs: [sourceOf("lubanWorkshop", w)],
        message: `“${String(w.name)}”培训师资${printed(w.teachersTrained)}人多于师资总数${printed(w.teachers)}人`,
      });
    }
  }

  // 4. Table rows with no department, and 表2 rows with no 专业群.
  for (const model of Object.keys(data.rows) as ModelName[]) {
    for (const r of rowsOf(data, model, year)) {
      if (!r.departmentId || !data.departments.has(String(r.departmentId))) {
        const label = recordLabel(model, r);
        issue({
          code: "NO_DEPARTMENT",
          severity: "error",
          refs: [sourceOf(model, r)],
          message: `${SLUG_OF[model]}记录“${label}”没有所属部门`,
        });
      }
    }
  }
  for (const m of rowsOf(data, "major", year)) {
    if (!m.group)
      issue({
        code: "NO_GROUP",
        severity: "warning",
        refs: [sourceOf("major", m)],
        message: `专业“${String(m.name)}”未填写专业群，在专业调整表中将列入“未分专业群”`,
      });
  }

  // 5. Narrative tokens that are unknown or have no data.
  const indicatorKeys = new Set(data.rows.indicator.map((i) => String(i.key)));
  for (const s of data.outline) {
    for (const p of validateTokens(s.narrative, indicatorKeys)) {
      issue({
        code: "TOKEN_UNKNOWN",
        severity: "error",
        refs: [],
        href: narrativeHref(year, s.key),
        message: `“${s.title}”的叙述引用了未知数据项 {{${p.token}}}`,
      });
    }
    for (const token of tokensIn(s.narrative)) {
      const r = resolveToken(ctx, token);
      if (r && r.text === null) {
        issue({
          code: "TOKEN_MISSING",
          severity: "error",
          refs: [],
          href: narrativeHref(year, s.key),
          message: `“${s.title}”的叙述引用的“${r.label}”（{{${token}}}）没有数据，报告中将显示为空`,
        });
      }
    }
  }

  // 6. Cases and figures filed under a topic that no section of the outline shows.
  const shown = new Set(data.outline.flatMap((s) => s.topics));
  const caseIds = new Set(rowsOf(data, "case", year).map((c) => c.id));
  for (const c of rowsOf(data, "case", year)) {
    if (!shown.has(String(c.topic)))
      issue({
        code: "NOT_IN_OUTLINE",
        severity: "warning",
        refs: [sourceOf("case", c)],
        message: `案例“${String(c.title)}”所属栏目不在本年度大纲中，报告中不会出现`,
      });
  }
  for (const f of rowsOf(data, "figure", year)) {
    const inCase = typeof f.caseId === "string" && caseIds.has(f.caseId);
    if (!inCase && !shown.has(String(f.topic)))
      issue({
        code: "NOT_IN_OUTLINE",
        severity: "warning",
        refs: [sourceOf("figure", f)],
        message: `图片“${String(f.caption)}”所属栏目不在本年度大纲中，报告中不会出现`,
      });
  }
  issues.push(...checkMissingFigures(data));
  return issues;
}

/**
 * Approved records of the year that leave a figure of the year itself empty (a carried workshop's
 * enrolment, a major's change: `yearly` in the declaration). The report prints "—" for it and
 * no total over it; the publisher confirms the hole before a signed report goes out (publish.ts).
 */
export function checkMissingFigures(data: Pick<ReportData, "rows" | "year">): Issue[] {
  const issues: Issue[] = [];
  for (const kind of RECORD_KINDS) {
    if (!yearFigures(kind).length) continue;
    for (const r of rowsOf(data, kind.model, data.year)) {
      if (r.status !== "APPROVED") continue;
      const missing = missingYearFigures(kind, r);
      if (!missing.length) continue;
      const label = recordLabel(kind.model, r);
      const ref = sourceOf(kind.model, r);
      issues.push({
        code: "MISSING_FIGURE",
        severity: "warning",
        refs: [ref],
        href: adminRecordHref(ref),
        message: `${kind.zh}“${label}”已审核，但未填写本年度的${missing.map((f) => kind.fields[f]!.zh).join("、")}：报告中显示为“${MISSING}”，相关合计不予计算`,
      });
    }
  }
  return issues;
}

export const NOT_SHOWN_TITLE = "已审核但未展示 / approved but not shown";

/**
 * Approved records of the year that the built report shows nowhere: no narrative token quotes
 * them, no table, chart, case or highlight lists them, and no section's 「其他已审核数据」 takes
 * them because no section of the outline holds their topic (or they have none). Cases and
 * figures outside the outline are checkConsistency's NOT_IN_OUTLINE and not repeated here.
 * `document` is the report built from the same data, when the caller has it.
 */
export function checkApprovedNotShown(data: ReportInput, document: ReportDocument = assembleDocument(data)): Issue[] {
  const shown = shownRecordIds(document.chapters, document.appendix);
  const outlineTopics = new Set(data.outline.flatMap((s) => s.topics));
  const issues: Issue[] = [];
  for (const kind of RECORD_KINDS) {
    for (const r of rowsOf(data, kind.model, data.year)) {
      if (r.status !== "APPROVED" || shown.has(r.id)) continue;
      const label = recordLabel(kind.model, r);
      const topic = typeof r.topic === "string" && r.topic ? r.topic : null;
      if ((kind.model === "case" || kind.model === "figure") && !(topic && outlineTopics.has(topic))) continue;
      const why = !topic
        ? "它没有所属栏目"
        : !outlineTopics.has(topic)
          ? `它的栏目“${enumLabel(topic)}”不在本年度大纲中`
          : "报告中没有展示它的位置";
      const ref = sourceOf(kind.model, r);
      issues.push({
        code: "APPROVED_NOT_SHOWN",
        severity: "warning",
        refs: [ref],
        href: adminRecordHref(ref),
        message: `${kind.zh}“${label}”已审核，但报告中没有展示：${why}。请为它选择大纲中的栏目，或在叙述中引用它`,
      });
    }
  }
  return issues;
}
