import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { audit } from "../audit/log";
import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { db } from "../server/db";
import { parseWith } from "../validation";
import { ZPackageSent } from "./log-schema";

/**
 * The 报送 log: each export of an edition's package (written by exportPackage) and each 已报送 the
 * quality office records (how and to whom), shown on the admin editions page.
 */
export type PackageLogEntry = {
  id: string;
  year: number;
  version: number;
  action: "EXPORTED" | "SENT";
  by: string | null;
  at: Date;
  sha256: string | null;
  bytes: number | null;
  note: string | null;
};

export async function listPackageLog(options: { actor: MaybeActor; year: number; prisma?: PrismaClient }): Promise<PackageLogEntry[]> {
  authorize(options.actor, "package.export");
  const rows = await (options.prisma ?? db()).packageExport.findMany({
    where: { year: options.year },
    orderBy: [{ exportedAt: "desc" }, { id: "desc" }],
    include: { exportedBy: { select: { displayName: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    version: r.version,
    action: r.action,
    by: r.exportedBy?.displayName ?? null,
    at: r.exportedAt,
    sha256: r.sha256,
    bytes: r.bytes,
    note: r.note,
  }));
}

/** 已报送: the office records that an edition's package was handed in, and how. */
export async function recordPackageSent(options: {
  actor: MaybeActor;
  year: number;
  version: number;
  input: unknown;
  prisma?: PrismaClient;
}) {
  authorize(options.actor, "package.send");
  const { note } = parseWith(ZPackageSent, options.input);
  const prisma = options.prisma ?? db();
  return prisma.$transaction(async (tx) => {
    const edition = await tx.reportEdition.findUnique({
      where: { year_version: { year: options.year, version: options.version } },
      select: { id: true },
    });
    if (!edition) throw new AppError("NOT_FOUND", bi("没有这一版本的报告", "no such edition"));
    const row = await tx.packageExport.create({
      data: { year: options.year, version: options.version, action: "SENT", exportedById: options.actor!.id, note },
    });
    await audit(tx, {
      actor: options.actor,
      action: "PACKAGE_SENT",
      entityType: "ReportEdition",
      entityId: edition.id,
      changes: { year: options.year, version: options.version, note },
    });
    return row;
  });
}
