import "server-only";
import type { MaybeActor } from "../auth/actor";
import { authorizeRecord, deny, readableWhere } from "../auth/policy";
import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import type { RecordKind } from "../records/kinds";
import { flatten, includeKind, ofKind } from "../records/store";
import { academicYearOf } from "../records/validate";
import { db } from "../server/db";
import { importRecords, submitImported } from "./commit";
import { detectFormat, parseSpreadsheet } from "./parse";
import { claimUpload, deleteUpload, loadBatch, loadUpload, saveBatch, saveUpload } from "./store";
import { findDuplicates, validateSheet } from "./validate";

/**
 * The import as the pages see it: upload (kept server-side under a token) → preview (parsed and
 * validated again from the stored file) → commit (importRecords, all or nothing) → 「全部提交」.
 */
function departmentOf(actor: MaybeActor): string {
  if (!actor) deny(actor);
  const departmentId = actor.departmentId ?? "";
  authorizeRecord(actor, "create", { departmentId });
  return departmentId;
}

export async function acceptUpload(options: {
  actor: MaybeActor;
  kind: RecordKind;
  year: number;
  fileName: string;
  bytes: Uint8Array;
  prisma?: PrismaClient;
}): Promise<string> {
  const { actor, kind } = options;
  departmentOf(actor);
  const prisma = options.prisma ?? db();
  const academicYear = Number.isInteger(options.year) ? await academicYearOf(prisma, options.year) : null;
  if (academicYear === null) throw new AppError("INVALID", bi("请选择有效的年度", "choose a valid report year"));
  const format = await detectFormat(options.bytes);
  // Refuse unreadable files, oversize sheets and sheets without the kind's header now, not at confirm time.
  validateSheet({ kind, rows: (await parseSpreadsheet(options.bytes)).rows, year: options.year, academicYear });
  return saveUpload(
    {
      userId: actor!.id,
      kind: kind.slug,
      year: options.year,
      format,
      size: options.bytes.byteLength,
      fileName: options.fileName.replace(/[^\p{L}\p{N} ._()（）-]/gu, "_").slice(0, 120) || "upload",
    },
    options.bytes,
  );
}

export async function previewUpload(options: { actor: MaybeActor; kind: RecordKind; token: string; prisma?: PrismaClient }) {
  const { actor, kind } = options;
  const departmentId = departmentOf(actor);
  const { meta, bytes } = await loadUpload({ token: options.token, userId: actor!.id, kind: kind.slug });
  const prisma = options.prisma ?? db();
  const parsed = await parseSpreadsheet(bytes);
  const sheet = validateSheet({ kind, rows: parsed.rows, year: meta.year, academicYear: await academicYearOf(prisma, meta.year) });
  const duplicates = await findDuplicates({ prisma, kind, year: meta.year, departmentId, valid: sheet.valid });
  return { meta, sheetName: parsed.sheetName, sheet, duplicates };
}

export async function commitUpload(options: {
  actor: MaybeActor;
  kind: RecordKind;
  token: string;
  skipDuplicates: boolean;
  ip?: string | null;
  prisma?: PrismaClient;
}) {
  const { actor, kind, token } = options;
  departmentOf(actor);
  const { meta, bytes } = await loadUpload({ token, userId: actor!.id, kind: kind.slug });
  const claim = await claimUpload(token);
  let outcome: Awaited<ReturnType<typeof importRecords>>;
  try {
    const { rows } = await parseSpreadsheet(bytes);
    outcome = await importRecords({
      actor,
      kind,
      year: meta.year,
      rows,
      skipDuplicates: options.skipDuplicates,
      ip: options.ip,
      prisma: options.prisma,
    });
  } catch (err) {
    await claim.release(); // nothing was saved: the user may try again
    throw err;
  }
  await saveBatch(token, { userId: actor!.id, kind: kind.slug, year: meta.year, created: outcome.created, skipped: outcome.skipped });
  await deleteUpload(token);
  return outcome;
}

export async function importedBatch(options: { actor: MaybeActor; kind: RecordKind; token: string }) {
  if (!options.actor) deny(options.actor);
  return loadBatch({ token: options.token, userId: options.actor.id, kind: options.kind.slug });
}

export async function submitBatch(options: {
  actor: MaybeActor;
  kind: RecordKind;
  token: string;
  ip?: string | null;
  prisma?: PrismaClient;
}) {
  const batch = await importedBatch(options);
  if (!batch) throw new AppError("NOT_FOUND", bi("导入结果已过期，请在列表中提交", "the import result has expired: submit from the list"));
  return submitImported({ actor: options.actor, kind: options.kind, ids: batch.created, ip: options.ip, prisma: options.prisma });
}

/** The records an import created, as far as the actor may read them, in the spreadsheet's order. */
export async function importedRecords(options: { actor: MaybeActor; kind: RecordKind; ids: string[]; prisma?: PrismaClient }) {
  const rows = await (options.prisma ?? db()).record.findMany({
    where: { AND: [{ id: { in: options.ids } }, ofKind(options.kind), readableWhere(options.actor)] },
    orderBy: { sortOrder: "asc" },
    include: includeKind(options.kind),
  });
  return rows.map(flatten);
}
