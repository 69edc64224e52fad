import { z } from "zod";
import { audit } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { db } from "../server/db";
import { assertYearWritable } from "../years/service";
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
  await assertYearWritable(year, prisma);
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

const ZSectionEdit = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  sectionKey: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1, bi("标题不能为空", "the title is required")).max(100, bi("标题不能超过100字", "the title must be at most 100 characters")),
  move: z.enum(["up", "down"]).nullish(),
});

/**
 * Renames a chapter or section and, for a section, moves it up or down among its chapter's
 * sections. Moving swaps the two sections' places and their （一）（二） numbers, so numbering
 * keeps following the order.
 */
export async function editSection(options: { actor: MaybeActor; prisma?: PrismaClient } & Record<keyof z.input<typeof ZSectionEdit>, unknown>) {
  authorize(options.actor, "outline.edit");
  const parsed = ZSectionEdit.safeParse(options);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? bi("输入有误", "invalid input");
    throw new AppError("INVALID", message, { title: [message] });
  }
  const { year, sectionKey, title, move } = parsed.data;
  const prisma = options.prisma ?? db();
  await assertYearWritable(year, prisma);
  return prisma.$transaction(async (tx) => {
    const section = await tx.outlineSection.findUnique({ where: { year_key: { year, key: sectionKey } } });
    if (!section) throw new AppError("NOT_FOUND", bi("没有该栏目", "no such section"));
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    if (title !== section.title) {
      await tx.outlineSection.update({ where: { id: section.id }, data: { title, version: { increment: 1 } } });
      changes.title = { before: section.title, after: title };
    }
    if (move && section.level === 2) {
      const siblings = await tx.outlineSection.findMany({ where: { year, parentKey: section.parentKey }, orderBy: { sortOrder: "asc" } });
      const i = siblings.findIndex((s) => s.id === section.id);
      const other = siblings[move === "up" ? i - 1 : i + 1];
      if (other) {
        await tx.outlineSection.update({ where: { id: section.id }, data: { sortOrder: other.sortOrder, number: other.number } });
        await tx.outlineSection.update({ where: { id: other.id }, data: { sortOrder: section.sortOrder, number: section.number } });
        changes.position = { before: section.number, after: other.number };
      }
    }
    if (Object.keys(changes).length) {
      await audit(tx, { actor: options.actor, action: "UPDATE", entityType: "OutlineSection", entityId: `${year}/${sectionKey}`, changes });
    }
    return changes;
  });
}
