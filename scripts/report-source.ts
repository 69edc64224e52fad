// The report a command-line export prints (`npm run report:pdf`, `npm run report:docx`): the latest
// published edition of a year (or --edition N); a year with no edition yet is built from its
// approved records. Uses DATABASE_URL, or the embedded database under ./.data, prepared exactly as
// `npm start` prepares it (migrations, and the demo on a new embedded database).
import type { ReportDocument } from "../lib/report/model/document";

export type ExportSource = { doc: ReportDocument; meta: { version?: number; publishedAt?: Date | string | null }; label: string };

export async function loadReportForExport(year: number, edition?: number): Promise<ExportSource> {
  const { prepareDatabase } = await import("../lib/runtime/database");
  const database = await prepareDatabase();
  const { closePrismaClient, db } = await import("../lib/server/db");
  try {
    const { getEdition } = await import("../lib/report/editions/editions");
    const found = await getEdition({ year, version: edition, prisma: db() });
    if (found)
      return {
        doc: found.document,
        meta: { version: found.meta.version, publishedAt: found.meta.publishedAt },
        label: `第${found.meta.version}版（edition ${found.meta.version}）`,
      };
    if (edition) throw new Error(`${year}年度没有第${edition}版（no edition ${edition} of ${year}）`);
    const { buildReportDocument } = await import("../lib/report/engine/build");
    const doc = await buildReportDocument({ prisma: db(), year, mode: "approved" });
    if (!doc) throw new Error(`没有${year}年度的报告（there is no report year ${year}）`);
    return { doc, meta: {}, label: "尚未发布，按已审核数据生成（not published yet: built from approved records）" };
  } finally {
    await closePrismaClient(db()); // ends the pool too, so stopping the embedded server drops no live connection
    await database.stop();
  }
}

/** --year as a year, or a clear error. */
export function parseYearArg(value: string | undefined): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error(`--year 应为年份（must be a year）: ${value}`);
  return year;
}
