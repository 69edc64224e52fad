import "server-only";
import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../server/db";
import { assembleDocument, buildReportDocument } from "./engine/build";
import { checkApprovedNotShown, checkConsistency } from "./checks/consistency";
import { loadReportData } from "./engine/load";
import type { SourceRef } from "./model/document";
import { publicRecordHref } from "./engine/html";
import { adminRecordHref } from "./checks/consistency";
import { checkRulePack } from "./checks/rule-pack";
import { diffDocuments, getEdition } from "./editions/editions";

/** Reads for the reviewers' report pages; each asks the policy itself (unapproved data inside). */
export async function previewReport(actor: MaybeActor, year: number) {
  authorize(actor, "report.preview");
  const data = await loadReportData({ prisma: db(), year, mode: "preview" });
  if (!data) return null;
  const document = assembleDocument(data);
  return { document, issues: [...checkConsistency(data), ...checkRulePack(data, document), ...checkApprovedNotShown(data, document)] };
}

export async function consistencyReport(actor: MaybeActor, year: number, mode: "preview" | "approved") {
  authorize(actor, "report.preview");
  const data = await loadReportData({ prisma: db(), year, mode });
  if (!data) return null;
  const document = assembleDocument(data);
  return [...checkConsistency(data), ...checkRulePack(data, document), ...checkApprovedNotShown(data, document)];
}

/** In preview, a source that is not approved yet opens in the admin record page. */
export const previewRecordHref = (ref: SourceRef) => (ref.unapproved ? adminRecordHref(ref) : publicRecordHref(ref));

export async function outlineForEditing(actor: MaybeActor, year: number) {
  authorize(actor, "narrative.edit");
  const [reportYear, sections, departments] = await Promise.all([
    db().reportYear.findUnique({ where: { year } }),
    db().outlineSection.findMany({
      where: { year },
      orderBy: { sortOrder: "asc" },
      // The writer (撰写人) of a section with a draft, named beside it.
      include: { writingTask: { select: { writer: { select: { displayName: true } } } } },
    }),
    // For the outline editor's 负责部门 choice.
    db().department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, active: true } }),
  ]);
  return reportYear ? { reportYear, sections, departments } : null;
}

/** The unpublished draft as a document (approved and pending data, marked), for the PDF preview. */
export async function previewDocument(actor: MaybeActor, year: number) {
  authorize(actor, "report.preview");
  return buildReportDocument({ prisma: db(), year, mode: "preview" });
}

/** The newest report year, where 年报管理 lands (null when there is none yet). */
export async function latestReportYear(actor: MaybeActor): Promise<number | null> {
  authorize(actor, "report.preview");
  const latest = await db().reportYear.findFirst({ orderBy: { year: "desc" }, select: { year: true } });
  return latest?.year ?? null;
}

/**
 * What publishing now would change against the year's latest edition: the approved report (what a
 * sign-off or a publication freezes) compared with it, so a leader signs off knowing what changed.
 * Null when the year has no edition yet (the first edition changes everything).
 */
export async function changesSinceLastEdition(actor: MaybeActor, year: number, prisma: PrismaClient = db()) {
  authorize(actor, "report.preview");
  const last = await getEdition({ year, prisma });
  if (!last) return null;
  const now = await buildReportDocument({ prisma, year, mode: "approved" });
  if (!now) return null;
  return { version: last.meta.version, publishedAt: last.meta.publishedAt, changes: diffDocuments(last.document, now) };
}
