import { audit } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { db } from "../server/db";
import { outlineRows, TEMPLATES } from "./templates";

/**
 * A year's outline is created from a template (2022- or 2024-style). Re-creating it under another
 * template keeps the narratives: a new section takes the texts of the old sections whose keys are
 * among its topics, so the same records and texts render under either structure.
 */
export async function createOutlineFromTemplate(options: { actor: MaybeActor; year: number; templateKey: string; prisma?: PrismaClient }) {
  const { actor, year, templateKey } = options;
  authorize(actor, "outline.edit");
  const template = TEMPLATES[templateKey as keyof typeof TEMPLATES];
  if (!template) throw new AppError("INVALID", bi("未知的报告模板", "unknown report template"), { templateKey: [bi("未知的报告模板", "unknown report template")] });
  const prisma = options.prisma ?? db();
  return prisma.$transaction(async (tx) => {
    const reportYear = await tx.reportYear.findUnique({ where: { year } });
    if (!reportYear) throw new AppError("NOT_FOUND", bi(`没有${year}年度`, `no report year ${year}`));
    const old = await tx.outlineSection.findMany({ where: { year }, orderBy: { sortOrder: "asc" } });
    const narrativeOf = new Map(old.map((s) => [s.key, s.narrative]));
    const rows = outlineRows(template).map((r) => ({
      ...r, year,
      narrative: [...new Set([r.key, ...r.topics])].map((k) => narrativeOf.get(k) ?? "").filter(Boolean).join("\n\n"),
    }));
    await tx.outlineSection.deleteMany({ where: { year } });
    await tx.outlineSection.createMany({ data: rows });
    await tx.reportYear.update({ where: { year }, data: { templateKey: template.key } });
    await audit(tx, {
      actor, action: "UPDATE", entityType: "ReportOutline", entityId: String(year),
      changes: { templateKey: { before: reportYear.templateKey, after: template.key }, sections: { before: old.length, after: rows.length } },
    });
    return rows.length;
  });
}
