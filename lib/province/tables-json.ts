import { z } from "zod";
import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { requireDepartmentInstallation } from "../institution/kind";
import { COLLEGE_TYPE_LABELS, COLLEGE_TYPES } from "../package/schema";
import { db } from "../server/db";
import { parseWith } from "../validation";
import { type AggregateFigure, type AggregateGroup, aggregateTables, printedFigure, submissionYears } from "./aggregates";
import { ZYear } from "./schema";

/**
 * GET /api/v1/province/tables: the aggregated indicator tables as JSON, the same figures the
 * tables screen prints. Unlike the screen's address (where anything odd falls back to the
 * default), a script's bad query is refused with the reason, so it never reads the wrong year.
 */
export const ZProvinceTablesQuery = z.object({
  /** Omitted: the latest year colleges handed in for. */
  year: ZYear.optional(),
  group: z.enum(["all", "type", "city"], { error: bi("group 应为 all、type 或 city", "group must be all, type or city") }).default("all"),
});

type FigureJson = {
  /** A rate in % (Σnumerator / Σdenominator × 100), a sum, or null when it cannot be known. */
  value: number | null;
  /** As printed: a rate with two decimals, a sum at the precision its colleges entered; "" when unknown. */
  text: string;
  numerator: number | null;
  denominator: number | null;
  method: AggregateFigure["method"];
  colleges: number;
};

const NONE: AggregateFigure = { value: null, numerator: null, denominator: null, method: "none", colleges: 0 };

const figureJson = (f: AggregateFigure | undefined, unit: string): FigureJson => {
  const figure = f ?? NONE;
  return {
    value: figure.value?.toNumber() ?? null,
    text: printedFigure(figure, unit),
    numerator: figure.numerator?.toNumber() ?? null,
    denominator: figure.denominator?.toNumber() ?? null,
    method: figure.method,
    colleges: figure.colleges,
  };
};

/** The groups of a breakdown, in a stable order: the whole installation, the three types, or the cities (by name). */
function groupsOf(group: AggregateGroup, keys: Set<string>) {
  if (group === "all") return [{ key: null, label: bi("全部学校", "all colleges") }];
  if (group === "type")
    return COLLEGE_TYPES.filter((t) => keys.has(t)).map((t) => ({
      key: t,
      label: bi(COLLEGE_TYPE_LABELS[t].zh, COLLEGE_TYPE_LABELS[t].en),
    }));
  return [...keys].sort().map((c) => ({ key: c, label: c }));
}

export async function provinceTablesJson(options: { actor: MaybeActor; query: Record<string, string>; prisma?: PrismaClient }) {
  const prisma = options.prisma ?? db();
  authorize(options.actor, "province.read");
  await requireDepartmentInstallation(prisma);
  const query = parseWith(ZProvinceTablesQuery, options.query);
  const years = await submissionYears(prisma);
  const year = query.year ?? years[0] ?? new Date().getFullYear();
  const tables = await aggregateTables(prisma, year, query.group);
  const keys = new Set(tables.flatMap((t) => t.rows.flatMap((r) => [...r.current.keys(), ...r.previous.keys()])));
  const groups = groupsOf(query.group, keys);
  return {
    year,
    years,
    group: query.group,
    groups,
    tables: tables.map((t) => ({
      key: t.key,
      title: t.title,
      rows: t.rows.map((r) => ({
        code: r.code,
        label: r.label,
        unit: r.unit,
        // One entry per group, in the order of `groups` (group null: every college).
        figures: groups.map((g) => ({
          group: g.key,
          current: figureJson(r.current.get(g.key ?? ""), r.unit),
          previous: figureJson(r.previous.get(g.key ?? ""), r.unit),
        })),
      })),
    })),
  };
}
