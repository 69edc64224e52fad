import "server-only";
import { readableWhere } from "../auth/policy";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../server/db";
import { kindBySlug, type RecordKind } from "./kinds";
import { publicRecord } from "./public-fields";
import { flatten, includeKind, ofKind, whereKindFields } from "./store";

/**
 * One approved record as the public reads it (the page a report's 来源 link opens for a case),
 * and for a case its approved photos. Anything not approved is "not found", as on the lists.
 */
export async function publicRecordById(options: { kind: RecordKind; id: string; prisma?: PrismaClient }) {
  const { kind, id } = options;
  const prisma = options.prisma ?? db();
  const row = await prisma.record.findFirst({
    where: { AND: [{ id }, ofKind(kind), readableWhere(null)] },
    include: { ...includeKind(kind), department: { select: { name: true } } },
  });
  if (!row) return null;
  const department = (row as { department?: { name: string } | null }).department?.name ?? null;
  const record = publicRecord(kind, flatten(row), department);
  const figures = kindBySlug("figures");
  const photos =
    kind.slug === "cases" && figures
      ? (
          await prisma.record.findMany({
            where: { AND: [ofKind(figures), readableWhere(null), whereKindFields(figures, { caseId: id, fileId: { not: null } })] },
            include: includeKind(figures),
            orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          })
        ).map((r) => {
          const f = flatten(r);
          return { id: f.id, caption: typeof f.caption === "string" ? f.caption : "", src: `/files/${String(f.fileId)}/web` };
        })
      : [];
  return { record, photos };
}
