import type { Metadata } from "next";
import Link from "next/link";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { site } from "@/lib/i18n/messages/site";
import { listReportYears } from "@/lib/records/queries";
import { listPublishedYears } from "@/lib/report/editions/editions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(site)).t.reportsTitle };
}

export default async function ReportsPage() {
  const [{ t }, years, published] = await Promise.all([translate(site), listReportYears(), listPublishedYears()]);
  const byYear = new Map(published.map((p) => [p.year, p]));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t.reportsTitle}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {years.map((y) => {
          const p = byYear.get(y.year);
          return (
            <li key={y.year} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-year={y.year}>
              <h2 className="text-lg font-semibold">{y.title ?? fill(t.yearReportTitle, { year: y.year })}</h2>
              <p className="text-sm text-slate-600">{fill(t.academicYearOf, { academicYear: y.academicYear })}</p>
              {p ? (
                <p className="mt-3 flex flex-wrap gap-4 text-sm">
                  <Link href={`/reports/${y.year}`} className="font-medium text-brand-700 underline">
                    {fill(t.readReport, { version: p.latestVersion })}
                  </Link>
                  <Link href={`/reports/${y.year}/editions`} className="text-brand-700 underline">
                    {t.allEditions}
                  </Link>
                </p>
              ) : (
                <p className="mt-3 text-sm text-slate-600">{t.notPublished}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
