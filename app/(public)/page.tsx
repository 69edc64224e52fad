import Link from "next/link";
import { currentMessages } from "@/lib/i18n/server";
import { institution, listReportYears } from "@/lib/records/queries";
import { publishedHeadlines } from "@/lib/report/headline";
import { publishedYearsCached } from "@/lib/report/editions";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { lang, t } = await currentMessages();
  const [inst, allYears, published] = await Promise.all([institution(), listReportYears(), publishedYearsCached()]);
  // Only years with a published report: an unpublished one has no page to link to, and its
  // figures (「竞赛获奖 0项」) would read as facts. The figures are the published edition's.
  const publishedYears = new Set(published.map((p) => p.year));
  const years = allYears.filter((y) => publishedYears.has(y.year));
  const headlines = await publishedHeadlines(years.map((y) => y.year));

  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{inst?.name ?? t.appName}</h1>
        <p className="mt-1 text-slate-600">{t.tagline}</p>
      </section>

      <section aria-labelledby="years-heading" className="space-y-6">
        <h2 id="years-heading" className="text-xl font-semibold">
          {t.reportYears}
        </h2>
        {years.length === 0 && <p className="text-slate-500">{t.noData}</p>}
        {years.map((y) => {
          const h = headlines.get(y.year) ?? null;
          const stats = h
            ? [
                { id: "graduates", label: t.graduates, value: h.graduates ? String(h.graduates) : "—", unit: t.persons },
                { id: "placement-rate", label: t.placementRate, value: h.placementRate ?? "—", unit: "%" },
                { id: "income-total", label: t.incomeTotal, value: h.incomeTotal ?? "—", unit: t.tenThousandYuan },
                { id: "awards", label: t.competitionAwards, value: String(h.awards), unit: t.items },
              ]
            : [];
          return (
            <article key={y.year} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-year={y.year}>
              <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
                <h3 className="text-lg font-semibold">{lang === "zh" ? `${y.year}年度质量报告` : `${y.year} annual quality report`}</h3>
                <span className="text-sm text-slate-500">
                  {t.academicYear} {y.academicYear}
                </span>
                <Link href={`/reports/${y.year}`} className="ml-auto text-sm text-brand-600 hover:underline">
                  {t.reports} →
                </Link>
                <Link href={`/records?year=${y.year}`} className="text-sm text-brand-600 hover:underline">
                  {t.records} →
                </Link>
              </div>
              <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
                {stats.map((s) => (
                  <div key={s.id} className="rounded-lg bg-brand-50 p-3" data-stat={s.id}>
                    <dt className="text-xs text-slate-600">{s.label}</dt>
                    <dd className="mt-1 text-2xl font-semibold tabular-nums text-brand-800">
                      {s.value}
                      <span className="ml-1 text-sm font-normal text-slate-600">{s.value !== "—" ? s.unit : ""}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            </article>
          );
        })}
      </section>
    </div>
  );
}
