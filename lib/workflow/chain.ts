import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { db } from "../server/db";

/** The review chain a transition follows (department step on or off). */
export type Chain = { departmentReview: boolean };

/**
 * The institution's review chain: whether department heads approve submissions before the quality
 * office's reviewers (学校设置 → 部门负责人审核). Read on every transition and queue, so a change of
 * the setting applies at once; an installation without an institution has the one-step workflow.
 */
export async function reviewChain(prisma: PrismaClient | Prisma.TransactionClient = db()): Promise<Chain> {
  const row = await prisma.institution.findFirst({ orderBy: { createdAt: "asc" }, select: { departmentReview: true } });
  return { departmentReview: row?.departmentReview ?? false };
}

/** Who passed a record at the department step, for the record page (null: nobody yet). */
export async function deptApproval(
  record: { id: string; deptApprovedAt?: unknown; deptApprovedById?: unknown },
  prisma: PrismaClient = db(),
): Promise<{ by: string; at: Date } | null> {
  if (!(record.deptApprovedAt instanceof Date) || typeof record.deptApprovedById !== "string") return null;
  const user = await prisma.user.findUnique({ where: { id: record.deptApprovedById }, select: { displayName: true } });
  return { by: user?.displayName ?? "", at: record.deptApprovedAt };
}
