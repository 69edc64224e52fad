import type { Actor } from "../auth/actor";
import { audit } from "../audit/log";
import { addImageVariants } from "../files/store";
import { photosOf } from "./photos";
import { authorize } from "../auth/policy";
import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { z } from "zod";
import { parseWith } from "../validation";

/**
 * The province's case pool: every current submission's cases (案例), searchable by the part of the
 * report they stand in (chapter or section key), by topic and by words, from which the provincial
 * office picks typical cases (典型案例) for its own report.
 */
export const ZCaseSearch = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  /** A chapter or section key of the college reports' outline. */
  part: z
    .string()
    .trim()
    .max(80)
    .optional()
    .transform((v) => v || undefined),
  topic: z
    .string()
    .trim()
    .max(80)
    .optional()
    .transform((v) => v || undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  picked: z
    .enum(["all", "picked"])
    .optional()
    .transform((v) => v ?? "all"),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .transform((v) => v ?? 1),
});
export type CaseSearch = z.output<typeof ZCaseSearch>;

export const CASE_PAGE_SIZE = 20;

export async function searchCases(prisma: PrismaClient, actor: Actor, search: CaseSearch) {
  authorize(actor, "province.read");
  const where = {
    year: search.year,
    current: true,
    ...(search.part ? { OR: [{ chapterKey: search.part }, { sectionKey: search.part }] } : {}),
    ...(search.topic ? { topics: { has: search.topic } } : {}),
    ...(search.q
      ? {
          AND: [
            {
              OR: [
                { title: { contains: search.q, mode: "insensitive" as const } },
                { text: { contains: search.q, mode: "insensitive" as const } },
              ],
            },
          ],
        }
      : {}),
    ...(search.picked === "picked" ? { pickedAt: { not: null } } : {}),
  };
  const [total, cases] = await Promise.all([
    prisma.pooledCase.count({ where }),
    prisma.pooledCase.findMany({
      where,
      orderBy: [{ pickedAt: { sort: "desc", nulls: "last" } }, { collegeId: "asc" }, { number: "asc" }],
      skip: (search.page - 1) * CASE_PAGE_SIZE,
      take: CASE_PAGE_SIZE,
      include: { submission: { select: { college: { select: { name: true, city: true, type: true } } } } },
    }),
  ]);
  return { total, cases };
}

/** The parts and topics the year's cases stand in, for the search form's choices. */
export async function casePoolFacets(prisma: PrismaClient, actor: Actor, year: number) {
  authorize(actor, "province.read");
  const [parts, topics] = await Promise.all([
    prisma.pooledCase.findMany({
      where: { year, current: true },
      distinct: ["sectionKey"],
      select: { chapterKey: true, chapterTitle: true, sectionKey: true, sectionTitle: true },
      orderBy: { sectionKey: "asc" },
    }),
    prisma.$queryRaw<{ topic: string }[]>`
      SELECT DISTINCT unnest("topics") AS "topic" FROM "PooledCase" WHERE "year" = ${year} AND "current" ORDER BY 1`,
  ]);
  return { parts, topics: topics.map((t) => t.topic) };
}

export const ZPickCase = z.object({ caseId: z.string().min(1).max(40), picked: z.enum(["1", "0"]) });

/** Picks a case as typical (or drops it), audited. */
export async function pickCase(prisma: PrismaClient, actor: Actor, input: { caseId: unknown; picked: unknown }) {
  authorize(actor, "province.pickCases");
  const { caseId, picked } = parseWith(ZPickCase, input);
  const updated = await prisma.$transaction(async (tx) => {
    const found = await tx.pooledCase.findUnique({ where: { id: caseId }, select: { id: true, title: true, current: true } });
    if (!found) throw new AppError("NOT_FOUND", bi("案例不存在", "no such case"));
    if (!found.current && picked === "1")
      throw new AppError("CONFLICT", bi("该案例属于已被新版本替代的报送，不能选用", "this case belongs to a superseded submission"));
    const updated = await tx.pooledCase.update({ where: { id: caseId }, data: { pickedAt: picked === "1" ? new Date() : null } });
    await audit(tx, {
      actor,
      action: picked === "1" ? "CASE_PICK" : "CASE_UNPICK",
      entityType: "PooledCase",
      entityId: caseId,
      changes: { title: found.title },
    });
    return updated;
  });
  // A picked case is printed in the provincial report, photos included: they get the web copies the
  // page, the PDF and the Word file read (a hand-in stores photos as they came, lib/province/import.ts).
  if (picked === "1") for (const p of photosOf(updated.photos)) await addImageVariants({ fileId: p.fileId, prisma });
  return updated;
}
