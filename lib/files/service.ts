import type { MaybeActor } from "../auth/actor";
import { audit } from "../audit/log";
import { authorizeRecord, deny, readableWhere } from "../auth/policy";
import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { kindBySlug, type RecordKind } from "../records/kinds";
import { db } from "../server/db";
import { flatten } from "../records/store";
import { findReadable } from "../records/write";
import { storeUpload, type Variant } from "./store";

/**
 * Evidence files. A file is readable by whoever may read a record it is attached to (or the
 * figure that shows it), and by its uploader; a draft's files are therefore as private as the draft.
 */
type Ctx = { actor: MaybeActor; prisma?: PrismaClient };

function requireWritable(ctx: Ctx, record: { departmentId: string; status: string; revisionStatus: string | null }) {
  if (!ctx.actor) deny(ctx.actor);
  authorizeRecord(ctx.actor, "update", record as never);
  if (record.status === "SUBMITTED" || record.revisionStatus === "SUBMITTED") {
    throw new AppError("CONFLICT", bi("记录正在审核中，请先撤回再添加附件", "the record is under review: withdraw it first"));
  }
}

export async function attachFile(ctx: Ctx & { kind: RecordKind; recordId: string; bytes: Uint8Array; name: string }) {
  const prisma = ctx.prisma ?? db();
  const record = await findReadable(ctx, ctx.kind, ctx.recordId, prisma);
  requireWritable(ctx, record);
  return prisma.$transaction(async (tx) => {
    const file = await storeUpload({ bytes: ctx.bytes, originalName: ctx.name, uploadedById: ctx.actor!.id, tx });
    await tx.fileAttachment.create({ data: { fileId: file.id, recordId: record.id, createdById: ctx.actor!.id } });
    await audit(tx, { actor: ctx.actor, action: "ATTACH", entityType: ctx.kind.model, entityId: record.id, recordId: record.id,
      changes: { file: { before: null, after: file.originalName } } });
    return file;
  });
}

/** A photo for a case: stored, and filed as a DRAFT figure of the case so it can appear in the report. */
export async function addCasePhoto(ctx: Ctx & { caseId: string; bytes: Uint8Array; name: string; caption: string }) {
  const prisma = ctx.prisma ?? db();
  const caseKind = kindBySlug("cases")!;
  const record = await findReadable(ctx, caseKind, ctx.caseId, prisma);
  requireWritable(ctx, record);
  const caption = ctx.caption.trim();
  if (!caption || caption.length > 200) throw new AppError("INVALID", bi("请填写图题（不超过200字）", "a caption of at most 200 characters is required"));
  return prisma.$transaction(async (tx) => {
    const file = await storeUpload({ bytes: ctx.bytes, originalName: ctx.name, uploadedById: ctx.actor!.id, tx });
    const figure = await tx.record.create({ data: {
      kind: "figure", topic: record.topic, year: record.year, departmentId: record.departmentId, authorId: ctx.actor!.id, status: "DRAFT",
      figure: { create: { caption, kind: "PHOTO", caseId: record.id, fileId: file.id } },
    }, include: { figure: true } });
    await audit(tx, { actor: ctx.actor, action: "CREATE", entityType: "figure", entityId: figure.id, recordId: figure.id,
      changes: { caption: { before: null, after: caption }, caseId: { before: null, after: record.id }, file: { before: null, after: file.originalName } } });
    return { file, figure: flatten(figure) };
  });
}

export async function listAttachments(ctx: Ctx & { kind: RecordKind; recordId: string }) {
  const prisma = ctx.prisma ?? db();
  await findReadable(ctx, ctx.kind, ctx.recordId, prisma);
  const rows = await prisma.fileAttachment.findMany({ where: { recordId: ctx.recordId },
    include: { file: true }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.file);
}

/** The file if the actor may read it, else 404 (never revealing that it exists). */
export async function readableFile(ctx: Ctx & { fileId: string; variant: Variant }) {
  const prisma = ctx.prisma ?? db();
  const notFound = new AppError("NOT_FOUND", bi("文件不存在", "file not found"));
  if (!/^[\w-]{1,64}$/.test(ctx.fileId)) throw notFound;
  const file = await prisma.storedFile.findUnique({ where: { id: ctx.fileId }, include: { attachments: true, figures: { select: { id: true } } } });
  if (!file) throw notFound;
  let allowed = !!ctx.actor && file.uploadedById === ctx.actor.id;
  // Figures share their record's id, so both ways to reach the file are one question about records.
  const recordIds = [...file.figures.map((f) => f.id), ...file.attachments.map((a) => a.recordId)];
  if (!allowed && recordIds.length) {
    allowed = !!(await prisma.record.findFirst({
      where: { AND: [{ id: { in: recordIds }, deletedAt: null }, readableWhere(ctx.actor)] }, select: { id: true } }));
  }
  if (!allowed) throw notFound;
  const variants = file.variants as Partial<Record<Variant, { key: string; mime: string }>>;
  const v = variants[ctx.variant] ?? variants.original ?? { key: file.storageKey, mime: file.mimeType };
  return { file, key: v.key, mime: v.mime };
}

/** A case's photos (figures filed under it) that the actor may read. */
export async function listCasePhotos(ctx: Ctx & { caseId: string }) {
  const prisma = ctx.prisma ?? db();
  const rows = await prisma.record.findMany({
    where: { AND: [{ kind: "figure", deletedAt: null, figure: { is: { caseId: ctx.caseId } } }, readableWhere(ctx.actor)] },
    select: { id: true, status: true, figure: { select: { caption: true, fileId: true } } }, orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ id: r.id, status: r.status, caption: r.figure?.caption ?? "", fileId: r.figure?.fileId ?? null }));
}
