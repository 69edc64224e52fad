import { toJsonRecord } from "./db-data";
import type { RecordKind } from "./kinds";

/**
 * What the public may see of a record: the fields its kind declares, and a few facts about the
 * record itself (which kind, year, department, report topic). Nothing about who worked on it or
 * how it was reviewed (author, department head, versions, pending revisions, return reasons) is on
 * the list, so a column added to the Record table stays private until someone adds it here.
 */
export const PUBLIC_RECORD_FIELDS = ["id", "kind", "year", "status", "departmentId", "department", "topic", "highlight"] as const;

export function publicFields(kind: RecordKind): Set<string> {
  return new Set<string>([...PUBLIC_RECORD_FIELDS, ...Object.keys(kind.fields)]);
}

/** One approved record as the public sees it: only the allowed keys, values as JSON. */
export function publicRecord(kind: RecordKind, record: Record<string, unknown>, departmentName?: string | null): Record<string, unknown> {
  const allowed = publicFields(kind);
  const json = toJsonRecord(record);
  const out: Record<string, unknown> = {};
  for (const key of allowed) if (key in json) out[key] = json[key];
  out.kind = kind.slug;
  if (departmentName !== undefined) out.department = departmentName;
  return out;
}
