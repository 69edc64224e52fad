import "server-only";
import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../server/db";
import { RECORD_KINDS } from "./kinds";

/** The data tables and charts an outline section names, and the record kind that feeds each. */
const BLOCK_KINDS: Record<string, string> = {
  "table:competition-awards": "competition-awards",
  "table:majors": "majors",
  "table:certificate-pilots": "certificate-pilots",
  "table:employment": "employment",
  "table:social-training": "social-trainings",
  "table:luban-workshops": "luban-workshops",
  "table:funding-income": "funding",
  "chart:funding-income": "funding",
};

type Counts = Record<"DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED", number>;
const zero = (): Counts => ({ DRAFT: 0, SUBMITTED: 0, RETURNED: 0, APPROVED: 0 });

/**
 * For reviewers and admins: per department and per outline section, how many records of the year
 * are in each status, and which sections have nothing approved yet.
 */
export async function completeness(options: { actor: MaybeActor; year: number; prisma?: PrismaClient }) {
  authorize(options.actor, "review.queue");
  const prisma = options.prisma ?? db();
  const [groups, sections, departments] = await Promise.all([
    prisma.record.groupBy({
      by: ["kind", "topic", "departmentId", "status"],
      where: { year: options.year, deletedAt: null },
      _count: { _all: true },
    }),
    prisma.outlineSection.findMany({ where: { year: options.year }, orderBy: { sortOrder: "asc" } }),
    prisma.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);

  const byDepartment = new Map(departments.map((d) => [d.id, { name: d.name, counts: zero() }]));
  const byTopic = new Map<string, Counts>();
  const byKind = new Map<string, Counts>();
  RECORD_KINDS.forEach((kind) => {
    const kc = zero();
    for (const g of groups) {
      if (g.kind !== kind.model) continue;
      const n = g._count._all;
      kc[g.status] += n;
      const dept = byDepartment.get(g.departmentId);
      if (dept) dept.counts[g.status] += n;
      if (g.topic) {
        const t = byTopic.get(g.topic) ?? zero();
        t[g.status] += n;
        byTopic.set(g.topic, t);
      }
    }
    byKind.set(kind.slug, kc);
  });

  const sectionRows = sections.map((s) => {
    const counts = zero();
    const add = (c?: Counts) => {
      if (c) for (const k of Object.keys(counts) as (keyof Counts)[]) counts[k] += c[k];
    };
    s.topics.forEach((t) => add(byTopic.get(t)));
    const blockKinds = [...new Set(((s.blocks as string[]) ?? []).map((b) => BLOCK_KINDS[b]).filter((k): k is string => Boolean(k)))];
    // A table's kind counts even when its records carry no topic.
    blockKinds.forEach((k) => add(byKind.get(k)));
    return {
      key: s.key,
      level: s.level,
      title: `${s.number}${s.title}`,
      counts,
      hasNarrative: s.narrative.trim().length > 0,
      missingApproved: counts.APPROVED === 0 && (s.topics.length > 0 || blockKinds.length > 0),
    };
  });
  return { departments: [...byDepartment.values()], sections: sectionRows, kinds: byKind };
}
