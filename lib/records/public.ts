import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../server/db";
import { listRecords, parseFilters } from "./access";
import type { RecordKind } from "./kinds";
import { publicRecord } from "./public-fields";

/** GET /api/v1/public/{year}/{kind}: a year's approved records of a kind, whoever asks (the policy's anonymous scope). */
export async function publicListing(options: {
  kind: RecordKind;
  year: string | number;
  q?: string;
  page?: string;
  pageSize?: string;
  prisma?: PrismaClient;
}) {
  const prisma = options.prisma ?? db();
  const { kind } = options;
  const filters = parseFilters({ year: String(options.year), q: options.q, page: options.page, pageSize: options.pageSize }, kind);
  const { rows, total, page, pageSize } = await listRecords({ actor: null, kind, filters, prisma });
  const ids = [...new Set(rows.map((r) => r.departmentId))];
  const names = new Map(
    ids.length
      ? (await prisma.department.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((d) => [d.id, d.name])
      : [],
  );
  return {
    year: filters.year,
    total,
    page,
    pageSize,
    items: rows.map((r) => publicRecord(kind, r, names.get(r.departmentId) ?? null)),
  };
}
