import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../server/db";
import { loadRulePack } from "./store";

/**
 * Each year's 案例最多字数 as its rule pack declares it (lengthRules.caseMax, 1,000 in the shipped
 * packs), for the counter under a case's text. A year whose pack is missing has no limit shown.
 */
export async function caseLimits(years: readonly number[], prisma: PrismaClient = db()): Promise<Record<number, number>> {
  const rows = await prisma.reportYear.findMany({ where: { year: { in: [...years] } }, select: { year: true, templateKey: true } });
  const packs = new Map<string, number | null>();
  const out: Record<number, number> = {};
  for (const r of rows) {
    if (!packs.has(r.templateKey)) packs.set(r.templateKey, (await loadRulePack(r.templateKey, prisma))?.lengthRules.caseMax ?? null);
    const max = packs.get(r.templateKey);
    if (max) out[r.year] = max;
  }
  return out;
}
