import type { PrismaClient } from "../../generated/prisma/client";
import { RECORD_KINDS } from "../../records/kinds";
import { db } from "../../server/db";
import { anchorOf } from "../model/document";
import type { Issue } from "./consistency";

/**
 * What is not ready to publish in a year, beside the numbers the consistency panel compares:
 * records still under review or returned, pending revisions, cases whose photos are not approved,
 * figures still drawn as a placeholder, and sections with no narrative. These read the database
 * (workflow states the report data leaves out), so they live apart from the pure checks in
 * consistency.ts; both lists show on the panel, and publishing names these before it goes ahead.
 */
export type ReadinessCode = "UNREVIEWED" | "PENDING_REVISION" | "CASE_PHOTOS" | "PLACEHOLDER" | "NO_NARRATIVE" | "MISSING_FIGURE";
export type ReadinessIssue = Omit<Issue, "code"> & { code: ReadinessCode };

/** The warnings' names, as a person reads them (the publish confirmation lists these). */
export const READINESS_LABELS: Record<ReadinessCode, string> = {
  UNREVIEWED: "仍有待审核或被退回的记录",
  PENDING_REVISION: "仍有待审核的修订",
  CASE_PHOTOS: "案例的照片尚未通过审核",
  PLACEHOLDER: "图片仍为占位图",
  NO_NARRATIVE: "章节没有叙述文字",
  MISSING_FIGURE: "已审核的记录缺少本年度数据，报告中显示为“—”",
};
/** The same names in English, for a reader who chose English. */
const READINESS_LABELS_EN: Record<ReadinessCode, string> = {
  UNREVIEWED: "Records still awaiting review or returned",
  PENDING_REVISION: "Revisions still awaiting review",
  CASE_PHOTOS: "Case photos not yet approved",
  PLACEHOLDER: "Pictures still placeholders",
  NO_NARRATIVE: "Sections without text",
  MISSING_FIGURE: "Approved records lack this year's figures (printed as “—”)",
};

/**
 * The consistency panel's missing figures (consistency.ts checkMissingFigures) as warnings the
 * publisher confirms: a report signed as true with a figure nobody entered is published only
 * knowingly. They are computed from report data, not here, so the panel does not list them twice.
 */
export function missingFigureWarnings(issues: readonly Issue[]): ReadinessIssue[] {
  return issues.filter((i) => i.code === "MISSING_FIGURE").map((i) => ({ ...i, code: "MISSING_FIGURE" as const }));
}

const STATUS_WORDS = { SUBMITTED: "待审核", RETURNED: "被退回" } as const;

export async function checkReadiness(options: { year: number; prisma?: PrismaClient }): Promise<ReadinessIssue[]> {
  const prisma = options.prisma ?? db();
  const { year } = options;
  const issues: ReadinessIssue[] = [];
  const live = { year, deletedAt: null };
  const [open, revisions, cases, figures, sections] = await Promise.all([
    prisma.record.groupBy({
      by: ["kind", "status"],
      where: { ...live, status: { in: ["SUBMITTED", "RETURNED"] } },
      _count: { _all: true },
    }),
    prisma.record.groupBy({ by: ["kind"], where: { ...live, revisionStatus: { not: null } }, _count: { _all: true } }),
    prisma.record.findMany({
      where: { ...live, kind: "case", status: "APPROVED" },
      select: { id: true, case: { select: { title: true } } },
    }),
    prisma.record.findMany({
      where: { ...live, kind: "figure", status: { not: "RETURNED" } },
      select: { id: true, status: true, figure: { select: { caption: true, caseId: true, fileId: true, chart: true, kind: true } } },
    }),
    prisma.outlineSection.findMany({ where: { year }, orderBy: { sortOrder: "asc" } }),
  ]);

  for (const kind of RECORD_KINDS) {
    const counts = open.filter((g) => g.kind === kind.model);
    if (!counts.length) continue;
    const words = counts.map((g) => `${g._count._all}条${STATUS_WORDS[g.status as keyof typeof STATUS_WORDS]}`).join("、");
    const status = counts.length === 1 ? counts[0]!.status : "SUBMITTED";
    issues.push({
      code: "UNREVIEWED",
      severity: "warning",
      refs: [],
      href: `/admin/records/${kind.slug}?year=${year}&status=${status}`,
      message: `${kind.zh}：${words}，不会出现在发布的版本中`,
    });
  }
  for (const g of revisions) {
    const kind = RECORD_KINDS.find((k) => k.model === g.kind);
    if (!kind) continue;
    issues.push({
      code: "PENDING_REVISION",
      severity: "warning",
      refs: [],
      href: `/admin/review?kind=${kind.slug}`,
      message: `${kind.zh}：${g._count._all}条修订尚未通过，发布的版本仍用原来的内容`,
    });
  }
  const approvedCases = new Map(cases.map((c) => [c.id, c.case?.title ?? ""]));
  for (const [caseId, title] of approvedCases) {
    const waiting = figures.filter((f) => f.figure?.caseId === caseId && f.status !== "APPROVED");
    if (waiting.length)
      issues.push({
        code: "CASE_PHOTOS",
        severity: "warning",
        refs: [],
        href: `/admin/records/cases/${caseId}`,
        message: `案例“${title}”有${waiting.length}张照片尚未通过审核，发布的版本中不显示`,
      });
  }
  for (const f of figures) {
    if (f.status !== "APPROVED" || !f.figure || f.figure.fileId || f.figure.chart || f.figure.kind === "CHART") continue;
    issues.push({
      code: "PLACEHOLDER",
      severity: "warning",
      refs: [],
      href: `/admin/records/figures/${f.id}`,
      message: `图片“${f.figure.caption}”没有上传照片，报告中显示为占位图`,
    });
  }
  const parents = new Set(sections.map((s) => s.parentKey).filter(Boolean));
  for (const s of sections) {
    // A chapter with sections under it may open without text of its own.
    if (s.narrative.trim() || parents.has(s.key)) continue;
    issues.push({
      code: "NO_NARRATIVE",
      severity: "warning",
      refs: [],
      href: `/admin/report/${year}/sections#${anchorOf("sec", s.key)}`,
      message: `“${s.number}${s.title}”没有叙述文字`,
    });
  }
  return issues;
}

/** The distinct warnings, named for a confirmation: 「仍有待审核或被退回的记录（3）」. */
export function summarise(issues: ReadinessIssue[], lang: "zh" | "en" = "zh"): { code: ReadinessCode; label: string; count: number }[] {
  const codes = [...new Set(issues.map((i) => i.code))];
  const labels = lang === "zh" ? READINESS_LABELS : READINESS_LABELS_EN;
  return codes.map((code) => ({ code, label: labels[code], count: issues.filter((i) => i.code === code).length }));
}
