import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { audit, changedFields } from "../audit/log";
import { AppError } from "../errors";
import type { Prisma, PrismaClient, ReportYearState } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { carryStandingRecords } from "../records/carry";
import { notifyCarried } from "../notifications/service";
import { mailSoon } from "../notifications/mail";
import { outlineRows } from "../report/outline/templates";
import { outlineTemplateOf, reportTitleOf } from "../rules/pack";
import { loadRulePack, requireRulePack } from "../rules/store";
import { db } from "../server/db";
import { parseWith } from "../validation";
import { ZOpenYear, ZYearChange } from "./schema";
import { formatDate } from "../time";

/**
 * Report years (报告年度): opened by admins from a template or by continuing last year (the
 * outline as it was edited, and every narrative, whose tokens then show the new year's numbers);
 * 填报中 → 已发布 → 已归档, with a 填报截止日期. An archived year is read-only for everyone
 * until an admin reopens it; every write to a year asks `assertYearWritable` first. Continuing
 * last year also carries its standing records forward as drafts marked 沿用上年 (lib/records/carry.ts).
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

export async function openYear(ctx: Ctx & { input: unknown }) {
  authorize(ctx.actor, "years.manage");
  const input = parseWith(ZOpenYear, ctx.input);
  const prisma = ctx.prisma ?? db();
  const opened = await prisma.$transaction(async (tx) => {
    if (await tx.reportYear.findUnique({ where: { year: input.year } })) {
      throw new AppError("CONFLICT", bi(`${input.year}年度已存在`, `the report year ${input.year} exists already`), {
        year: [bi("该年度已存在", "exists already")],
      });
    }
    let templateKey: string = input.source;
    let sections: Prisma.OutlineSectionCreateManyInput[];
    let fromYear: number | null = null;
    if (input.source === "previous") {
      const previous = await tx.reportYear.findFirst({ where: { year: { lt: input.year } }, orderBy: { year: "desc" } });
      if (!previous)
        throw new AppError(
          "INVALID",
          bi("没有更早的年度可以沿用，请选择模板", "there is no earlier year to continue from: choose a template"),
          { source: [bi("没有上一年度", "no earlier year")] },
        );
      templateKey = previous.templateKey;
      fromYear = previous.year;
      const old = await tx.outlineSection.findMany({ where: { year: previous.year }, orderBy: { sortOrder: "asc" } });
      sections = old.map(({ id: _id, createdAt: _c, updatedAt: _u, year: _y, version: _v, blocks, sources, blockOptions, ...s }) => ({
        ...s,
        blocks: blocks as Prisma.InputJsonValue,
        blockOptions: blockOptions as Prisma.InputJsonValue,
        sources: sources as Prisma.InputJsonValue,
        year: input.year,
      }));
    } else {
      sections = outlineRows(outlineTemplateOf(await requireRulePack(input.source, tx, "source"))).map((r) => ({ ...r, year: input.year }));
    }
    // The notice's own title for the year (the 2024 pack's 「职业教育质量报告（2024年度）」) unless one is typed.
    const packTitle = reportTitleOf(await loadRulePack(templateKey, tx), input.year);
    const created = await tx.reportYear.create({
      data: {
        year: input.year,
        academicYear: input.academicYear,
        templateKey,
        title: input.title ?? packTitle,
        deadline: input.deadline ? new Date(`${input.deadline}T00:00:00Z`) : null,
      },
    });
    await tx.outlineSection.createMany({ data: sections });
    const carried = fromYear === null ? 0 : await carryStandingRecords({ tx, actor: ctx.actor, ip: ctx.ip, fromYear, toYear: input.year });
    // Each department hears of its carried drafts, to confirm them (沿用上年 → the department).
    if (carried > 0) await notifyCarried(tx, { actor: ctx.actor, year: input.year });
    await audit(tx, {
      actor: ctx.actor,
      action: "YEAR_OPEN",
      entityType: "ReportYear",
      entityId: String(input.year),
      ip: ctx.ip,
      changes: changedFields(null, {
        academicYear: input.academicYear,
        source: input.source,
        deadline: input.deadline,
        title: input.title ?? null,
        sections: sections.length,
        carried,
      }),
    });
    return { ...created, carried };
  });
  if (opened.carried > 0) mailSoon(); // the departments' notices of their carried drafts, after the commit
  return opened;
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
