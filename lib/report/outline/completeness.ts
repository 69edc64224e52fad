import "server-only";
import type { MaybeActor } from "../../auth/actor";
import { authorize } from "../../auth/policy";
import type { PrismaClient } from "../../generated/prisma/client";
import { db } from "../../server/db";
import { RECORD_KINDS } from "../../records/kinds";
import { blockDecl } from "../model/tables";
import { RECORD_STATUSES } from "../../workflow/states";

/** The record kind (slug) that feeds a data table or chart an outline section names (lib/report/model/tables.ts). */
const kindOfBlock = (block: string) => {
  const model = blockDecl(block)?.model;
  return model ? RECORD_KINDS.find((k) => k.model === model)?.slug : undefined;
};

export const STATUSES = RECORD_STATUSES;
type Counts = Record<(typeof STATUSES)[number], number>;
const zero = (): Counts => ({ DRAFT: 0, SUBMITTED: 0, RETURNED: 0, APPROVED: 0 });
const total = (c: Counts) => STATUSES.reduce((n, s) => n + c[s], 0);

type Group = { kind: string; topic: string | null; departmentId: string; status: keyof Counts; _count: { _all: number } };

/** What a section shows: records under its topics, and every record of the kinds its tables are built from. */
export type SectionScope = { topics: string[]; kinds: string[] };

export function scopeOf(section: { topics: string[]; blocks: unknown }): SectionScope {
  const kinds = [...new Set(((section.blocks as string[]) ?? []).map(kindOfBlock).filter((k): k is string => Boolean(k)))];
  return { topics: section.topics, kinds };
}

const modelOf = new Map<string, string>(RECORD_KINDS.map((k) => [k.slug, k.model]));

/**
 * Each group of records counted once per row, however many ways it belongs there (a competition
 * award under 技能大赛's topic is also a row of its table: one record, counted once).
 */
export function countIn(groups: Omit<Group, "departmentId">[], scope: SectionScope): Counts {
  const models = new Set(scope.kinds.map((k) => modelOf.get(k)));
  const counts = zero();
  for (const g of groups) if ((g.topic && scope.topics.includes(g.topic)) || models.has(g.kind)) counts[g.status] += g._count._all;
  return counts;
}

/**
 * For reviewers and admins: per department and per outline section (chapters with their totals),
 * how many records of the year are in each status and what share is approved, and which sections
 * have nothing approved to show yet.
 */
export async function completeness(options: { actor: MaybeActor; year: number; prisma?: PrismaClient }) {
  authorize(options.actor, "review.queue");
  const prisma = options.prisma ?? db();
  const [grouped, sections, departments] = await Promise.all([
    prisma.record.groupBy({
      by: ["kind", "topic", "departmentId", "status"],
      where: { year: options.year, deletedAt: null },
      _count: { _all: true },
    }),
    prisma.outlineSection.findMany({ where: { year: options.year }, orderBy: { sortOrder: "asc" } }),
    prisma.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);

  const groups: Group[] = grouped;
  const byDepartment = new Map(departments.map((d) => [d.id, { id: d.id, name: d.name, counts: zero() }]));
  for (const g of groups) {
    const dept = byDepartment.get(g.departmentId);
    if (dept) dept.counts[g.status] += g._count._all;
  }
  const byKind = new Map(
    RECORD_KINDS.map((kind) => {
      const kc = zero();
      for (const g of groups) if (g.kind === kind.model) kc[g.status] += g._count._all;
      return [kind.slug, kc];
    }),
  );

  const sectionRows = sections.map((s) => {
    // A chapter's row covers its own topics and every section under it.
    const own = scopeOf(s);
    const children = s.level === 1 ? sections.filter((c) => c.parentKey === s.key).map(scopeOf) : [];
    const scope: SectionScope = {
      topics: [...new Set([own, ...children].flatMap((x) => x.topics))],
      kinds: [...new Set([own, ...children].flatMap((x) => x.kinds))],
    };
    const counts = countIn(groups, scope);
    const hasNarrative = s.narrative.trim().length > 0;
    const expectsRecords = own.topics.length > 0 || own.kinds.length > 0;
    return {
      key: s.key,
      level: s.level,
      chapter: s.level === 1 && children.length > 0,
      title: `${s.number}${s.title}`,
      scope,
      counts,
      total: total(counts),
      approvedShare: total(counts) ? Math.round((counts.APPROVED / total(counts)) * 100) : null,
      hasNarrative,
      // Nothing approved to show: flagged when records wait for approval, or when there is no text either
      // (a section told in its narrative alone, with no records, is complete).
      missingApproved: counts.APPROVED === 0 && expectsRecords && (total(counts) > 0 || !hasNarrative),
    };
  });
  const all = zero();
  for (const g of groups) all[g.status] += g._count._all;
  return {
    departments: [...byDepartment.values()].map((d) => ({ ...d, total: total(d.counts) })),
    sections: sectionRows,
    kinds: byKind,
    all: { counts: all, total: total(all), approvedShare: total(all) ? Math.round((all.APPROVED / total(all)) * 100) : null },
  };
}

/**
 * Where a count leads: one kind's list when the scope is a single kind, else the records overview
 * filtered the same way (it lists the kinds with their counts, each linking to its list).
 */
export function countHref(options: { year: number; status?: string; departmentId?: string; scope?: SectionScope }) {
  const q = new URLSearchParams({ year: String(options.year) });
  if (options.status) q.set("status", options.status);
  if (options.departmentId) q.set("departmentId", options.departmentId);
  const scope = options.scope;
  if (scope?.kinds.length === 1 && scope.topics.length === 0) return `/admin/records/${scope.kinds[0]}?${q}`;
  if (scope?.topics.length) q.set("topic", scope.topics.join(","));
  if (scope?.kinds.length) q.set("kinds", scope.kinds.join(","));
  return `/admin/records?${q}`;
}
