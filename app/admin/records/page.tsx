import { pageActor } from "@/lib/admin/guard";
import { deadlineWords } from "@/lib/years/schema";
import { daysLeft, listYears } from "@/lib/years/service";
import Link from "next/link";
import { redirect } from "next/navigation";
import { workingDepartment } from "@/lib/auth/policy";
import { enumLabel } from "@/lib/records/labels";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { statusCounts } from "@/lib/records/status-counts";
import { fill } from "@/lib/i18n/define";
import { records } from "@/lib/i18n/messages/records";
import { translate } from "@/lib/i18n/server";
import { RECORD_STATUSES } from "@/lib/workflow/states";

export async function generateMetadata() {
  return { title: (await translate(records)).t.indexTitle };
}

const STATUSES = RECORD_STATUSES;
const TOPIC_LIST = /^[a-z][\w.]*(,[a-z][\w.]*)*$/;

/**
 * The record kinds with their counts. The completeness dashboard links here with filters (year,
 * status, department, a section's topics and table kinds); each kind then links to its own list
 * filtered the same way.
 */
export default async function AdminRecordsIndex({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await pageActor();
  const { lang, t } = await translate(records);
  const sp = await searchParams;
  const years = await listYears();
  const open = years.filter((y) => y.state === "OPEN" && y.deadline);
  const asked = Number(sp.year) || undefined;
  // The cards count one year, named in the heading (never several years under one year's deadline):
  // the year asked for, else the newest open year, else the newest; 「全部年度」 only when chosen.
  const year = sp.year === "all" ? undefined : (asked ?? (years.find((y) => y.state === "OPEN") ?? years[0])?.year);
  const status = STATUSES.find((s) => s === sp.status);
  const topics = sp.topic && TOPIC_LIST.test(sp.topic) ? sp.topic.split(",") : [];
  const wholeKinds = RECORD_KINDS.filter((k) => sp.kinds?.split(",").includes(k.slug));
  const scoped = topics.length > 0 || wholeKinds.length > 0;
  const departmentId = workingDepartment(actor) || (sp.departmentId && /^[\w-]{1,40}$/.test(sp.departmentId) ? sp.departmentId : undefined);
  const counts = await statusCounts({
    actor,
    year,
    departmentId,
    where: {
      ...(status ? { status } : {}),
      ...(scoped
        ? {
            OR: [
              ...(topics.length ? [{ topic: { in: topics } }] : []),
              ...(wholeKinds.length ? [{ kind: { in: wholeKinds.map((k) => k.model) } }] : []),
            ],
          }
        : {}),
    },
  });
  const filtered = Boolean(asked || status || scoped || sp.departmentId);
  const listHref = (slug: string) => {
    const q = new URLSearchParams();
    if (year) q.set("year", String(year));
    if (status) q.set("status", status);
    if (departmentId) q.set("departmentId", departmentId);
    if (topics.length && !wholeKinds.some((k) => k.slug === slug)) q.set("topic", topics.join(","));
    return `/admin/records/${slug}${q.size ? `?${q}` : ""}`;
  };
  const kinds = filtered ? RECORD_KINDS.filter((k) => Object.values(counts.get(k.slug) ?? {}).some((n) => n > 0)) : RECORD_KINDS;
  // A dashboard count whose records are all of one kind opens that kind's filtered list directly.
  if (filtered && kinds.length === 1) redirect(listHref(kinds[0]!.slug));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        {t.indexTitle} {lang === "zh" && <span className="text-sm font-normal text-slate-500">{records.en.indexTitle}</span>}
      </h1>
      {open.map((y) => (
        <p key={y.year} role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="deadline">
          {fill(t.deadline, {
            year: y.year,
            date: y.deadline!.toISOString().slice(0, 10),
            left: deadlineWords(daysLeft(y.deadline!), lang),
          })}
        </p>
      ))}
      {years.length > 1 && (
        <nav aria-label={t.yearNav} className="flex flex-wrap gap-2 text-sm" data-testid="year-tabs">
          {[
            ...years.map((y) => ({ key: String(y.year), label: fill(t.yearTab, { year: y.year }), on: year === y.year })),
            { key: "all", label: t.allYears, on: !year },
          ].map((t) => (
            <Link
              key={t.key}
              href={`/admin/records?year=${t.key}`}
              aria-current={t.on ? "page" : undefined}
              className={`rounded px-2 py-1 ${t.on ? "bg-brand-700 text-white" : "bg-white text-brand-700 ring-1 ring-slate-300"}`}
            >
              {t.label}
            </Link>
          ))}
        </nav>
      )}
      <h2 className="text-lg font-semibold" data-testid="cards-year">
        {year ? fill(t.recordsOfYear, { year }) : t.recordsOfAllYears}{" "}
        {lang === "zh" && (
          <span className="text-sm font-normal text-slate-500">
            {year ? fill(records.en.recordsOfYear, { year }) : records.en.recordsOfAllYears}
          </span>
        )}
      </h2>
      {filtered && (
        <p className="text-sm text-slate-600" data-testid="filters">
          {t.filtersPrefix}
          {year ? fill(t.yearTab, { year }) : t.allYears}
          {status ? ` · ${enumLabel(status, lang)}` : ""}
          {scoped ? ` · ${t.chosenSections}` : ""} ·{" "}
          <Link href="/admin/records" className="text-brand-700 underline">
            {t.clearFilters}
          </Link>
        </p>
      )}
      {filtered && kinds.length === 0 && <p className="text-slate-500">{t.nothingMatches}</p>}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {kinds.map((k) => {
          const c = counts.get(k.slug) ?? {};
          return (
            <li key={k.slug}>
              <Link
                href={listHref(k.slug)}
                data-kind={k.slug}
                className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
              >
                <span className="block font-medium">
                  {lang === "zh" ? k.zh : k.en} {lang === "zh" && <span className="text-xs text-slate-500">{k.en}</span>}
                </span>
                <span className="mt-2 flex flex-wrap gap-2 text-xs text-slate-600">
                  {STATUSES.map((s) => (
                    <span key={s}>
                      {enumLabel(s, lang)} {c[s] ?? 0}
                    </span>
                  ))}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
