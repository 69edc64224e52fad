import { assembleDocument } from "../engine/build";
import { adminRecordHref, type Issue } from "./consistency";
import { rowsOf, sourceOf } from "../model/data";
import type { ReportInput } from "../engine/load";
import { anchorOf, type ReportDocument, type ReportSection } from "../model/document";
import { renderMarkdown } from "../engine/markdown";
import { BLOCK_LABELS } from "../model/block-options";
import { htmlToText, printed } from "../../text";
import { countChars } from "../../text";

/**
 * The year's rule pack, checked against its report (lib/rules/pack.ts): length of the main text
 * and of each case, the parts the notice requires, every indicator-table row filled, and the
 * academic year and graduate cohort the texts name. Pure over loaded data and the document built
 * from it, like the rest of the consistency panel (lib/report/checks/consistency.ts).
 */

/** Text of rendered HTML as a reader sees it: tags dropped, the few entities markdown writes decoded. */
export const plainText = (html: string): string => htmlToText(html, " ");

// Counted as Word counts 字数; in its own module so the case form's counter (a client component) counts alike.
export { countChars } from "../../text";

const caseChars = (body: unknown) => countChars(plainText(renderMarkdown(printed(body))));

/** Narratives and cases of the document, as printed (tokens filled in), excluding headings, tables and captions. */
export function mainTextChars(document: Pick<ReportDocument, "chapters">): number {
  const visit = (s: ReportSection): number =>
    countChars(plainText(s.html)) +
    s.blocks.reduce((n, b) => n + (b.type === "case" ? countChars(plainText(b.html)) : 0), 0) +
    s.sections.reduce((n, x) => n + visit(x), 0);
  return document.chapters.reduce((n, c) => n + visit(c), 0);
}

/** 「2021-2022学年」「2021—2022学年」「2021至2022学年」 in a text, as [first, second] years. */
const ACADEMIC_YEAR = /(\d{4})\s*[-—–~～至]\s*(\d{4})\s*学年/g;
/** 「2022届」 (a graduate cohort). */
const COHORT = /(\d{4})\s*届/g;

export function checkRulePack(data: ReportInput, document: ReportDocument = assembleDocument(data)): Issue[] {
  const { year, rulePack: pack } = data;
  const issues: Issue[] = [];
  const preview = `/admin/report/${year}/preview`;
  const sectionsHref = `/admin/report/${year}/sections`;
  const named = `规则包“${pack.name}”`;

  // 1. Length: the main text as a whole, then each case.
  const { min, max } = pack.lengthRules.mainText;
  const total = mainTextChars(document);
  if (total < min || total > max)
    issues.push({
      code: "TEXT_LENGTH",
      severity: "warning",
      refs: [],
      href: sectionsHref,
      message: `报告正文（各节叙述与案例）共${total}字，${named}要求${min}–${max}字，${total < min ? `还差${min - total}字` : `超出${total - max}字`}（按字数统计口径：汉字和标点各计1字，连续的英文或数字计1字）`,
    });
  const { caseMax } = pack.lengthRules;
  for (const c of rowsOf(data, "case", year)) {
    const n = caseChars(c.body);
    if (n > caseMax)
      issues.push({
        code: "CASE_TOO_LONG",
        severity: "warning",
        refs: [sourceOf("case", c)],
        href: adminRecordHref({ kind: "cases", id: c.id }),
        message: `案例“${String(c.title)}”正文${n}字，超过${named}规定的每个案例不超过${caseMax}字（多${n - caseMax}字）`,
      });
  }

  // 2. Required parts.
  const required = pack.requiredParts;
  const outlineKeys = new Set(data.outline.map((s) => s.key));
  const packTitles = new Map(
    pack.outline.chapters.flatMap((ch) => [
      [ch.key, `${ch.number}${ch.title}`] as const,
      ...ch.sections.map((s) => [s.key, s.title] as const),
    ]),
  );
  const missingPart = (message: string, href = sectionsHref) =>
    issues.push({ code: "REQUIRED_PART", severity: "error", refs: [], href, message });
  for (const key of required.sections)
    if (!outlineKeys.has(key)) missingPart(`本年度大纲缺少${named}要求的部分“${packTitles.get(key) ?? key}”`);
  const blocksShown = new Set(data.outline.flatMap((s) => s.blocks));
  for (const block of required.blocks)
    if (!blocksShown.has(block)) missingPart(`本年度大纲中没有${named}要求的“${BLOCK_LABELS[block]}”，请把它加到相应栏目`);
  if (required.declaration && !data.declaration.representative)
    missingPart("真实性责任声明缺少法定代表人姓名：请在「学校设置」中填写", "/admin/settings");
  const printedTables = new Set(
    [...document.appendix, ...document.chapters.flatMap((c) => [c, ...c.sections]).flatMap((s) => s.blocks)]
      .filter((b) => b.type === "table")
      .map((b) => b.key),
  );
  if (required.indicatorTables) {
    if (!pack.indicatorTables.length) missingPart(`${named}要求附指标表，但没有列出任何指标表`, "/admin/rule-packs");
    for (const t of pack.indicatorTables)
      if (!printedTables.has(`indicators:${t.key}`)) missingPart(`报告中没有${named}要求的指标表“${t.title}”`, preview);
  }
  if (document.counts.cases < required.minCases)
    missingPart(`报告中有${document.counts.cases}个案例，${named}要求至少${required.minCases}个`, "/admin/records/cases");

  // 3. Every indicator-table row filled for this year (the 本年 column), the empty rows named.
  for (const t of document.appendix.filter((b) => b.key.startsWith("indicators:"))) {
    const empty = t.rows.filter((r) => r.cells[3] === "").map((r) => `${r.cells[0]}.${r.cells[1]}`);
    if (empty.length)
      issues.push({
        code: "INDICATOR_EMPTY",
        severity: "warning",
        refs: [],
        href: "/admin/records/indicators",
        message: `指标表“${t.caption}”有${empty.length}行没有${year}年数据：${empty.join("、")}`,
      });
  }

  // 4. The academic year and the graduate cohort the year stands for.
  const texts = [
    ...data.outline.map((s) => ({
      text: s.narrative,
      where: `“${s.title}”的叙述`,
      href: `${sectionsHref}#${anchorOf("sec", s.key)}`,
      refs: [],
    })),
    ...rowsOf(data, "case", year).map((c) => ({
      text: `${printed(c.title)} ${printed(c.body)}`,
      where: `案例“${printed(c.title)}”`,
      href: adminRecordHref({ kind: "cases", id: c.id }),
      refs: [sourceOf("case", c)],
    })),
  ];
  const expected = `${year - 1}-${year}`;
  if (pack.checks.academicYear) {
    if (data.academicYear !== expected)
      issues.push({
        code: "ACADEMIC_YEAR",
        severity: "error",
        refs: [],
        href: "/admin/years",
        message: `${year}年度的学年应为${expected}，但年度设置为${data.academicYear}`,
      });
    for (const t of texts) {
      // Earlier years are quoted for comparison; a later one, or a 学年 that is not two consecutive years, is a slip.
      const later = [...t.text.matchAll(ACADEMIC_YEAR)]
        .filter((m) => Number(m[2]) > year || Number(m[2]) - Number(m[1]) !== 1)
        .map((m) => m[0]);
      if (later.length)
        issues.push({
          code: "ACADEMIC_YEAR",
          severity: "warning",
          refs: t.refs,
          href: t.href,
          message: `${t.where}写有“${[...new Set(later)].join("”“")}”，与${year}年度（${expected}学年）不符`,
        });
    }
  }
  if (pack.checks.graduateCohort) {
    for (const e of rowsOf(data, "employmentStat", year)) {
      if (Number(e.cohort) !== year)
        issues.push({
          code: "COHORT",
          severity: "warning",
          refs: [sourceOf("employmentStat", e)],
          href: adminRecordHref(sourceOf("employmentStat", e)),
          message: `${year}年度的就业记录“${String(e.majorName)}”是${String(e.cohort)}届；本年度报告的是${year}届毕业生，该记录不会计入就业数字`,
        });
    }
    for (const t of texts) {
      const later = [...t.text.matchAll(COHORT)].map((m) => Number(m[1])).filter((c) => c > year);
      if (later.length)
        issues.push({
          code: "COHORT",
          severity: "warning",
          refs: t.refs,
          href: t.href,
          message: `${t.where}写有“${[...new Set(later)].map((c) => `${c}届`).join("”“")}”，晚于${year}年度报告的${year}届毕业生`,
        });
    }
  }
  return issues;
}
