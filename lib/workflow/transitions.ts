import { z } from "zod";
import { audit, changedFields } from "../audit/log";
import { authorizeRecord, deny } from "../auth/policy";
import { AppError, invalidInput, type AppErrorCode } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import type { RecordKind } from "../records/kinds";
import { assertYearFiguresFilled } from "../records/carry";
import {
  findReadable,
  inTransaction,
  parseInput,
  storedValues,
  versionConflict,
  withDbErrors,
  writeFields,
  type WriteContext,
} from "../records/write";
import { flatten, includeKind, type FlatRecord } from "../records/store";
import { checkRecordValues } from "../records/validate";
import { db } from "../server/db";
import { moveCasePhotos, publishPendingAttachments } from "../files/pending";
import { assertIndicatorKeyFree } from "./indicator-keys";
import { assertYearWritable } from "../years/service";
import { notifyTransition } from "../notifications/service";
import { mailSoon } from "../notifications/mail";
import { reviewChain, type Chain } from "./chain";
import { currentState, STATE_MACHINE, type Transition, TRANSITIONS, type WorkflowState } from "./states";

/**
 * The approval workflow: DRAFT → SUBMITTED → APPROVED, or → RETURNED (with a reason) and back.
 * With the institution's department-review step on (lib/workflow/chain.ts), a SUBMITTED record is
 * first approved by its department head (deptApprove: stamps deptApprovedAt/By, stays SUBMITTED)
 * and only then by a reviewer; a return at either step goes back to the author.
 * Editing an APPROVED record stores a pending revision, which goes through the same states;
 * approving it applies its values. Every transition and its audit row share one transaction,
 * and a transition given a version checks it (optimistic locking).
 */
export { currentState, editable, STATE_MACHINE, type Transition, TRANSITIONS } from "./states";

/** The institution's review chain (lib/workflow/chain.ts); without it, the one-step workflow. */
export type { Chain };

/** Which step a submission waits for: its department head's, or the quality office's. */
export function reviewStep(record: WorkflowState, chain?: Chain): "department" | "office" {
  return chain?.departmentReview && !record.deptApprovedAt ? "department" : "office";
}

/** Transitions the state machine allows from a record's current state (who may is the policy's call). */
export function availableTransitions(record: WorkflowState, chain?: Chain): Transition[] {
  const { state } = currentState(record);
  const step = reviewStep(record, chain);
  return TRANSITIONS.filter(
    (t) =>
      STATE_MACHINE[t].from.includes(state) && (t !== "deptApprove" || step === "department") && (t !== "approve" || step === "office"),
  );
}

const ACTION = { submit: "SUBMIT", withdraw: "WITHDRAW", deptApprove: "DEPT_APPROVE", approve: "APPROVE", return: "RETURN" } as const;

const ZReason = z
  .string({ error: bi("请填写退回原因", "a reason is required") })
  .trim()
  .min(1, bi("请填写退回原因", "a reason is required"))
  .max(1000, bi("退回原因不能超过1000字", "the reason must be at most 1000 characters"));

type TransitionContext = WriteContext & { kind: RecordKind; id: string; version?: number };

async function transition(ctx: TransitionContext, name: Transition, reasonInput?: unknown, mail = true): Promise<FlatRecord> {
  const { actor, kind } = ctx;
  if (!actor) deny(actor);
  const prisma = ctx.prisma ?? db();
  const existing = await findReadable(ctx, kind, ctx.id, prisma);
  authorizeRecord(actor, name, existing);
  if (ctx.version !== undefined && ctx.version !== existing.version) throw versionConflict(existing.version);
  await assertYearWritable(existing.year, prisma);
  let reason: string | null = null;
  if (name === "return") {
    const parsed = ZReason.safeParse(reasonInput);
    if (!parsed.success) throw invalidInput(parsed.error);
    reason = parsed.data;
  }
  const { revision, state } = currentState(existing);
  const to = STATE_MACHINE[name].to;
  if (!STATE_MACHINE[name].from.includes(state)) {
    throw new AppError("CONFLICT", bi("当前状态下不能执行此操作", `cannot ${name} a record in this state`));
  }
  const chain = await reviewChain(prisma);
  const step = reviewStep(existing, chain);
  if (name === "approve" && step === "department")
    throw new AppError("CONFLICT", bi("须先经部门负责人审核通过", "the department head has not approved it yet"));
  if (name === "deptApprove" && step !== "department")
    throw new AppError(
      "CONFLICT",
      chain.departmentReview
        ? bi("部门负责人已审核通过", "the department head has already approved it")
        : bi("本校未启用部门负责人审核", "this college has no department-head step"),
    );
  // A department head returns at their own step; once passed, the record is the office's.
  if (name === "return" && actor.role === "DEPT_HEAD" && step !== "department")
    throw new AppError("CONFLICT", bi("已通过部门审核，不能再退回", "it has passed the department step already"));
  const pending = (existing.pending ?? null) as Record<string, unknown> | null;
  if (name === "submit") {
    // A carried record is submitted only with this year's own figures (a revision: in its new values);
    // asked first, as its message says what 沿用上年 left for the department to fill.
    assertYearFiguresFilled(kind, revision && pending ? { ...existing, ...pending } : existing);
    // Then the whole record (or revision) is judged by today's rules, however it came in.
    await checkRecordValues({ kind, year: existing.year, values: revision ? existing.pending : existing, stored: true, client: prisma });
  }
  const applying = revision && to === "APPROVED";
  const values = applying ? parseInput(kind, pending) : null;
  // A new submission, a withdrawal or a return starts the chain over; approval keeps who passed it.
  const deptStamp: Prisma.RecordUpdateManyMutationInput =
    name === "deptApprove"
      ? { deptApprovedAt: new Date(), deptApprovedById: actor.id }
      : name === "approve"
        ? {}
        : { deptApprovedAt: null, deptApprovedById: null };
  const data: Prisma.RecordUpdateManyMutationInput =
    name === "deptApprove"
      ? deptStamp
      : revision
        ? applying
          ? { pending: Prisma.DbNull, revisionStatus: null, returnReason: null }
          : { revisionStatus: to, returnReason: reason, ...deptStamp }
        : { status: to, returnReason: reason, ...deptStamp };
  const done = await withDbErrors(() =>
    inTransaction(prisma, async (tx) => {
      const { count } = await tx.record.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count !== 1) throw versionConflict(existing.version + 1);
      if (to === "APPROVED" && kind.model === "indicator") {
        await assertIndicatorKeyFree(tx, { id: existing.id, year: existing.year, key: String((values ?? existing).key) });
      }
      if (values) await writeFields(tx, kind, existing.id, values);
      // Evidence attached while approved waited for this revision's approval.
      if (applying) await publishPendingAttachments(tx, existing.id);
      // A case's photos are reviewed with it (lib/files/pending.ts); the department head's pass changes no state.
      if (kind.model === "case" && name !== "deptApprove") {
        await moveCasePhotos(tx, {
          caseId: existing.id,
          from: STATE_MACHINE[name].from,
          to,
          action: ACTION[name],
          actor,
          ip: ctx.ip,
          reason,
        });
      }
      const changes = values
        ? changedFields(storedValues(existing, values), values)
        : name === "deptApprove"
          ? { departmentReview: { before: null, after: actor.displayName } }
          : { [revision ? "revisionStatus" : "status"]: { before: state, after: to } };
      await audit(tx, {
        actor,
        action: ACTION[name],
        entityType: kind.model,
        entityId: existing.id,
        recordId: existing.id,
        ip: ctx.ip,
        reason,
        changes,
      });
      await notifyTransition(tx, {
        actor,
        kind,
        record: existing,
        transition: name,
        revision,
        reason,
        departmentReview: chain.departmentReview,
      });
      return flatten(await tx.record.findUniqueOrThrow({ where: { id: existing.id }, include: includeKind(kind) }));
    }),
  );
  if (mail) mailSoon(); // after the commit: the mail says what the database now holds
  return done;
}

export const submitRecord = (ctx: TransitionContext) => transition(ctx, "submit");
export const withdrawRecord = (ctx: TransitionContext) => transition(ctx, "withdraw");
export const deptApproveRecord = (ctx: TransitionContext) => transition(ctx, "deptApprove");
export const approveRecord = (ctx: TransitionContext) => transition(ctx, "approve");
export const returnRecord = (ctx: TransitionContext & { reason: unknown }) => transition(ctx, "return", ctx.reason);

/** One of the transitions by name (forms and the API name the transition in the request). */
export function transitionRecord(ctx: TransitionContext & { transition: Transition; reason?: unknown }): Promise<FlatRecord> {
  if (!TRANSITIONS.includes(ctx.transition)) throw new AppError("NOT_FOUND", bi("操作不存在", "no such action"));
  return transition(ctx, ctx.transition, ctx.reason);
}

/**
 * Approve or return many at once; each item succeeds or fails on its own. A case's photos travel
 * with the case (moveCasePhotos), and the review queue lists them beside it: a photo checked
 * together with its case is decided after the case, and one the case's transition already moved
 * is done, not a stale version (#20: bulk approve of a case with its photo reported a conflict).
 */
export async function transitionMany(
  ctx: WriteContext & {
    transition: "deptApprove" | "approve" | "return";
    items: { kind: RecordKind; id: string; version?: number }[];
    reason?: unknown;
  },
) {
  const prisma = ctx.prisma ?? db();
  const photoIds = ctx.items.filter((i) => i.kind.model === "figure").map((i) => i.id);
  const caseOf = new Map(
    photoIds.length
      ? (await prisma.figure.findMany({ where: { id: { in: photoIds }, caseId: { not: null } }, select: { id: true, caseId: true } })).map(
          (f) => [f.id, f.caseId!],
        )
      : [],
  );
  const casesInBatch = new Set(ctx.items.filter((i) => i.kind.model === "case").map((i) => i.id));
  const withItsCase = (id: string) => casesInBatch.has(caseOf.get(id) ?? "");
  // Cases (and everything else) first, then the photos filed under a case of this batch.
  const ordered = [...ctx.items.filter((i) => !withItsCase(i.id)), ...ctx.items.filter((i) => withItsCase(i.id))];
  const done = new Set<string>();
  const outcome = new Map<string, { id: string; ok: boolean; code?: AppErrorCode; message?: string }>();
  for (const item of ordered) {
    if (withItsCase(item.id) && done.has(caseOf.get(item.id)!) && (await movedWithCase(prisma, item.id, ctx.transition))) {
      outcome.set(item.id, { id: item.id, ok: true });
      continue;
    }
    try {
      if (!TRANSITIONS.includes(ctx.transition)) throw new AppError("NOT_FOUND", bi("操作不存在", "no such action"));
      // One mail for the batch, after it: the grouped notice then counts all of it.
      await transition({ ...ctx, ...item }, ctx.transition, ctx.reason, false);
      done.add(item.id);
      outcome.set(item.id, { id: item.id, ok: true });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      outcome.set(item.id, { id: item.id, ok: false, code: err.code, message: err.message });
    }
  }
  mailSoon();
  // Answered in the order asked.
  return ctx.items.map((i) => outcome.get(i.id)!);
}

/** Whether the case's own transition moved this photo where the batch was taking it (a department head's pass moves none). */
async function movedWithCase(prisma: NonNullable<WriteContext["prisma"]>, photoId: string, name: "deptApprove" | "approve" | "return") {
  if (name === "deptApprove") return false;
  const photo = await prisma.record.findUnique({ where: { id: photoId }, select: { status: true } });
  return photo?.status === STATE_MACHINE[name].to;
}
