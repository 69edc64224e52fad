import type { MaybeActor } from "../../auth/actor";
import { authorize } from "../../auth/policy";
import { audit, changedFields } from "../../audit/log";
import { AppError } from "../../errors";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { bi } from "../../i18n/bilingual";
import { mailSoon } from "../../notifications/mail";
import { notifyCarried } from "../../notifications/service";
import { carryStandingRecords } from "../../records/carry";
import { outlineTemplateOf, reportTitleOf } from "../../rules/pack";
import { assertPackForInstallation, loadRulePack, requireRulePack } from "../../rules/store";
import { db } from "../../server/db";
import { parseWith } from "../../validation";
import { ZOpenYear } from "../../years/schema";
import { outlineRows } from "../model/templates";

/**
 * Opening a report year (报告年度), by admins: from a rule pack's outline template, or by continuing
 * last year (the outline as it was edited, and every narrative, whose tokens then show the new
 * year's numbers; its standing records carried forward as drafts marked 沿用上年, lib/records/carry.ts).
 * The report engine's, as it builds the outline from the pack; the year's other verbs are lib/years.
 */
type Ctx = { actor: MaybeActor; ip?: string | null; prisma?: PrismaClient };

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
      const pack = await requireRulePack(input.source, tx, "source");
      await assertPackForInstallation(pack, tx, "source");
      sections = outlineRows(outlineTemplateOf(pack)).map((r) => ({ ...r, year: input.year }));
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
    // Each department hears of its carried drafts, to confirm them (沿用上年 → the department); those
    // of a department without staff are named to whoever opened the year (openedMessage).
    const { unheard } = carried > 0 ? await notifyCarried(tx, { actor: ctx.actor, year: input.year }) : { unheard: [] };
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
    return { ...created, carried, unheard };
  });
  if (opened.carried > 0) mailSoon(); // the departments' notices of their carried drafts, after the commit
  return opened;
}

/**
 * What the admin who opened a year is told: the records carried, and — by department — those no
 * account can confirm (a department without staff): they stay drafts, outside the report, until
 * the department has an account (用户管理) and someone there fills and submits them.
 */
export function openedMessage(opened: { year: number; carried: number; unheard: { name: string; records: number }[] }): string {
  const { year, carried, unheard } = opened;
  if (!carried) return bi(`已开启${year}年度`, `opened ${year}`);
  const zh = `已开启${year}年度，沿用上年记录 ${carried} 条，待各部门确认`;
  const en = `opened ${year}, ${carried} records carried from last year for the departments to confirm`;
  if (!unheard.length) return bi(zh, en);
  const stuck = unheard.reduce((n, u) => n + u.records, 0);
  return bi(
    `${zh}；其中 ${stuck} 条所属部门没有填报账号，无人能确认提交，在开通账号之前不会进入报告：${unheard.map((u) => `${u.name} ${u.records} 条`).join("、")}`,
    `${en}; ${stuck} of them belong to departments without a staff account, so nobody can confirm them and they stay out of the report until one is opened: ${unheard.map((u) => `${u.name} (${u.records})`).join(", ")}`,
  );
}
