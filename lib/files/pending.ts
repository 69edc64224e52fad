import type { Prisma } from "../generated/prisma/client";

/**
 * Evidence attached to an APPROVED record is `pending`: the public does not see it until the
 * record's revision is approved, like any other change. The workflow calls this in the
 * approval's transaction.
 */
export function publishPendingAttachments(tx: Prisma.TransactionClient, recordId: string) {
  return tx.fileAttachment.updateMany({ where: { recordId, pending: true }, data: { pending: false } });
}
