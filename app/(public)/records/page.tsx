import Link from "next/link";
import type { Metadata } from "next";
import { currentMessages } from "@/lib/i18n/server";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { parseBrowseParams } from "@/lib/records/params";
import { countApprovedByKind, countApprovedMatching, listReportYears } from "@/lib/records/queries";
import { YearFilter } from "@/components/records/YearFilter";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await currentMessages()).t.records };
}

export default async function RecordsIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { lang, t } = await currentMessages();
  const { year, q } = parseBrowseParams(await searchParams);
  // The search box searches every kind: each kind shows its matches and links to them.
  const [counts, years] = await Promise.all([q ? countApprovedMatching(q, year) : countApprovedByKind(year), listReportYears()]);
  const query = new URLSearchParams({ ...(year ? { year: String(year) } : {}), ...(q ? { q } : {}) });
  const suffix = query.size ? `?${query}` : "";
  const kinds = q ? RECORD_KINDS.filter((k) => (counts.get(k.slug) ?? 0) > 0) : RECORD_KINDS;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t.records}</h1>
      <p className="text-sm text-slate-600">{t.approvedOnly}</p>
      <YearFilter action="/records" years={years.map((y) => y.year)} year={year} q={q} t={t} />
      {q && (
        <p className="text-sm text-slate-700" data-testid="search-summary">
          {t.searchSummary(q, kinds.length)}
        </p>
      )}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {kinds.map((k) => (
          <li key={k.slug}>
            <Link
              href={`/records/${k.slug}${suffix}`}
              data-kind={k.slug}
              className="flex items-center justify-between rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
            >
              <span>
                <span className="block font-medium">{lang === "zh" ? k.zh : k.en}</span>
                <span className="text-xs text-slate-500">{lang === "zh" ? k.en : k.zh}</span>
              </span>
              <span className="text-xl font-semibold tabular-nums text-brand-700">{counts.get(k.slug) ?? 0}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
