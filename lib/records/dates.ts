import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import type { Client } from "./store";
import type { RecordKind } from "./kinds";

/**
 * A record's dates belong to its report's academic year (学年 2021-2022 = 2021-09-01 … 2022-08-31):
 * an award dated outside it is almost always a typo or the wrong year. Fields carried into the
 * next year (a workshop's founding date) describe something older and are not checked.
 */
export function academicYearRange(academicYear: string, year: number): { from: string; to: string } {
  const m = /^(\d{4})-(\d{4})$/.exec(academicYear);
  const start = m ? Number(m[1]) : year - 1;
  const end = m ? Number(m[2]) : year;
  return { from: `${start}-09-01`, to: `${end}-08-31` };
}

export async function assertDatesInYear(options: { kind: RecordKind; data: Record<string, unknown>; year: number; client: Client }) {
  const { kind, data, year, client } = options;
  const dated = Object.entries(kind.fields).filter(([name, d]) => d.type === "date" && !d.carried && data[name]);
  if (!dated.length) return;
  const reportYear = await client.reportYear.findUnique({ where: { year }, select: { academicYear: true } });
  if (!reportYear) return;
  const { from, to } = academicYearRange(reportYear.academicYear, year);
  const fieldErrors: Record<string, string[]> = {};
  for (const [name, d] of dated) {
    const value = String(data[name] instanceof Date ? data[name].toISOString() : data[name]).slice(0, 10);
    if (value < from || value > to) {
      fieldErrors[name] = [
        bi(
          `${d.zh}应在${reportYear.academicYear}学年内（${from} 至 ${to}）`,
          `${d.en} must fall within the academic year ${reportYear.academicYear} (${from} to ${to})`,
        ),
      ];
    }
  }
  const first = Object.values(fieldErrors)[0];
  if (first) throw new AppError("INVALID", first[0]!, fieldErrors);
}
