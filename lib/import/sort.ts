import type { TListFilters } from "../records/access";
import type { RecordKind } from "../records/kinds";
import { LEVELS } from "../records/schema";

/** Columns a list may sort by: JSON and array columns (prizes, lists) cannot be ordered by the database. */
export function sortableFields(kind: RecordKind): Set<string> {
  return new Set([
    "year",
    "status",
    "updatedAt",
    "createdAt",
    ...kind.columns.filter((c) => c.format !== "prizes" && c.format !== "list").map((c) => c.field),
  ]);
}

/** Drops what the database cannot do (a hand-written ?sort=prizes or ?level=foo) instead of failing. */
export function safeFilters(kind: RecordKind, filters: TListFilters): TListFilters {
  const out = { ...filters };
  if (out.sort && !sortableFields(kind).has(out.sort)) {
    out.sort = undefined;
    out.dir = undefined;
  }
  const hasLevel = kind.columns.some((c) => c.field === "level" && c.format === "level");
  if (out.level && (!hasLevel || !(LEVELS as readonly string[]).includes(out.level))) out.level = undefined;
  return out;
}
