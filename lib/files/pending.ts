import type { Prisma, RecordStatus } from "../generated/prisma/client";
import type { MaybeActor } from "../auth/actor";
import { audit, type AuditAction } from "../audit/log";

/**
 * Evidence attached to an APPROVED record is `pending`: the public does not see it until the
 * record's revision is approved, like any other change. The workflow calls this in the
 * approval's transaction.
 */
export function publishPendingAttachments(tx: Prisma.TransactionClient, recordId: string) {
  return tx.fileAttachment.updateMany({ where: { recordId, pending: true }, data: { pending: false } });
}

/**
 * A case's photos (figures filed under it) travel with the case: submitting, withdrawing,
 * returning or approving the case (or its revision) moves every photo that is in a state the
 * transition starts from, in the same transaction, with an audit row per photo. So an approved
 * case never publishes without the photos it was reviewed with.
 */
export async function moveCasePhotos(
  tx: Prisma.TransactionClient,
  options: {
    caseId: string;
    from: readonly RecordStatus[];
    to: RecordStatus;
    action: AuditAction;
    actor: MaybeActor;
    ip?: string | null;
    reason?: string | null;
  },
) {
  // Submitting also picks up photos still in draft or returned; the others move from `from` only.
  const from = options.to === "SUBMITTED" ? (["DRAFT", "RETURNED"] as RecordStatus[]) : options.from;
  const photos = await tx.record.findMany({
    where: { kind: "figure", deletedAt: null, status: { in: [...from] }, figure: { is: { caseId: options.caseId } } },
    select: { id: true, status: true },
  });
  for (const photo of photos) {
    await tx.record.update({
      where: { id: photo.id },
      data: { status: options.to, returnReason: options.to === "RETURNED" ? (options.reason ?? null) : null, version: { increment: 1 } },
    });
    await audit(tx, {
      actor: options.actor,
      action: options.action,
      entityType: "figure",
      entityId: photo.id,
      recordId: photo.id,
      ip: options.ip,
      reason: options.reason ?? null,
      changes: { status: { before: photo.status, after: options.to } },
    });
  }
  return photos.length;
}
