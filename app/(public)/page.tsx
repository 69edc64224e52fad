import Link from "next/link";
import { fill } from "@/lib/i18n/define";
import { currentMessages } from "@/lib/i18n/server";
import { installationKind, isDepartment } from "@/lib/institution/kind";
import { institution, listReportYears } from "@/lib/records/queries";
import { comparisonChartSvg, publishedYearComparison } from "@/lib/report/engine/year-comparison";

export const dynamic = "force-dynamic";

/** The stat cards of a year, keyed as the figures the editions freeze (lib/report/engine/build.ts HEADLINE_TOKENS). */
const STATS = [
  { id: "graduates", token: "employment.graduates" },
  { id: "placement-rate", token: "employment.placementRate" },
  { id: "income-total", token: "funding.incomeTotal" },
  { id: "awards", token: "awards.count" },
] as const;

export default async function HomePage() {
  const { lang, t } = await currentMessages();
  const [inst, allYears, comparison, kind] = await Promise.all([
    institution(),
    listReportYears(),
    publishedYearComparison(),
    installationKind(),
  ]);
  // The cards and the comparison quote a college's own figures (graduates, income, awards); an
  // education department's report quotes its colleges' aggregates, and it keeps no records to list.
  const college = !isDepartment(kind);
  const chart = comparisonChartSvg(comparison);
  const label = { graduates: t.graduates, "placement-rate": t.placementRate, "income-total": t.incomeTotal, awards: t.competitionAwards };
  const unit = { graduates: t.persons, "placement-rate": "%", "income-total": t.tenThousandYuan, awards: t.items };
  // The comparison's rows are the same headline tokens: in English they take the cards' words
  // (the editions froze their labels and units in Chinese).
  const rowLabel = (f: { token: string; label: string; unit: string }) => {
    const stat = lang === "en" ? STATS.find((s) => s.token === f.token) : undefined;
    const unitText = stat ? unit[stat.id] : f.unit;
    return `${stat ? label[stat.id] : f.label}${unitText ? fill(t.inParens, { text: unitText }) : ""}`;
  };
  const published = new Map(comparison.years.filter((y) => y.fromEdition.year === y.year).map((y) => [y.year, y.values]));
  // Only years with a published report: an unpublished one has no page to link to, and its
  // figures ("0 competition awards") would read as facts.
  const years = allYears.filter((y) => published.has(y.year));

  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{inst?.name ?? t.appName}</h1>
        <p className="mt-1 text-slate-600">{t.tagline}</p>
      </section>

      {college && comparison.years.length > 0 && (
        <section
          aria-labelledby="compare-heading"
          className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
          data-year-comparison
        >
          <h2 id="compare-heading" className="text-xl font-semibold">
            {t.yearComparison}
          </h2>
          <div className="mt-4 grid gap-6 lg:grid-cols-2">
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-sm">
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="border border-slate-300 px-2 py-1 text-left">
                      {t.headline}
                    </th>
                    {comparison.years.map((y) => (
                      <th key={y.year} scope="col" className="border border-slate-300 px-2 py-1" data-compare-year={y.year}>
                        {y.year}
                      </th>
                    ))}
                    {comparison.years.length > 1 && (
                      <th scope="col" className="border border-slate-300 px-2 py-1">
                        {t.change}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {comparison.figures.map((f) => (
                    <tr key={f.token} data-compare={f.token}>
                      <th scope="row" className="border border-slate-300 px-2 py-1 text-left font-normal">
                        {rowLabel(f)}
                      </th>
                      {comparison.years.map((y) => (
                        <td key={y.year} className="border border-slate-300 px-2 py-1 text-right tabular-nums">
                          {y.values[f.token] ?? "—"}
                        </td>
                      ))}
                      {comparison.years.length > 1 && (
                        <td className="border border-slate-300 px-2 py-1 text-right tabular-nums" data-change>
                          {comparison.change[f.token] || "—"}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-2 text-xs text-slate-600">{t.yearComparisonNote}</p>
            </div>
            {chart && (
              <figure data-chart="year-comparison" className="min-w-0">
                {/* Our own server-rendered ECharts SVG (lib/report/engine/charts.ts), labels computed from the editions. */}
                {/* On a phone it keeps 440 px and scrolls sideways, so its 12 px labels stay at least 10 px. */}
                <div
                  role="img"
                  aria-label={t.yearComparison}
                  tabIndex={0}
                  className="overflow-x-auto [&_svg]:min-w-[440px]"
                  dangerouslySetInnerHTML={{ __html: chart }}
                />
              </figure>
            )}
          </div>
        </section>
      )}

      <section aria-labelledby="years-heading" className="space-y-6">
        <h2 id="years-heading" className="text-xl font-semibold">
          {t.reportYears}
        </h2>
        {years.length === 0 && <p className="text-slate-500">{t.noData}</p>}
        {years.map((y) => {
          const values = published.get(y.year);
          return (
            <article key={y.year} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-year={y.year}>
              <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
                <h3 className="text-lg font-semibold">{fill(t.yearReportTitle, { year: y.year })}</h3>
                <span className="text-sm text-slate-500">
                  {t.academicYear} {y.academicYear}
                </span>
                <Link href={`/reports/${y.year}`} className="ml-auto text-sm text-brand-600 hover:underline">
                  {t.reports} →
                </Link>
                {college && (
                  <Link href={`/records?year=${y.year}`} className="text-sm text-brand-600 hover:underline">
                    {t.records} →
                  </Link>
                )}
              </div>
              {!college ? null : values ? (
                <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
                  {STATS.map((s) => {
                    const value = values[s.token] ?? "—";
                    return (
                      <div key={s.id} className="rounded-lg bg-brand-50 p-3" data-stat={s.id}>
                        <dt className="text-xs text-slate-600">{label[s.id]}</dt>
                        <dd className="mt-1 text-2xl font-semibold tabular-nums text-brand-800">
                          {value}
                          <span className="ml-1 text-sm font-normal text-slate-600">{value !== "—" ? unit[s.id] : ""}</span>
                        </dd>
                      </div>
                    );
                  })}
                </dl>
              ) : (
                <p className="mt-3 text-sm text-slate-500" data-unpublished>
                  {t.notPublished}
                </p>
              )}
            </article>
          );
        })}
      </section>
    </div>
  );
}
