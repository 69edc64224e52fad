import type { Metadata } from "next";
import Link from "next/link";
import { listReportYears } from "@/lib/records/queries";
import { listPublishedYears } from "@/lib/report/editions/editions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "质量年度报告" };

export default async function ReportsPage() {
  const [years, published] = await Promise.all([listReportYears(), listPublishedYears()]);
  const byYear = new Map(published.map((p) => [p.year, p]));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">
        质量年度报告 <span className="text-base font-normal text-slate-600">Annual quality reports</span>
      </h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {years.map((y) => {
          const p = byYear.get(y.year);
          return (
            <li key={y.year} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-year={y.year}>
              <h2 className="text-lg font-semibold">{y.title ?? `${y.year}年度质量报告`}</h2>
              <p className="text-sm text-slate-600">{y.academicYear}学年</p>
              {p ? (
                <p className="mt-3 flex flex-wrap gap-4 text-sm">
                  <Link href={`/reports/${y.year}`} className="font-medium text-brand-700 underline">
                    阅读报告（第{p.latestVersion}版）
                  </Link>
                  <Link href={`/reports/${y.year}/editions`} className="text-brand-700 underline">
                    历次版本
                  </Link>
                </p>
              ) : (
                <p className="mt-3 text-sm text-slate-600">尚未发布（not published yet）</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
