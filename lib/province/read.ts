import type { Actor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { db } from "../server/db";
import { type AggregateGroup, aggregateTables, submissionYears, tableSpecs, topPerRegion } from "./aggregates";
import { casePoolFacets, searchCases, ZCaseSearch } from "./cases";

/** What the province screens load, asked of the policy first (pages never reach the database themselves). */
export async function provinceTablesView(actor: Actor, view: { year?: number; group: AggregateGroup }) {
  authorize(actor, "province.read");
  const years = await submissionYears(db());
  const year = view.year ?? years[0] ?? new Date().getFullYear();
  return { years, year, tables: await aggregateTables(db(), year, view.group) };
}

export async function provinceRankingView(actor: Actor, view: { year?: number; row?: string; share: string }) {
  authorize(actor, "province.read");
  const years = await submissionYears(db());
  const year = view.year ?? years[0] ?? new Date().getFullYear();
  const rows = (await tableSpecs(db(), year)).flatMap((t) => t.rows);
  const row = rows.find((r) => r.code === view.row) ?? rows[0];
  const ranked = row ? await topPerRegion(db(), year, row.code, Number(view.share), { unit: row.unit }) : [];
  return { years, year, rows, row, ranked };
}

export async function casePoolView(actor: Actor, params: Record<string, string | undefined>) {
  authorize(actor, "province.read");
  const years = await submissionYears(db());
  const fallback = years[0] ?? new Date().getFullYear();
  const parsed = ZCaseSearch.safeParse({ ...params, year: params.year ?? fallback });
  // A hand-edited address falls back to the year's whole pool rather than an error page.
  const search = parsed.success ? parsed.data : ZCaseSearch.parse({ year: fallback });
  const [{ total, cases }, facets] = await Promise.all([searchCases(db(), actor, search), casePoolFacets(db(), actor, search.year)]);
  return { years, search, total, cases, facets };
}
