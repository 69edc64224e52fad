import { printed } from "../text";
/** zod output → Prisma data: "YYYY-MM-DD" strings of date fields (names ending in "On") become Dates. */
export function toDbData<T extends Record<string, unknown>>(data: T): T {
  const out: Record<string, unknown> = { ...data };
  for (const [k, v] of Object.entries(out)) {
    if (k.endsWith("On") && typeof v === "string") out[k] = new Date(`${v}T00:00:00Z`);
  }
  return out as T;
}

/** Prisma values → JSON: Decimals as strings, @db.Date values as "YYYY-MM-DD". */
export function toJsonValue(v: unknown, key = ""): unknown {
  if (v instanceof Date) return key.endsWith("On") ? v.toISOString().slice(0, 10) : v.toISOString();
  if (v && typeof v === "object" && typeof (v as { toFixed?: unknown }).toFixed === "function" && !Array.isArray(v)) {
    return printed(v);
  }
  return v;
}

export function toJsonRecord(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, toJsonValue(v, k)]));
}
