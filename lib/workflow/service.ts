import { z } from "zod";
import { audit, changedFields } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import { authorizeRecord, deny, readableWhere } from "../auth/policy";
import { AppError } from "../errors";
import { Prisma, type PrismaClient, type RecordStatus } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { toDbData } from "../records/db-data";
import type { RecordKind } from "../records/kinds";
import { checkReferences } from "../records/references";
import { publishPendingAttachments } from "../files/pending";
import { ZRecordMeta } from "../records/schema";
import { db } from "../server/db";
import { toAppError } from "../server/db-errors";

/**
 * The approval workflow: DRAFT → SUBMITTED → APPROVED, or → RETURNED (with a reason) and back.
 * Editing an APPROVED record stores a pending revision; the public keeps the approved values
 * until the revision is approved. Every change and its audit row share one transaction, and
 * every write checks the version it was based on (optimistic locking).
 */

type StoredRecord = Record<string, unknown> & {
  id: string; year: number; departmentId: string; status: RecordStatus; version: number;
  revisionStatus: RecordStatus | null; pending: unknown; returnReason: string | null;
};

type Delegate = {
  findFirst(args: unknown): Promise<StoredRecord | null>;
  create(args: unknown): Promise<StoredRecord>;
  updateMany(args: unknown): Promise<{ count: number }>;
  findUniqueOrThrow(args: unknown): Promise<StoredRecord>;
};

type Client = PrismaClient | Prisma.TransactionClient;
const delegateOf = (client: Client, kind: RecordKind) => (client as unknown as Record<string, Delegate>)[kind.model];

export type WorkflowContext = { actor: MaybeActor; ip?: string | null; prisma?: PrismaClient };

function invalid(error: z.ZodError): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return new AppError("INVALID", error.issues[0]?.message ?? bi("输入有误", "invalid input"), fieldErrors);
}

export function parseInput(kind: RecordKind, input: unknown): Record<string, unknown> {
  const parsed = kind.schema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data as Record<string, unknown>;
}

async function withDbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toAppError(err) ?? err;
  }
}

const notFound = () => new AppError("NOT_FOUND", bi("记录不存在", "record not found"));
const conflict = (current: number) => new AppError("CONFLICT",
  bi(`该记录已被他人修改（当前版本 ${current}），请查看最新内容后再保存，您的输入未丢失`,
    `someone else changed this record (now version ${current}); review the newer version, your input is kept`));

/** Loads a record the actor may read, or 404: out-of-scope records are never revealed. */
export async function findReadable(ctx: WorkflowContext, kind: RecordKind, id: string, client: Client = ctx.prisma ?? db()) {
  if (!/^[\w-]{1,64}$/.test(id)) throw notFound();
  const record = await delegateOf(client, kind).findFirst({ where: { AND: [{ id }, readableWhere(ctx.actor)] } });
  if (!record) throw notFound();
  return record;
}

export async function createRecord(ctx: WorkflowContext & { kind: RecordKind; input: unknown; meta: unknown }) {
  const { actor, kind } = ctx;
  if (!actor) deny(actor);
  const metaInput = { ...(ctx.meta as object), departmentId: actor.role === "STAFF" ? actor.departmentId : (ctx.meta as { departmentId?: string })?.departmentId };
  authorizeRecord(actor, "create", { departmentId: metaInput.departmentId ?? "" });
  const metaParsed = ZRecordMeta.safeParse(metaInput);
  if (!metaParsed.success) throw invalid(metaParsed.error);
  const meta = metaParsed.data;
  const data = parseInput(kind, ctx.input);
  const prisma = ctx.prisma ?? db();
  await checkReferences({ kind, departmentId: meta.departmentId, rows: [data], client: prisma });
  return withDbErrors(() => prisma.$transaction(async (tx) => {
    const created = await delegateOf(tx, kind).create({
      data: { ...toDbData(data), year: meta.year, departmentId: meta.departmentId, highlight: meta.highlight,
        sortOrder: meta.sortOrder, authorId: actor.id, status: "DRAFT" },
    });
    await audit(tx, { actor, action: "CREATE", entityType: kind.model, entityId: created.id, ip: ctx.ip,
      changes: changedFields(null, { ...data, year: meta.year, departmentId: meta.departmentId }) });
    return created;
  }));
}

export async function updateRecord(ctx: WorkflowContext & { kind: RecordKind; id: string; version: number; input: unknown }) {
  const { actor, kind } = ctx;
  if (!actor) deny(actor);
  const prisma = ctx.prisma ?? db();
  const existing = await findReadable(ctx, kind, ctx.id, prisma);
  authorizeRecord(actor, "update", existing);
  if (existing.status === "SUBMITTED" || existing.revisionStatus === "SUBMITTED") {
    throw new AppError("CONFLICT", bi("记录正在审核中，请先撤回再修改", "the record is under review: withdraw it before editing"));
  }
  if (ctx.version !== existing.version) throw conflict(existing.version);
  const data = parseInput(kind, ctx.input);
  await checkReferences({ kind, departmentId: existing.departmentId, rows: [data], client: prisma });
  const revising = existing.status === "APPROVED";
  return withDbErrors(() => prisma.$transaction(async (tx) => {
    const d = delegateOf(tx, kind);
    const { count } = await d.updateMany({
      where: { id: existing.id, version: existing.version },
      data: revising
        ? { pending: data as Prisma.InputJsonValue, revisionStatus: "DRAFT", returnReason: null, version: { increment: 1 } }
        : { ...toDbData(data), version: { increment: 1 } },
    });
    if (count !== 1) throw conflict(existing.version + 1);
    const base = revising && existing.pending ? (existing.pending as Record<string, unknown>) : pickFields(existing, data);
    await audit(tx, { actor, action: revising ? "REVISE" : "UPDATE", entityType: kind.model, entityId: existing.id,
      ip: ctx.ip, changes: changedFields(revising ? pickFields(existing, data) : base, data) });
    return d.findUniqueOrThrow({ where: { id: existing.id } });
  }));
}

function pickFields(record: Record<string, unknown>, like: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(like).map((k) => [k, record[k]]));
}

export type Transition = "submit" | "withdraw" | "approve" | "return";

const ACTION: Record<Transition, "SUBMIT" | "WITHDRAW" | "APPROVE" | "RETURN"> =
  { submit: "SUBMIT", withdraw: "WITHDRAW", approve: "APPROVE", return: "RETURN" };

const ZReason = z.string({ error: bi("请填写退回原因", "a reason is required") }).trim()
  .min(1, bi("请填写退回原因", "a reason is required")).max(1000, bi("退回原因不能超过1000字", "the reason must be at most 1000 characters"));

/** Which state a transition moves from/to; `revision` means it acts on the pending revision. */
function plan(record: StoredRecord, transition: Transition): { revision: boolean; to: RecordStatus } | null {
  const onRevision = record.status === "APPROVED" && record.revisionStatus !== null;
  const current = onRevision ? record.revisionStatus! : record.status;
  const allowed: Record<Transition, [RecordStatus[], RecordStatus]> = {
    submit: [["DRAFT", "RETURNED"], "SUBMITTED"],
    withdraw: [["SUBMITTED"], "DRAFT"],
    approve: [["SUBMITTED"], "APPROVED"],
    return: [["SUBMITTED"], "RETURNED"],
  };
  const [from, to] = allowed[transition];
  return from.includes(current) ? { revision: onRevision, to } : null;
}

export async function transitionRecord(ctx: WorkflowContext & {
  kind: RecordKind; id: string; transition: Transition; version?: number; reason?: unknown;
}) {
  const { actor, kind, transition } = ctx;
  if (!actor) deny(actor);
  const prisma = ctx.prisma ?? db();
  const existing = await findReadable(ctx, kind, ctx.id, prisma);
  authorizeRecord(actor, transition, existing);
  if (ctx.version !== undefined && ctx.version !== existing.version) throw conflict(existing.version);
  let reason: string | null = null;
  if (transition === "return") {
    const parsed = ZReason.safeParse(ctx.reason);
    if (!parsed.success) throw invalid(parsed.error);
    reason = parsed.data;
  }
  const step = plan(existing, transition);
  if (!step) {
    throw new AppError("CONFLICT", bi(`当前状态下不能执行此操作`, `cannot ${transition} a record in this state`));
  }
  let data: Record<string, unknown>;
  if (step.revision) {
    data = step.to === "APPROVED"
      ? { ...toDbData(parseInput(kind, existing.pending)), pending: Prisma.DbNull, revisionStatus: null, returnReason: null }
      : { revisionStatus: step.to, returnReason: reason };
  } else {
    data = { status: step.to, returnReason: reason };
  }
  return withDbErrors(() => prisma.$transaction(async (tx) => {
    const d = delegateOf(tx, kind);
    const { count } = await d.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict(existing.version + 1);
    if (step.revision && step.to === "APPROVED") await publishPendingAttachments(tx, kind.model, existing.id);
    const changes = step.revision && step.to === "APPROVED"
      ? changedFields(pickFields(existing, existing.pending as Record<string, unknown>), existing.pending as Record<string, unknown>)
      : { [step.revision ? "revisionStatus" : "status"]: { before: step.revision ? existing.revisionStatus : existing.status, after: step.to } };
    await audit(tx, { actor, action: ACTION[transition], entityType: kind.model, entityId: existing.id, ip: ctx.ip, reason, changes });
    return d.findUniqueOrThrow({ where: { id: existing.id } });
  }));
}

/** Approve or return many at once; each item succeeds or fails on its own. */
export async function transitionMany(ctx: WorkflowContext & {
  transition: "approve" | "return"; items: { kind: RecordKind; id: string; version?: number }[]; reason?: unknown;
}) {
  const results: { id: string; ok: boolean; message?: string }[] = [];
  for (const item of ctx.items) {
    try {
      await transitionRecord({ ...ctx, ...item });
      results.push({ id: item.id, ok: true });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id: item.id, ok: false, message: err.message });
    }
  }
  return results;
}
