import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { SHIPPED_KEYS } from "../rules/shipped";
import { db } from "../server/db";

/**
 * The optional modules a college uses, read from its data: a module stays out of the main menu
 * (and its lines off other pages) until it is used, so a new college sees only what it needs.
 * Until then each is reached where it is switched on: 学校设置 → 可选模块 (and 报告年度 for rule packs).
 * - partners: 合作企业年报, once the college has a partner enterprise;
 * - rulePacks: 规则包, once the college has a pack of its own (the shipped ones need no screen).
 */
export type UsedModules = { partners: boolean; rulePacks: boolean };

export async function usedModules(prisma: PrismaClient = db()): Promise<UsedModules> {
  const [partners, ownPacks] = await Promise.all([
    prisma.partnerEnterprise.count(),
    prisma.rulePack.count({ where: { key: { notIn: [...SHIPPED_KEYS] } } }),
  ]);
  return { partners: partners > 0, rulePacks: ownPacks > 0 };
}
