import type { PrismaClient, RecordStatus } from "../../generated/prisma/client";
import { toJsonRecord } from "../../records/db-data";
import { RECORD_KINDS, type ModelName } from "../../records/kinds";
import { ALL_KINDS_INCLUDE, flatten } from "../../records/store";
import type { TRulePack } from "../../rules/pack";
import { shippedPack } from "../../rules/shipped";
import { loadRulePack } from "../../rules/store";
import type { ReportData, Row } from "../model/data";
import { declarationOf } from "../model/declaration";
import type { ReportMode } from "../model/document";
import { aggregateTables, printedFigure } from "../../province/aggregates";
import { photosOf } from "../../province/photos";
import type { ProvinceFigure, TypicalCase } from "../model/data";
import { entered } from "../../decimal";

/**
 * A year's report as read from the database: its rows (lib/report/model/data.ts) and the year's rule pack.
 * The pack sits here, not in ReportData, because the pack's schema checks token names against
 * lib/report/tokens/tokens.ts, which reads ReportData: rows below, pack above, no loop.
 */
export type ReportInput = ReportData & {
  /** The year's rule pack (templateKey names it): indicator tables, length rules, required parts, year checks. */
  rulePack: TRulePack;
};

const PREVIEW_REVISIONS = new Set(["DRAFT", "SUBMITTED"]);

function normalise(raw: Record<string, unknown>, mode: ReportMode): Row {
  const { pending, revisionStatus, author: _a, reportYear: _y, department: _d, recordKind: _k, deletedAt: _del, ...rest } = raw;
  let row = toJsonRecord(rest) as Row;
  if (mode === "preview") {
    if (row.status !== "APPROVED") row = { ...row, unapproved: true };
    else if (pending && typeof pending === "object" && PREVIEW_REVISIONS.has(String(revisionStatus))) {
      row = { ...row, ...(pending as Record<string, unknown>), id: row.id, year: row.year, unapproved: true };
    }
  }
  return row;
}

export async function loadReportData(options: { prisma: PrismaClient; year: number; mode: ReportMode }): Promise<ReportInput | null> {
  const { prisma, year, mode } = options;
  const reportYear = await prisma.reportYear.findUnique({ where: { year } });
  if (!reportYear) return null;
  const status: RecordStatus[] = mode === "approved" ? ["APPROVED"] : ["DRAFT", "SUBMITTED", "APPROVED"];

  const [rulePack, institution, outline, departments, records, partners] = await Promise.all([
    // A year whose pack is gone (it cannot be deleted, but a restored backup might lack it) reads as 2022, as before packs.
    loadRulePack(reportYear.templateKey, prisma).then((p) => p ?? shippedPack("2022")),
    prisma.institution.findFirst({ orderBy: { createdAt: "asc" } }),
    prisma.outlineSection.findMany({ where: { year }, orderBy: { sortOrder: "asc" } }),
    prisma.department.findMany({ select: { id: true, name: true } }),
    prisma.record.findMany({
      where: { year: { in: [year - 1, year] }, status: { in: status }, deletedAt: null },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      include: ALL_KINDS_INCLUDE,
      relationLoadStrategy: "join",
    }),
    // Partner reports are the enterprises' own, not college records: approved ones only, in either mode.
    prisma.partnerReport.findMany({
      where: { year, status: "APPROVED" },
      include: { enterprise: { select: { slug: true, name: true } } },
      orderBy: { enterprise: { name: "asc" } },
    }),
  ]);

  const rows = Object.fromEntries(RECORD_KINDS.map((k) => [k.model, [] as Row[]])) as Record<ModelName, Row[]>;
  for (const r of records) rows[r.kind as ModelName]?.push(normalise(flatten(r), mode));
  const files = new Map<string, string>();
  for (const f of rows.figure) if (typeof f.fileId === "string" && f.fileId) files.set(f.id, f.fileId);

  return {
    year,
    academicYear: reportYear.academicYear,
    title: reportYear.title ?? `${year}年度质量报告`,
    templateKey: reportYear.templateKey,
    rulePack,
    institution: institution?.name ?? "",
    region: institution?.region ?? null,
    logoFileId: institution?.logoFileId ?? null,
    declaration: declarationOf(institution),
    mode,
    outline: outline.map((s) => ({
      key: s.key,
      parentKey: s.parentKey,
      level: s.level,
      sortOrder: s.sortOrder,
      number: s.number,
      title: s.title,
      narrative: s.narrative,
      topics: s.topics,
      blocks: Array.isArray(s.blocks) ? (s.blocks as string[]) : [],
      blockOptions: s.blockOptions,
      version: s.version,
    })),
    departments: new Map(departments.map((d) => [d.id, d.name])),
    rows,
    files,
    ...(institution && institution.kind !== "COLLEGE"
      ? { province: await provinceFigures(prisma, year), typicalCases: await typicalCases(prisma, year) }
      : {}),
    partners: partners.map((p) => ({
      id: p.id,
      slug: p.enterprise.slug,
      name: p.enterprise.name,
      industry: p.industry,
      studentsTaken: p.studentsTaken,
      jointProgrammes: p.jointProgrammes,
      equipmentInvestment: p.equipmentInvestment.toString(),
      trainingInvestment: p.trainingInvestment.toString(),
      jobsOffered: p.jobsOffered,
    })),
  };
}

/** A province's report quotes the aggregates over its colleges' current submissions: this year's and last year's, by row code. */
async function provinceFigures(prisma: PrismaClient, year: number): Promise<Map<number, Map<string, ProvinceFigure>>> {
  const byYear = new Map<number, Map<string, ProvinceFigure>>();
  const tables = await aggregateTables(prisma, year);
  for (const [y, pick] of [
    [year, "current"],
    [year - 1, "previous"],
  ] as const) {
    const figures = new Map<string, ProvinceFigure>();
    for (const row of tables.flatMap((t) => t.rows)) {
      const f = row[pick].get("");
      const text = printedFigure(f, row.unit);
      figures.set(row.code, { label: row.label, unit: row.unit, text: text || null, value: f?.value ?? null });
      // A rate's sums, so the provincial pack's rate rows name their numerator and denominator as a college's do.
      for (const part of ["numerator", "denominator"] as const) {
        const v = f?.method === "ratio" ? f[part] : null;
        figures.set(`${row.code}.${part}`, {
          label: `${row.label}（${part === "numerator" ? "分子" : "分母"}）`,
          unit: "",
          text: v ? entered(v) : null,
          value: v,
        });
      }
    }
    byYear.set(y, figures);
  }
  return byYear;
}

/** The typical cases picked from the colleges' current packages of the year, first picked first, with their photos. */
async function typicalCases(prisma: PrismaClient, year: number): Promise<TypicalCase[]> {
  const rows = await prisma.pooledCase.findMany({
    where: { year, current: true, pickedAt: { not: null } },
    orderBy: [{ pickedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      year: true,
      title: true,
      subtitle: true,
      text: true,
      photos: true,
      submission: { select: { college: { select: { name: true } } } },
    },
  });
  const photos = new Map(rows.map((r) => [r.id, photosOf(r.photos)]));
  // Picking a case makes its photos' web copies (lib/province/cases.ts); one that could not be made prints as a placeholder.
  const files = await prisma.storedFile.findMany({
    where: { id: { in: [...photos.values()].flat().map((p) => p.fileId) } },
    select: { id: true, variants: true },
  });
  const shown = new Set(files.filter((f) => f.variants && typeof f.variants === "object" && "web" in f.variants).map((f) => f.id));
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    college: r.submission.college.name,
    title: r.title,
    subtitle: r.subtitle,
    text: r.text,
    photos: photos.get(r.id)!.map((p) => ({ caption: p.caption, fileId: shown.has(p.fileId) ? p.fileId : null })),
  }));
}
