import { audit, changedFields } from "../audit/log";
import { settleRecords } from "../notifications/handoff";
import type { MaybeActor } from "../auth/actor";
import { authorizeRecord, deny, mayOnRecord, readableWhere } from "../auth/policy";
import { AppError, invalidInput } from "../errors";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { underReview } from "../workflow/states";
import { db } from "../server/db";
import { withDbErrors } from "../server/db-errors";
import { toDbData, toJsonRecord } from "./db-data";
import type { RecordKind } from "./kinds";
import { ZRecordMeta, ZRecordMetaChange } from "./schema";
import { parseWith } from "../validation";
import { flatten, includeKind, nestedKind, ofKind, splitData, type Client, type FlatRecord } from "./store";
import { assertDepartmentOpen } from "../departments/service";
import { assertYearWritable } from "../years/service";
import { checkReferences } from "./references";
import { checkRecordValues } from "./validate";

/**
 * Creating, updating and (soft) deleting a record: the one write path the forms, the JSON API
 * and the seed-free tests use (values judged by lib/records/validate.ts, as on every path) (the spreadsheet import writes the same two rows in bulk, see
 * lib/import/commit.ts). Each takes a Prisma client or transaction; the change and its audit
 * row share one transaction, and every update checks the version it was based on.
 * Workflow transitions live in lib/workflow/transitions.ts.
 */
export type WriteContext = { actor: MaybeActor; ip?: string | null; prisma?: PrismaClient | Prisma.TransactionClient };

export function parseInput(kind: RecordKind, input: unknown): Record<string, unknown> {
  const parsed = kind.schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data as Record<string, unknown>;
}

export { withDbErrors };

/** Runs `work` in a transaction, or inside the caller's transaction when given one. */
export function inTransaction<T>(client: Client, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return "$transaction" in client ? client.$transaction(work) : work(client);
}

export const recordNotFound = () => new AppError("NOT_FOUND", bi("记录不存在", "record not found"));
export const versionConflict = (current: number) =>
  new AppError(
    "CONFLICT",
    bi(
      `该记录已被他人修改（当前版本 ${current}），请查看最新内容后再保存，您的输入未丢失`,
      `someone else changed this record (now version ${current}); review the newer version, your input is kept`,
    ),
  );

/** Loads a record the actor may read, or 404: out-of-scope records are never revealed. */
export async function findReadable(
  ctx: WriteContext,
  kind: RecordKind,
  id: string,
  client: Client = ctx.prisma ?? db(),
): Promise<FlatRecord> {
  if (!/^[\w-]{1,64}$/.test(id)) throw recordNotFound();
  const record = await client.record.findFirst({
    where: { AND: [{ id }, ofKind(kind), readableWhere(ctx.actor)] },
    include: includeKind(kind),
  });
  if (!record) throw recordNotFound();
  return flatten(record);
}

async function reload(client: Client, kind: RecordKind, id: string): Promise<FlatRecord> {
  return flatten(await client.record.findUniqueOrThrow({ where: { id }, include: includeKind(kind) }));
}

export async function createRecord(ctx: WriteContext & { kind: RecordKind; input: unknown; meta: unknown }): Promise<FlatRecord> {
  const { actor, kind } = ctx;
  if (!actor) deny(actor);
  const metaInput = {
    ...(ctx.meta as object),
    departmentId: actor.role === "STAFF" ? actor.departmentId : (ctx.meta as { departmentId?: string })?.departmentId,
  };
  authorizeRecord(actor, "create", { departmentId: metaInput.departmentId ?? "" });
  const metaParsed = ZRecordMeta.safeParse(metaInput);
  if (!metaParsed.success) throw invalidInput(metaParsed.error);
  const meta = metaParsed.data;
  if (meta.highlight) authorizeRecord(actor, "highlight", { departmentId: meta.departmentId });
  const prisma = ctx.prisma ?? db();
  const data = await checkRecordValues({ kind, year: meta.year, values: ctx.input, client: prisma });
  await assertYearWritable(meta.year, prisma);
  await assertDepartmentOpen(meta.departmentId, prisma);
  await checkReferences({ kind, departmentId: meta.departmentId, rows: [data], client: prisma });
  const { record, fields } = splitData(kind, toDbData(data));
  return withDbErrors(() =>
    inTransaction(prisma, async (tx) => {
      const created = await tx.record.create({
        data: {
          kind: kind.model,
          year: meta.year,
          departmentId: meta.departmentId,
          highlight: meta.highlight,
          sortOrder: meta.sortOrder,
          authorId: actor.id,
          status: "DRAFT",
          topic: record.topic ?? null,
          // Nested under the record, the Indicator row takes its year from the composite foreign key.
          ...nestedKind(kind, "create", fields),
        },
        include: includeKind(kind),
      });
      await audit(tx, {
        actor,
        action: "CREATE",
        entityType: kind.model,
        entityId: created.id,
        recordId: created.id,
        ip: ctx.ip,
        changes: changedFields(null, { ...data, year: meta.year, departmentId: meta.departmentId }),
      });
      return flatten(created);
    }),
  );
}

/** The stored values of the fields in `like`, as JSON (dates "YYYY-MM-DD", decimals as text). */
export function storedValues(record: Record<string, unknown>, like: Record<string, unknown>) {
  return toJsonRecord(Object.fromEntries(Object.keys(like).map((k) => [k, record[k]])));
}

/**
 * Saves a record's fields. A draft or returned record changes in place; an APPROVED one keeps
 * its values and stores the change as a pending revision for review.
 */
export async function updateRecord(
  ctx: WriteContext & { kind: RecordKind; id: string; version: number; input: unknown },
): Promise<FlatRecord> {
  const { actor, kind } = ctx;
  if (!actor) deny(actor);
  const prisma = ctx.prisma ?? db();
  const existing = await findReadable(ctx, kind, ctx.id, prisma);
  const inReview = underReview(existing);
  // A reviewer may correct a record under review (a typo) before approving it; its department may not.
  const correcting = inReview && mayOnRecord(actor, "correct", existing);
  if (!correcting) authorizeRecord(actor, "update", existing);
  if (inReview && !correcting) {
    throw new AppError("CONFLICT", bi("记录正在审核中，请先撤回再修改", "the record is under review: withdraw it before editing"));
  }
  if (ctx.version !== existing.version) throw versionConflict(existing.version);
  const data = await checkRecordValues({ kind, year: existing.year, values: ctx.input, client: prisma });
  await assertYearWritable(existing.year, prisma);
  await checkReferences({ kind, departmentId: existing.departmentId, rows: [data], client: prisma });
  if (correcting) return correctRecord(ctx, kind, existing, data);
  const revising = existing.status === "APPROVED";
  return withDbErrors(() =>
    inTransaction(prisma, async (tx) => {
      const { count } = await tx.record.updateMany({
        where: { id: existing.id, version: existing.version },
        data: revising
          ? { pending: data as Prisma.InputJsonValue, revisionStatus: "DRAFT", returnReason: null, version: { increment: 1 } }
          : { version: { increment: 1 } },
      });
      if (count !== 1) throw versionConflict(existing.version + 1);
      if (!revising) await writeFields(tx, kind, existing.id, data);
      const stored = storedValues(existing, data);
      const base = revising && existing.pending ? (existing.pending as Record<string, unknown>) : stored;
      await audit(tx, {
        actor,
        action: revising ? "REVISE" : "UPDATE",
        entityType: kind.model,
        entityId: existing.id,
        recordId: existing.id,
        ip: ctx.ip,
        changes: changedFields(revising ? stored : base, data),
      });
      return reload(tx, kind, existing.id);
    }),
  );
}

/**
 * A reviewer's correction of a record (or revision) under review: the values change in place,
 * the state stays, and the audit row says it was the reviewer's edit (CORRECT), so the
 * department sees what was changed and by whom.
 */
async function correctRecord(ctx: WriteContext, kind: RecordKind, existing: FlatRecord, data: Record<string, unknown>) {
  const prisma = ctx.prisma ?? db();
  const revision = existing.status === "APPROVED";
  return withDbErrors(() =>
    inTransaction(prisma, async (tx) => {
      const { count } = await tx.record.updateMany({
        where: { id: existing.id, version: existing.version },
        data: revision ? { pending: data as Prisma.InputJsonValue, version: { increment: 1 } } : { version: { increment: 1 } },
      });
      if (count !== 1) throw versionConflict(existing.version + 1);
      if (!revision) await writeFields(tx, kind, existing.id, data);
      const before = revision && existing.pending ? (existing.pending as Record<string, unknown>) : storedValues(existing, data);
      await audit(tx, {
        actor: ctx.actor,
        action: "CORRECT",
        entityType: kind.model,
        entityId: existing.id,
        recordId: existing.id,
        ip: ctx.ip,
        changes: changedFields(before, data),
      });
      return reload(tx, kind, existing.id);
    }),
  );
}

/** Writes parsed field values to the record row (topic) and the kind's row. */
export async function writeFields(tx: Prisma.TransactionClient, kind: RecordKind, id: string, data: Record<string, unknown>) {
  const { record, fields } = splitData(kind, toDbData(data));
  await tx.record.update({
    where: { id },
    data: { ...("topic" in record ? { topic: record.topic } : {}), ...nestedKind(kind, "update", fields) },
  });
}

/**
 * Soft delete of a draft or returned record by its department: the record disappears for every
 * reader but its row (and so its audit trail) stays, and an admin can restore it.
 */
export async function deleteRecord(ctx: WriteContext & { kind: RecordKind; id: string; version: number }): Promise<void> {
  const { actor, kind } = ctx;
  if (!actor) deny(actor);
  const prisma = ctx.prisma ?? db();
  const existing = await findReadable(ctx, kind, ctx.id, prisma);
  authorizeRecord(actor, "delete", existing);
  if (existing.status === "APPROVED" || existing.status === "SUBMITTED") {
    throw new AppError("CONFLICT", bi("已提交或已通过的记录不能删除", "a submitted or approved record cannot be deleted"));
  }
  if (ctx.version !== existing.version) throw versionConflict(existing.version);
  await assertYearWritable(existing.year, prisma);
  await withDbErrors(() =>
    inTransaction(prisma, async (tx) => {
      const { count } = await tx.record.updateMany({
        where: { id: existing.id, version: existing.version, deletedAt: null },
        data: { deletedAt: new Date(), version: { increment: 1 } },
      });
      if (count !== 1) throw versionConflict(existing.version + 1);
      await audit(tx, { actor, action: "DELETE", entityType: kind.model, entityId: existing.id, recordId: existing.id, ip: ctx.ip });
      // A deleted draft is handled too: it leaves the notices asking to fix or confirm it.
      await settleRecords(tx, { recordIds: [existing.id], types: ["RETURNED", "CARRIED"] });
    }),
  );
}

/** Admins bring a deleted record back as it was (same state, same values). Audited. */
export async function restoreRecord(ctx: WriteContext & { kind: RecordKind; id: string }): Promise<FlatRecord> {
  const { actor, kind } = ctx;
  if (!actor) deny(actor);
  const prisma = ctx.prisma ?? db();
  if (!/^[\w-]{1,64}$/.test(ctx.id)) throw recordNotFound();
  const row = await prisma.record.findFirst({
    where: { id: ctx.id, kind: kind.model, deletedAt: { not: null } },
    select: { departmentId: true, year: true },
  });
  // Deleted records exist for admins only: anyone else is told there is no such record.
  if (!row || !mayOnRecord(actor, "restore", row)) throw recordNotFound();
  await assertYearWritable(row.year, prisma);
  return withDbErrors(() =>
    inTransaction(prisma, async (tx) => {
      const { count } = await tx.record.updateMany({
        where: { id: ctx.id, deletedAt: { not: null } },
        data: { deletedAt: null, version: { increment: 1 } },
      });
      if (count !== 1) throw recordNotFound();
      await audit(tx, { actor, action: "RESTORE", entityType: kind.model, entityId: ctx.id, recordId: ctx.id, ip: ctx.ip });
      return reload(tx, kind, ctx.id);
    }),
  );
}

/**
 * Changes what a record counts for after it was created: its report year (moved by its
 * department while a draft, by reviewers whenever it is not under review; both years must be
 * open) and the 主要成果 highlight (reviewers). Checks the version; audited.
 */
export async function changeRecordMeta(
  ctx: WriteContext & { kind: RecordKind; id: string; version: number; input: unknown },
): Promise<FlatRecord> {
  const { actor, kind } = ctx;
  if (!actor) deny(actor);
  const prisma = ctx.prisma ?? db();
  const change = parseWith(ZRecordMetaChange, ctx.input);
  const existing = await findReadable(ctx, kind, ctx.id, prisma);
  if (ctx.version !== existing.version) throw versionConflict(existing.version);
  const data: { year?: number; highlight?: boolean } = {};
  if (change.highlight !== undefined && change.highlight !== existing.highlight) {
    authorizeRecord(actor, "highlight", existing);
    data.highlight = change.highlight;
  }
  if (change.year !== undefined && change.year !== existing.year) {
    authorizeRecord(actor, "move", existing);
    const inReview = underReview(existing);
    const staffLocked = actor.role === "STAFF" && existing.status === "APPROVED";
    if (inReview || staffLocked) {
      throw new AppError(
        "CONFLICT",
        inReview
          ? bi("记录正在审核中，不能更改年度", "the record is under review: its year cannot change")
          : bi("已通过的记录只能由审核员更改年度", "only a reviewer can move an approved record to another year"),
      );
    }
    await assertYearWritable(change.year, prisma);
    // Its dates must fall in the new year's academic year, as if it had been entered there.
    await checkRecordValues({ kind, year: change.year, values: existing, stored: true, client: prisma });
    data.year = change.year;
  }
  await assertYearWritable(existing.year, prisma);
  if (!Object.keys(data).length) return existing;
  return withDbErrors(() =>
    inTransaction(prisma, async (tx) => {
      const { count } = await tx.record.updateMany({
        where: { id: existing.id, version: existing.version },
        // An indicator's own row follows the year through its composite foreign key (ON UPDATE CASCADE).
        data: { ...data, version: { increment: 1 } },
      });
      if (count !== 1) throw versionConflict(existing.version + 1);
      await audit(tx, {
        actor,
        action: data.year !== undefined ? "RECORD_MOVE" : "HIGHLIGHT",
        entityType: kind.model,
        entityId: existing.id,
        recordId: existing.id,
        ip: ctx.ip,
        changes: changedFields(Object.fromEntries(Object.keys(data).map((k) => [k, existing[k]])), data),
      });
      return reload(tx, kind, existing.id);
    }),
  );
}
