import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";

/**
 * An indicator key is unique per year among APPROVED indicators only, so a department's draft
 * can neither squat a key another department needs nor reveal another's draft by a refusal.
 * The status lives in the Record table, so no index can say it: the approval asks here, inside
 * its transaction, under a lock on the key so two approvals cannot both pass.
 */
export async function assertIndicatorKeyFree(tx: Prisma.TransactionClient, options: { id: string; year: number; key: string }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`indicator:${options.year}:${options.key}`}))`;
  const taken = await tx.record.count({
    where: {
      id: { not: options.id },
      kind: "indicator",
      status: "APPROVED",
      deletedAt: null,
      indicator: { is: { year: options.year, key: options.key } },
    },
  });
  if (taken > 0) {
    throw new AppError(
      "CONFLICT",
      bi(
        `${options.year}年度已有一条通过审核的指标使用键“${options.key}”，请退回修改指标键`,
        `an approved indicator of ${options.year} already uses the key "${options.key}": return this one to change its key`,
      ),
    );
  }
}
