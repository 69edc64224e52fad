import Link from "next/link";
import { PickCaseForm } from "@/components/province/PickCaseForm";
import { guarded, pageActor } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { fill } from "@/lib/i18n/catalogue";
import { provinceData } from "@/lib/i18n/messages/provinceData";
import { translate } from "@/lib/i18n/server";
import { COLLEGE_TYPE_LABELS } from "@/lib/package/schema";
import { CASE_PAGE_SIZE } from "@/lib/province/cases";
import { casePoolView } from "@/lib/province/read";
import { firstOfEach } from "@/lib/province/params";

export async function generateMetadata() {
  const { t } = await translate(provinceData);
  return { title: t.casesTitle };
}

export default async function CasePoolPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor();
  const { lang, t } = await translate(provinceData);
  const params = firstOfEach(await searchParams);
  const { years, search, total, cases, facets } = await guarded(() => casePoolView(actor, params));
  const pages = Math.max(1, Math.ceil(total / CASE_PAGE_SIZE));
  const pageHref = (page: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)), page: String(page) })}`;
  const canPick = may(actor, "province.pickCases");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.casesTitle}</h1>
      <p className="text-sm text-slate-600">{t.casesIntro}</p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{t.year}</span>
          <select name="year" defaultValue={String(search.year)} className="rounded border border-slate-300 px-2 py-1">
            {(years.length ? years : [search.year]).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{t.part}</span>
          <select name="part" defaultValue={search.part ?? ""} className="max-w-64 rounded border border-slate-300 px-2 py-1">
            <option value="">{t.anyPart}</option>
            {facets.parts.map((p) => (
              <option key={p.sectionKey} value={p.sectionKey}>
                {p.chapterTitle} / {p.sectionTitle}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{t.topic}</span>
          <select name="topic" defaultValue={search.topic ?? ""} className="max-w-64 rounded border border-slate-300 px-2 py-1">
            <option value="">{t.anyTopic}</option>
            {facets.topics.map((topic) => (
              <option key={topic} value={topic}>
                {topic}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{t.keywords}</span>
          <input name="q" defaultValue={search.q ?? ""} maxLength={100} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="picked" value="picked" defaultChecked={search.picked === "picked"} />
          <span>{t.onlyPicked}</span>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
          {t.search}
        </button>
      </form>
      <p className="text-sm text-slate-600" role="status">
        {fill(t.found, { count: total })}
      </p>
      {cases.length === 0 && <p className="rounded border border-dashed border-slate-300 p-4 text-slate-600">{t.noCases}</p>}
      <ul className="space-y-3" data-testid="case-pool">
        {cases.map((c) => (
          <li
            key={c.id}
            className={`rounded-lg border p-3 ${c.pickedAt ? "border-emerald-400 bg-emerald-50" : "border-slate-200 bg-white"}`}
          >
            <p className="text-xs text-slate-500">
              {c.submission.college.name} · {c.submission.college.city} · {COLLEGE_TYPE_LABELS[c.submission.college.type][lang]} ·{" "}
              {fill(t.caseNumber, { number: c.number })} · {c.chapterTitle} / {c.sectionTitle}
            </p>
            <h2 className="mt-1 font-semibold text-brand-800">{c.title}</h2>
            {c.subtitle && <p className="text-sm text-slate-600">{c.subtitle}</p>}
            <p className="mt-1 line-clamp-3 text-sm text-slate-700">{c.text}</p>
            {c.pickedAt && <p className="mt-1 text-xs font-medium text-emerald-800">{t.picked}</p>}
            {canPick && (
              <div className="mt-2">
                <PickCaseForm caseId={c.id} picked={c.pickedAt !== null} title={c.title} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav className="flex items-center gap-3 text-sm" aria-label={fill(t.pageOf, { page: search.page, pages })}>
          {search.page > 1 && (
            <Link href={pageHref(search.page - 1)} className="text-brand-700 underline">
              {t.previousPage}
            </Link>
          )}
          <span>{fill(t.pageOf, { page: search.page, pages })}</span>
          {search.page < pages && (
            <Link href={pageHref(search.page + 1)} className="text-brand-700 underline">
              {t.nextPage}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
