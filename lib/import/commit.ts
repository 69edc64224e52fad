import { randomBytes } from "node:crypto";
import { auditRow, changedFields } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import { authorizeRecord, deny } from "../auth/policy";
import { AppError } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import type { RecordKind } from "../records/kinds";
import { checkReferences } from "../records/references";
import { ZRecordMeta } from "../records/schema";
import { academicYearOf, recordInvalid, storedInput, validateRecordValues } from "../records/validate";
import { flatten, includeKind, insertRows, kindCreate, splitData, tableOf } from "../records/store";
import { db } from "../server/db";
import { withDbErrors } from "../server/db-errors";
import type { RawRow } from "./parse";
import { findDuplicates, validateSheet, type ImportDuplicate, type ImportIssue } from "./validate";
import { assertDepartmentOpen } from "../departments/service";
import { assertYearWritable } from "../years/service";

/**
 * Saving an import: everything is re-validated on the server from the stored upload, then all
 * rows and their CREATE audit rows are written in ONE transaction — all or nothing.
 *
 * The rows go in as one INSERT … SELECT FROM json_populate_recordset per chunk rather than
 * Prisma's createMany: for 10,000 rows createMany took ~12 s and pushed the process past 500 MB
 * (the query compiler serialises every value), the JSON insert takes ~1 s and ~180 MB. Table and
 * column names are checked against Prisma's own model and field lists; the data travels as one
 * bound parameter. Columns left out get the database defaults, as with createMany. Each row is
 * a Record row and a row of the kind's table with the same id, as lib/records/write.ts writes one.
 */
const CHUNK = 1000;
/** 10,000 rows take a few seconds; leave ample room on a slow machine. */
const TX_TIMEOUT_MS = 5 * 60_000;

let counter = Math.floor(Math.random() * 36 ** 4);
/** A collision-resistant id in the style of Prisma's cuid(): made here so the audit rows can point at the rows. */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(8).toString("hex").slice(0, 12)}`.slice(0, 25);
}

export class ImportRefused extends AppError {
  constructor(
    message: string,
    readonly issues: ImportIssue[],
  ) {
    super("INVALID", message);
  }
}

function staffDepartment(actor: MaybeActor, action: "create" | "submit"): string {
  if (!actor) deny(actor);
  const departmentId = actor.departmentId ?? "";
  authorizeRecord(actor, action, { departmentId });
  return departmentId;
}

export type ImportOutcome = { created: string[]; duplicates: ImportDuplicate[]; skipped: number };

export async function importRecords(options: {
  actor: MaybeActor;
  kind: RecordKind;
  year: number;
  rows: RawRow[];
  /** Leave out rows flagged as duplicates (default); false saves them too. */
  skipDuplicates?: boolean;
  prisma?: PrismaClient;
  ip?: string | null;
}): Promise<ImportOutcome> {
  const { actor, kind } = options;
  const departmentId = staffDepartment(options.actor, "create");
  const prisma = options.prisma ?? db();
  const meta = ZRecordMeta.pick({ year: true }).safeParse({ year: options.year });
  if (!meta.success) throw new AppError("INVALID", bi("年度无效", "invalid year"));
  const year = meta.data.year;
  const academicYear = await academicYearOf(prisma, year);
  if (academicYear === null) {
    throw new AppError("INVALID", bi("该年度不存在，请先由管理员创建年度", "that report year does not exist"));
  }

  const sheet = validateSheet({ kind, rows: options.rows, year, academicYear });
  if (sheet.issues.length) {
    const rowsWithIssues = new Set(sheet.issues.map((i) => i.row)).size;
    throw new ImportRefused(
      bi(
        `有 ${rowsWithIssues} 行共 ${sheet.issues.length} 处错误，未导入任何数据，请修改后重新上传`,
        `${sheet.issues.length} problems in ${rowsWithIssues} rows: nothing was imported`,
      ),
      sheet.issues,
    );
  }
  const duplicates = await findDuplicates({ prisma, kind, year, departmentId, valid: sheet.valid });
  const skip = options.skipDuplicates === false ? new Set<number>() : new Set(duplicates.map((d) => d.row));
  const rows = sheet.valid.filter((r) => !skip.has(r.row));
  if (!rows.length) throw new AppError("INVALID", bi("没有可导入的行", "there are no rows to import"));

  await assertYearWritable(year, prisma);
  await assertDepartmentOpen(departmentId, prisma);
  await checkReferences({ kind, departmentId, rows: rows.map((r) => r.data), client: prisma });
  const ids = rows.map(() => newId());
  return withDbErrors(() =>
    prisma.$transaction(
      async (tx) => {
        // Imported rows follow the year's existing ones, in the spreadsheet's order.
        const { _max } = await tx.record.aggregate({ where: { kind: kind.model, year }, _max: { sortOrder: true } });
        const base = _max.sortOrder ?? 0;
        // Timestamps as Prisma writes them (UTC; a timestamp column ignores the "Z"), not the server's local now().
        const now = new Date().toISOString();
        for (let start = 0; start < rows.length; start += CHUNK) {
          const slice = rows.slice(start, start + CHUNK);
          const parts = slice.map((r) => splitData(kind, r.data));
          await insertRows(
            tx,
            "Record",
            parts.map((p, i) => ({
              id: ids[start + i],
              kind: kind.model,
              year,
              departmentId,
              authorId: actor!.id,
              status: "DRAFT",
              topic: p.record.topic ?? null,
              sortOrder: base + start + i + 1,
              createdAt: now,
              updatedAt: now,
            })),
          );
          await insertRows(
            tx,
            tableOf(kind),
            parts.map((p, i) => ({ ...kindCreate(kind, p.fields, year), id: ids[start + i] })),
          );
          await insertRows(
            tx,
            "AuditLog",
            slice.map((r, i) => ({
              at: now,
              ...auditRow({
                actor: actor!,
                action: "CREATE",
                entityType: kind.model,
                entityId: ids[start + i],
                recordId: ids[start + i],
                reason: "import",
                ip: options.ip ?? null,
                changes: changedFields(null, { ...r.data, year, departmentId }),
              }),
            })),
          );
        }
        return { created: ids, duplicates, skipped: skip.size };
      },
      { timeout: TX_TIMEOUT_MS, maxWait: 30_000 },
    ),
  );
}

/**
 * 「全部提交」 for an import: submits the actor's department's drafts among `ids` in one
 * transaction with one SUBMIT audit row each. All or nothing: if any of them changed state
 * meanwhile, nothing is submitted.
 */
export async function submitImported(options: {
  actor: MaybeActor;
  kind: RecordKind;
  ids: string[];
  prisma?: PrismaClient;
  ip?: string | null;
}): Promise<{ submitted: number }> {
  const { actor, kind } = options;
  const departmentId = staffDepartment(actor, "submit");
  const prisma = options.prisma ?? db();
  return withDbErrors(() =>
    prisma.$transaction(
      async (tx) => {
        const where: Prisma.RecordWhereInput = {
          id: { in: options.ids },
          kind: kind.model,
          deletedAt: null,
          departmentId,
          status: { in: ["DRAFT", "RETURNED"] },
          revisionStatus: null,
        };
        const found = (await tx.record.findMany({ where, include: includeKind(kind) })).map(flatten);
        if (!found.length) return { submitted: 0 };
        // As submit does one by one: each record is judged by today's rules, however it came in.
        const academicYears = new Map<number, string | null>();
        for (const year of new Set(found.map((f) => f.year))) academicYears.set(year, await academicYearOf(tx, year));
        for (const f of found) {
          const judged = validateRecordValues({
            kind,
            year: f.year,
            academicYear: academicYears.get(f.year)!,
            values: storedInput(kind, f),
          });
          if (!judged.ok) throw recordInvalid(judged.issues);
        }
        const { count } = await tx.record.updateMany({
          where: { ...where, id: { in: found.map((f) => f.id) } },
          data: { status: "SUBMITTED", returnReason: null, version: { increment: 1 } },
        });
        if (count !== found.length) {
          throw new AppError("CONFLICT", bi("部分记录已被他人修改，请刷新后重试", "some records changed meanwhile: reload and try again"));
        }
        const now = new Date().toISOString();
        for (let start = 0; start < found.length; start += CHUNK) {
          await insertRows(
            tx,
            "AuditLog",
            found.slice(start, start + CHUNK).map((f) => ({
              at: now,
              ...auditRow({
                actor: actor!,
                action: "SUBMIT",
                entityType: kind.model,
                entityId: f.id,
                recordId: f.id,
                ip: options.ip ?? null,
                changes: { status: { before: f.status, after: "SUBMITTED" } },
              }),
            })),
          );
        }
        return { submitted: count };
      },
      { timeout: TX_TIMEOUT_MS, maxWait: 30_000 },
    ),
  );
}
