import Link from "next/link";
import { notFound } from "next/navigation";
import { currentMessages } from "@/lib/i18n/server";
import { kindBySlug } from "@/lib/records/kinds";
import { parseBrowseParams } from "@/lib/records/params";
import { listRecords, pageOfRecord } from "@/lib/records/access";
import { publicRecord } from "@/lib/records/public-fields";
import { listReportYears } from "@/lib/records/queries";
import { RecordTable } from "@/components/records/RecordTable";
import { YearFilter } from "@/components/records/YearFilter";

export const dynamic = "force-dynamic";
const PAGE_SIZE = 50;

export default async function RecordKindPage({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const kind = kindBySlug((await params).kind);
  if (!kind) notFound();
  const { lang, t } = await currentMessages();
  const filters = parseBrowseParams(await searchParams);
  // The public browser reads as an anonymous visitor: the policy's scope is approved records only.
  const listFilters = { ...filters, page: 1, pageSize: PAGE_SIZE };
  const start = filters.page ?? (filters.record ? await pageOfRecord({ actor: null, kind, filters: listFilters, id: filters.record }) : 1);
  const [{ rows, total, page, pageSize }, years] = await Promise.all([
    listRecords({ actor: null, kind, filters: { ...listFilters, page: start } }),
    listReportYears(),
  ]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (p: number) => {
    const qs = new URLSearchParams();
    if (filters.year) qs.set("year", String(filters.year));
    if (filters.q) qs.set("q", filters.q);
    qs.set("page", String(p));
    return `/records/${kind.slug}?${qs}`;
  };
  return (
    <div className="space-y-5">
      <nav className="text-sm text-slate-500">
        <Link href="/records" className="hover:underline">
          {t.records}
        </Link>{" "}
        /
      </nav>
      <h1 className="text-2xl font-bold text-brand-800">{lang === "zh" ? kind.zh : kind.en}</h1>
      <YearFilter action={`/records/${kind.slug}`} years={years.map((y) => y.year)} year={filters.year} q={filters.q} t={t} />
      <p className="text-sm text-slate-600" data-total={total}>
        {t.total} {total} · {t.approvedOnly}
      </p>
      {rows.length ? (
        <RecordTable
          kind={kind}
          rows={rows.map((r) => publicRecord(kind, r))}
          lang={lang}
          showYear={!filters.year}
          offset={(page - 1) * pageSize}
          recordHref={kind.slug === "cases" ? (r) => `/records/cases/${encodeURIComponent(String(r.id))}` : undefined}
        />
      ) : (
        <p className="text-slate-500">{t.noData}</p>
      )}
      {pages > 1 && (
        <nav className="flex items-center gap-3 text-sm" aria-label={t.page}>
          {page > 1 && (
            <Link href={pageHref(page - 1)} className="text-brand-600 hover:underline">
              {t.previous}
            </Link>
          )}
          <span>
            {page} / {pages}
          </span>
          {page < pages && (
            <Link href={pageHref(page + 1)} className="text-brand-600 hover:underline">
              {t.next}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
