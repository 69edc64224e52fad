/** Route parameters of the report pages, parsed strictly (anything else is a 404). */
export function parseYear(v: unknown): number | null {
  const n = typeof v === "string" && /^\d{4}$/.test(v) ? Number(v) : NaN;
  return n >= 2000 && n <= 2100 ? n : null;
}

export function parseVersion(v: unknown): number | null {
  const n = typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : NaN;
  return n >= 1 ? n : null;
}
