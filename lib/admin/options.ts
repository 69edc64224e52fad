import "server-only";
import { ENUM_LABELS, enumLabel } from "../records/labels";
import { TOPICS } from "../records/topics";
import { db } from "../server/db";

/** Labels for select options in forms: enum values and report topics, in Chinese. */
export const OPTION_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ENUM_LABELS).map(([k, v]) => [k, v.zh])),
  ...TOPICS,
};

/** The same labels in the reader's language. */
export function optionLabels(lang: "zh" | "en"): Record<string, string> {
  return lang === "zh" ? OPTION_LABELS : Object.fromEntries(Object.keys(OPTION_LABELS).map((k) => [k, enumLabel(k, "en")]));
}

export async function formContext() {
  const [years, departments] = await Promise.all([
    db().reportYear.findMany({ orderBy: { year: "desc" }, select: { year: true, state: true } }),
    db().department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, active: true } }),
  ]);
  return {
    years: years.map((y) => y.year),
    // New records and imports go only into years still open for writing (an archived year is read-only).
    writableYears: years.filter((y) => y.state !== "ARCHIVED").map((y) => y.year),
    // Only active departments are offered for new records and users; names cover all of them.
    departments: departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name })),
    departmentNames: new Map(departments.map((d) => [d.id, d.name])),
  };
}

/**
 * The year a new record or an import starts in: the year the list was showing when 新建 or 导入 was
 * chosen (`?year=`), when records may still be written into it; else the newest writable year.
 */
export function entryYear(writableYears: readonly number[], asked: string | undefined): number | undefined {
  const year = Number(asked);
  return writableYears.includes(year) ? year : writableYears[0];
}
