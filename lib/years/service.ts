import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { audit, changedFields } from "../audit/log";
import { AppError } from "../errors";
import type { Prisma, PrismaClient, ReportYearState } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { db } from "../server/db";
import { parseWith } from "../validation";
import { ZYearChange } from "./schema";
import { formatDate } from "../time";

/**
 * Report years (报告年度): opened by admins from a template or by continuing last year (the
 * outline as it was edited, and every narrative, whose tokens then show the new year's numbers);
 * 填报中 → 已发布 → 已归档, with a 填报截止日期. An archived year is read-only for everyone
 * until an admin reopens it; every write to a year asks `assertYearWritable` first. Opening a year
 * builds its outline from a rule pack, so it is the report engine's (lib/report/outline/open-year.ts).
 */
type Client = PrismaClient | Prisma.TransactionClient;
type Ctx = { actor: MaybeActor; ip?: string | null; prisma?: PrismaClient };

export function listYears(prisma: Client = db()) {
  return prisma.reportYear.findMany({ orderBy: { year: "desc" } });
}

/** Refuses any write to an archived year (409), naming the year. */
export async function assertYearWritable(year: number, prisma: Client = db()) {
  const row = await prisma.reportYear.findUnique({ where: { year }, select: { state: true } });
  if (!row)
    throw new AppError(
      "INVALID",
      bi(`没有${year}年度，请先由管理员开启该年度`, `there is no report year ${year}; an admin must open it first`),
    );
  if (row.state === "ARCHIVED") {
    throw new AppError(
      "CONFLICT",
      bi(
        `${year}年度已归档，只读；如需修改请管理员先重新开放`,
        `the ${year} report year is archived and read-only; an admin must reopen it first`,
      ),
    );
  }
}

/** Days from today (in the college's time zone) to the deadline; negative once it has passed. */
export function daysLeft(deadline: Date, now = new Date()): number {
  const today = new Date(formatDate(now));
  return Math.round((deadline.getTime() - today.getTime()) / 86_400_000);
}

/** Archive, reopen or mark published; set or clear the deadline. Audited. */
export async function changeYear(ctx: Ctx & { year: number; input: unknown }) {
  authorize(ctx.actor, "years.manage");
  const change = parseWith(ZYearChange, ctx.input);
  const prisma = ctx.prisma ?? db();
  return prisma.$transaction(async (tx) => {
    const before = await tx.reportYear.findUnique({ where: { year: ctx.year } });
    if (!before) throw new AppError("NOT_FOUND", bi(`没有${ctx.year}年度`, `no report year ${ctx.year}`));
    const data: { state?: ReportYearState; deadline?: Date | null; title?: string | null } = {};
    if (change.state) data.state = change.state;
    if (change.title !== undefined) data.title = change.title;
    if (change.deadline !== undefined) data.deadline = change.deadline ? new Date(`${change.deadline}T00:00:00Z`) : null;
    const after = await tx.reportYear.update({ where: { year: ctx.year }, data });
    const action =
      change.state === "ARCHIVED" ? "YEAR_ARCHIVE" : change.state && before.state === "ARCHIVED" ? "YEAR_REOPEN" : "YEAR_UPDATE";
    await audit(tx, {
      actor: ctx.actor,
      action,
      entityType: "ReportYear",
      entityId: String(ctx.year),
      ip: ctx.ip,
      changes: changedFields(
        { state: before.state, deadline: before.deadline?.toISOString().slice(0, 10) ?? null, title: before.title },
        { state: after.state, deadline: after.deadline?.toISOString().slice(0, 10) ?? null, title: after.title },
      ),
    });
    return after;
  });
}
