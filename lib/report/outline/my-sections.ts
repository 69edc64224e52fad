import "server-only";
import type { MaybeActor } from "../../auth/actor";
import { authorize } from "../../auth/policy";
import type { PrismaClient } from "../../generated/prisma/client";
import { countIn, scopeOf } from "./completeness";
import { db } from "../../server/db";
import { BLOCK_LABELS, ORDERABLE_TABLES } from "../model/block-options";
import type { BlockName } from "../model/templates";
import { type Topic, TOPICS } from "../../records/topics";
import { fill, type Lang } from "../../i18n/define";
import { report } from "../../i18n/messages/report";

/**
 * 我的章节: the outline sections the actor's department is responsible for, in every year still
 * being written (not archived), each with what is still missing before it can be published:
 * narrative text, approved records under each of its topics, approved records for each table.
 */
export async function mySections(options: { actor: MaybeActor; prisma?: PrismaClient; lang?: Lang }) {
  const t = report[options.lang ?? "zh"];
  authorize(options.actor, "sections.own");
  const departmentId = options.actor!.departmentId!;
  const prisma = options.prisma ?? db();
  const sections = await prisma.outlineSection.findMany({
    where: { departmentId, reportYear: { state: { not: "ARCHIVED" } } },
    orderBy: [{ year: "desc" }, { sortOrder: "asc" }],
    include: { reportYear: { select: { deadline: true, state: true } } },
  });
  const years = [...new Set(sections.map((s) => s.year))];
  const groups = years.length
    ? await prisma.record.groupBy({
        by: ["year", "kind", "topic", "status"],
        where: { year: { in: years }, deletedAt: null },
        _count: { _all: true },
      })
    : [];
  const count = (year: number, match: (g: (typeof groups)[number]) => boolean, status?: string) =>
    groups.filter((g) => g.year === year && match(g) && (!status || g.status === status)).reduce((a, g) => a + g._count._all, 0);

  return sections.map((s) => {
    const missing: string[] = [];
    if (s.narrative.trim() === "") missing.push(t.missingNarrative);
    for (const topic of s.topics) {
      if (count(s.year, (g) => g.topic === topic, "APPROVED") === 0)
        missing.push(fill(t.missingRecords, { name: TOPICS[topic as Topic] ?? topic }));
    }
    const blocks = Array.isArray(s.blocks) ? (s.blocks as string[]) : [];
    for (const block of blocks) {
      const model = ORDERABLE_TABLES[block as BlockName]?.model;
      if (model && count(s.year, (g) => g.kind === model, "APPROVED") === 0)
        missing.push(fill(t.missingTable, { name: BLOCK_LABELS[block as BlockName] }));
    }
    // What the section shows, counted as 完成情况 counts it: records under its topics and the records of
    // the kinds its tables are built from (employment has no topic; it reaches a section through its table).
    const counts = countIn(
      groups.filter((g) => g.year === s.year),
      scopeOf(s),
    );
    return {
      year: s.year,
      key: s.key,
      title: `${s.number}${s.title}`,
      deadline: s.reportYear.deadline,
      approved: counts.APPROVED,
      waiting: counts.SUBMITTED,
      drafts: counts.DRAFT + counts.RETURNED,
      missing,
    };
  });
}
