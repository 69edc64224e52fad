import { AppError } from "../../errors";
import { bi } from "../../i18n/bilingual";

/** Route parameters of the report pages, parsed strictly (anything else is a 404). */
export function parseYear(v: unknown): number | null {
  const n = typeof v === "string" && /^\d{4}$/.test(v) ? Number(v) : NaN;
  return n >= 2000 && n <= 2100 ? n : null;
}

export function parseVersion(v: unknown): number | null {
  const n = typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : NaN;
  return n >= 1 ? n : null;
}

/** A year and edition of a route (/api/v1/years/{year}/editions/{version}/…), or 404. */
export function parseEditionParams(p: { year: string; version: string }): { year: number; version: number } {
  const year = parseYear(p.year);
  const version = parseVersion(p.version);
  if (!year || !version) throw new AppError("NOT_FOUND", bi("没有这一年度或版本的报告", "no such report year or edition"));
  return { year, version };
}
