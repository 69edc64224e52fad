import type { MaybeActor } from "../auth/actor";
import { audit } from "../audit/log";
import { authorizeRecord, deny, may, mayOnRecord, readableWhere, type RecordScope } from "../auth/policy";
import { AppError } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { isInstitutionLogo } from "../institution/service";
import { toJsonRecord } from "../records/db-data";
import { kindBySlug, type RecordKind } from "../records/kinds";
import { db } from "../server/db";
import { flatten } from "../records/store";
import { findReadable } from "../records/write";
import { storeUpload, type Variant } from "../files/store";
import { notAPhoto } from "../files/sniff";
import { partnerPhotoReadable } from "../partners/service";

/**
 * Evidence files (the stored files themselves are lib/files: this module decides who may attach, list
 * and read them, so it asks records, the college and partners, which lib/files never does). A file is readable by whoever may read a record it is attached to (or the
 * figure that shows it), and by its uploader; a draft's files are therefore as private as the draft.
 * Evidence on an APPROVED record is a change like any other: it is stored `pending` and opens a
 * revision (if none is open), and the public sees it only once that revision is approved.
 */
type Ctx = { actor: MaybeActor; prisma?: PrismaClient };

function requireWritable(ctx: Ctx, record: { departmentId: string; status: string; revisionStatus: string | null }) {
  if (!ctx.actor) deny(ctx.actor);
  authorizeRecord(ctx.actor, "update", record);
  if (record.status === "SUBMITTED" || record.revisionStatus === "SUBMITTED") {
    throw new AppError("CONFLICT", bi("记录正在审核中，请先撤回再添加附件", "the record is under review: withdraw it first"));
  }
}

/** Asks, before an upload's body is read, whether the actor may attach to this record at all. */
export async function authorizeAttach(ctx: Ctx & { kind: RecordKind; recordId: string }) {
  requireWritable(ctx, await findReadable(ctx, ctx.kind, ctx.recordId, ctx.prisma ?? db()));
}

export async function attachFile(ctx: Ctx & { kind: RecordKind; recordId: string; bytes: Uint8Array; name: string }) {
  const prisma = ctx.prisma ?? db();
  const record = await findReadable(ctx, ctx.kind, ctx.recordId, prisma);
  requireWritable(ctx, record);
  const pending = record.status === "APPROVED";
  const revision = pending && record.revisionStatus === null ? approvedValues(ctx.kind, record) : null;
  return prisma.$transaction(async (tx) => {
    if (revision) await openRevision(tx, record, revision);
    const file = await storeUpload({ bytes: ctx.bytes, originalName: ctx.name, uploadedById: ctx.actor!.id, tx });
    await tx.fileAttachment.create({ data: { fileId: file.id, recordId: record.id, createdById: ctx.actor!.id, pending } });
    await audit(tx, {
      actor: ctx.actor,
      action: "ATTACH",
      entityType: ctx.kind.model,
      entityId: record.id,
      recordId: record.id,
      changes: {
        file: { before: null, after: file.originalName },
        ...(revision ? { revisionStatus: { before: null, after: "DRAFT" } } : {}),
      },
    });
    return file;
  });
}

async function openRevision(tx: Prisma.TransactionClient, record: { id: string; version: number }, values: Record<string, unknown>) {
  const { count } = await tx.record.updateMany({
    where: { id: record.id, version: record.version },
    data: { pending: values as Prisma.InputJsonValue, revisionStatus: "DRAFT", returnReason: null, version: { increment: 1 } },
  });
  if (count !== 1)
    throw new AppError("CONFLICT", bi("该记录已被他人修改，请刷新后重试", "someone else changed this record: reload and try again"));
}

/** The approved field values of a record as a revision's input (for a revision opened by an attachment). */
function approvedValues(kind: RecordKind, record: Record<string, unknown>): Record<string, unknown> {
  const present = Object.fromEntries(Object.entries(toJsonRecord(record)).filter(([, v]) => v !== null));
  const parsed = kind.schema.safeParse(present);
  if (!parsed.success) {
    throw new AppError("CONFLICT", bi("请先修改并保存记录，再添加附件", "edit and save the record first, then attach the file"));
  }
  return parsed.data as Record<string, unknown>;
}

/** A photo for a case: stored, and filed as a DRAFT figure of the case so it can appear in the report. */
export async function addCasePhoto(ctx: Ctx & { caseId: string; bytes: Uint8Array; name: string; caption: string }) {
  const prisma = ctx.prisma ?? db();
  const caseKind = kindBySlug("cases")!;
  const record = await findReadable(ctx, caseKind, ctx.caseId, prisma);
  requireWritable(ctx, record);
  const caption = ctx.caption.trim();
  if (!caption || caption.length > 200)
    throw new AppError("INVALID", bi("请填写图题（不超过200字）", "a caption of at most 200 characters is required"));
  // A photo for an approved case is a change to it: it opens the case's revision and waits for its approval.
  const revision = record.status === "APPROVED" && record.revisionStatus === null ? approvedValues(caseKind, record) : null;
  return prisma.$transaction(async (tx) => {
    if (revision) await openRevision(tx, record, revision);
    // A case's photo is printed in the report (web copy, PDF, Word): an image. A PDF is evidence, not a
    // photo; taken as one it would print as the empty frame of a photo never uploaded.
    const file = await storeUpload({
      bytes: ctx.bytes,
      originalName: ctx.name,
      uploadedById: ctx.actor!.id,
      tx,
      imagesOnly: notAPhoto("案例照片", "a case photo"),
    });
    const figure = await tx.record.create({
      data: {
        kind: "figure",
        topic: record.topic,
        year: record.year,
        departmentId: record.departmentId,
        authorId: ctx.actor!.id,
        status: "DRAFT",
        figure: { create: { caption, kind: "PHOTO", caseId: record.id, fileId: file.id } },
      },
      include: { figure: true },
    });
    await audit(tx, {
      actor: ctx.actor,
      action: "CREATE",
      entityType: "figure",
      entityId: figure.id,
      recordId: figure.id,
      changes: {
        caption: { before: null, after: caption },
        caseId: { before: null, after: record.id },
        file: { before: null, after: file.originalName },
      },
    });
    return { file, figure: flatten(figure) };
  });
}

export async function listAttachments(ctx: Ctx & { kind: RecordKind; recordId: string }) {
  const prisma = ctx.prisma ?? db();
  const record = await findReadable(ctx, ctx.kind, ctx.recordId, prisma);
  const seesPending = mayOnRecord(ctx.actor, "history", record);
  const rows = await prisma.fileAttachment.findMany({
    where: { recordId: ctx.recordId, ...(seesPending ? {} : { pending: false }) },
    include: { file: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ ...r.file, pending: r.pending }));
}

/**
 * The file if the actor may read it, else 404 (never revealing that it exists). Read rights come
 * from its uploader, from the college's logo, from a record it is attached to (a pending attachment
 * only for those who may see the record's unapproved changes), or from a figure showing it — but a
 * figure counts only when approved, for reviewers, or when the file is its own department's:
 * otherwise a figure a staff user wrote could point at another department's draft evidence.
 */
export async function readableFile(ctx: Ctx & { fileId: string; variant: Variant }) {
  const prisma = ctx.prisma ?? db();
  const notFound = new AppError("NOT_FOUND", bi("文件不存在", "file not found"));
  if (!/^[\w-]{1,64}$/.test(ctx.fileId)) throw notFound;
  const file = await prisma.storedFile.findUnique({
    where: { id: ctx.fileId },
    include: {
      attachments: true,
      figures: { select: { id: true, record: { select: { status: true, departmentId: true } } } },
      uploadedBy: { select: { departmentId: true } },
    },
  });
  if (!file) throw notFound;
  let allowed = (!!ctx.actor && file.uploadedById === ctx.actor.id) || (await isInstitutionLogo(file.id, prisma));
  const scope = readableWhere(ctx.actor);
  const vouching = file.figures.filter(
    (f) =>
      f.record.status === "APPROVED" ||
      may(ctx.actor, "review.queue") ||
      (!!file.uploadedBy?.departmentId && f.record.departmentId === file.uploadedBy.departmentId),
  );
  // Figures share their record's id, so both ways to reach the file are questions about records.
  if (!allowed && vouching.length) {
    allowed = !!(await prisma.record.findFirst({
      where: { AND: [{ id: { in: vouching.map((f) => f.id) }, deletedAt: null }, scope] },
      select: { id: true },
    }));
  }
  for (const a of file.attachments) {
    if (allowed) break;
    const record = await prisma.record.findFirst({
      where: { AND: [{ id: a.recordId, deletedAt: null }, scope] },
      select: { departmentId: true },
    });
    allowed = !!record && (!a.pending || mayOnRecord(ctx.actor, "history", record));
  }
  // A photo of a partner enterprise's report: as readable as the report (lib/partners).
  if (!allowed) allowed = await partnerPhotoReadable({ actor: ctx.actor, fileId: file.id, prisma });
  if (!allowed) allowed = await typicalCasePhotoReadable(ctx.actor, file.id, prisma);
  if (!allowed) throw notFound;
  const variants = file.variants as Partial<Record<Variant, { key: string; mime: string }>>;
  const v = variants[ctx.variant] ?? variants.original ?? { key: file.storageKey, mime: file.mimeType };
  return { file, key: v.key, mime: v.mime };
}

/**
 * Province mode: a photo of a college's case in the pool. The office reads the pool; everyone reads
 * a photo of a case picked as typical once the year's provincial report is published (it prints it).
 */
async function typicalCasePhotoReadable(actor: MaybeActor, fileId: string, prisma: PrismaClient): Promise<boolean> {
  const cases = await prisma.pooledCase.findMany({
    where: { photos: { array_contains: [{ fileId }] } },
    select: { year: true, pickedAt: true },
  });
  if (!cases.length) return false;
  if (may(actor, "province.read")) return true;
  const years = cases.filter((c) => c.pickedAt).map((c) => c.year);
  return years.length > 0 && !!(await prisma.reportEdition.findFirst({ where: { year: { in: years } }, select: { id: true } }));
}

/** A case's photos (figures filed under it) that the actor may read. */
export async function listCasePhotos(ctx: Ctx & { caseId: string }) {
  const prisma = ctx.prisma ?? db();
  const rows = await prisma.record.findMany({
    where: { AND: [{ kind: "figure", deletedAt: null, figure: { is: { caseId: ctx.caseId } } }, readableWhere(ctx.actor)] },
    select: { id: true, status: true, figure: { select: { caption: true, fileId: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ id: r.id, status: r.status, caption: r.figure?.caption ?? "", fileId: r.figure?.fileId ?? null }));
}

/**
 * Who may remove a file before it is public: the record's department while it can edit the
 * record, or a reviewer while the record is under review. Approved (public) files stay; a
 * change to them is a revision.
 */
export function mayRemove(actor: MaybeActor, record: { departmentId: string; status: string; revisionStatus: string | null }) {
  const underReview = record.status === "SUBMITTED" || record.revisionStatus === "SUBMITTED";
  const scope = record as RecordScope;
  return underReview ? mayOnRecord(actor, "correct", scope) : mayOnRecord(actor, "update", scope);
}

const notRemovable = () =>
  new AppError("CONFLICT", bi("已公开的文件不能删除，请通过修订更换", "a published file cannot be removed; change it through a revision"));

/** Removes an attachment that is not public yet (a draft's, or one pending on a revision). */
export async function removeAttachment(ctx: Ctx & { kind: RecordKind; recordId: string; fileId: string; ip?: string | null }) {
  const prisma = ctx.prisma ?? db();
  const record = await findReadable(ctx, ctx.kind, ctx.recordId, prisma);
  if (!mayRemove(ctx.actor, record)) deny(ctx.actor);
  const attachment = await prisma.fileAttachment.findFirst({ where: { recordId: record.id, fileId: ctx.fileId }, include: { file: true } });
  if (!attachment) throw new AppError("NOT_FOUND", bi("附件不存在", "attachment not found"));
  if (record.status === "APPROVED" && !attachment.pending) throw notRemovable();
  await prisma.$transaction(async (tx) => {
    await tx.fileAttachment.delete({ where: { id: attachment.id } });
    await audit(tx, {
      actor: ctx.actor,
      action: "DETACH",
      entityType: ctx.kind.model,
      entityId: record.id,
      recordId: record.id,
      ip: ctx.ip,
      changes: { file: { before: attachment.file.originalName, after: null } },
    });
  });
}

/** Removes a case's photo that is not approved yet (the figure is soft-deleted, its history kept). */
export async function removeCasePhoto(ctx: Ctx & { caseId: string; figureId: string; ip?: string | null }) {
  const prisma = ctx.prisma ?? db();
  const record = await findReadable(ctx, kindBySlug("cases")!, ctx.caseId, prisma);
  if (!mayRemove(ctx.actor, record)) deny(ctx.actor);
  const photo = await prisma.record.findFirst({
    where: { id: ctx.figureId, kind: "figure", deletedAt: null, figure: { is: { caseId: record.id } } },
    include: { figure: true },
  });
  if (!photo) throw new AppError("NOT_FOUND", bi("照片不存在", "photo not found"));
  if (photo.status === "APPROVED") throw notRemovable();
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.record.updateMany({
      where: { id: photo.id, version: photo.version, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1)
      throw new AppError("CONFLICT", bi("该照片已被他人修改，请刷新后重试", "someone else changed this photo: reload and try again"));
    await audit(tx, {
      actor: ctx.actor,
      action: "DELETE",
      entityType: "figure",
      entityId: photo.id,
      recordId: photo.id,
      ip: ctx.ip,
      changes: { caption: { before: photo.figure?.caption ?? null, after: null }, caseId: { before: record.id, after: null } },
    });
  });
}
