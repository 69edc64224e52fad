import { YearSwitch } from "@/components/admin/YearSwitch";
import Link from "next/link";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { enumLabel } from "@/lib/records/labels";
import { completeness, countHref, STATUSES, type SectionScope } from "@/lib/report/outline/completeness";
import { fill, type Lang } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";
import { translate } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await translate(report);
  return { title: t.dashboardTitle };
}

type Counts = Record<(typeof STATUSES)[number], number>;

/** A row's counts, each a link to the records it counts, then the total and the approved share. */
function CountCells({
  year,
  counts,
  total,
  share,
  scope,
  departmentId,
  lang,
}: {
  year: number;
  counts: Counts;
  total: number;
  share: number | null;
  scope?: SectionScope;
  departmentId?: string;
  lang: Lang;
}) {
  return (
    <>
      {STATUSES.map((st) => (
        <td key={st} className="px-3 py-1.5 text-right tabular-nums">
          {counts[st] > 0 ? (
            <Link
              href={countHref({ year, status: st, scope, departmentId })}
              className="text-brand-700 underline"
              aria-label={fill(report[lang].countLabel, { status: enumLabel(st, lang), n: counts[st] })}
            >
              {counts[st]}
            </Link>
          ) : (
            <span className="text-slate-500">0</span>
          )}
        </td>
      ))}
      <td className="px-3 py-1.5 text-right font-medium tabular-nums">
        {total > 0 ? (
          <Link href={countHref({ year, scope, departmentId })} className="text-brand-700 underline">
            {total}
          </Link>
        ) : (
          0
        )}
      </td>
      <td className="px-3 py-1.5 text-right tabular-nums">{share === null ? "—" : `${share}%`}</td>
    </>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await pageActor();
  const { lang, t } = await translate(report);
  const ctx = await formContext();
  const year = Number((await searchParams).year) || (ctx.years[0] ?? new Date().getFullYear());
  const data = await guarded(() => completeness({ actor, year }));
  const heads = (
    <>
      {STATUSES.map((s) => (
        <th key={s} scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
          {enumLabel(s, lang)}
        </th>
      ))}
      <th scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
        {t.total}
      </th>
      <th scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
        {t.approvedShare}
      </th>
    </>
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4">
        <h1 className="text-2xl font-bold text-brand-800">
          {t.dashboardTitle} <span className="text-sm font-normal text-slate-500">{year}</span>
        </h1>
        <YearSwitch years={ctx.years} year={year} />
      </div>
      <p className="text-sm text-slate-700" data-testid="year-total">
        {fill(t.yearTotal, { total: data.all.total, approved: data.all.counts.APPROVED })}
        {data.all.approvedShare !== null && fill(t.yearShare, { share: data.all.approvedShare })}
        {t.fullStop}
      </p>
      <section aria-labelledby="sections-h" className="space-y-2">
        <h2 id="sections-h" className="text-lg font-semibold">
          {t.bySection}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t.section}
                </th>
                {heads}
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t.hint}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.sections.map((s) => (
                <tr
                  key={s.key}
                  data-section={s.key}
                  className={s.missingApproved ? "bg-amber-50" : s.chapter ? "bg-slate-50 font-semibold" : undefined}
                >
                  <th scope="row" className={`px-3 py-1.5 text-left ${s.level === 1 ? "font-semibold" : "pl-8 font-normal"}`}>
                    {s.title}
                    {s.chapter && <span className="ml-1 text-xs font-normal text-slate-500">{t.chapterTotal}</span>}
                  </th>
                  <CountCells year={year} counts={s.counts} total={s.total} share={s.approvedShare} scope={s.scope} lang={lang} />
                  <td className="px-3 py-1.5 text-amber-800">{s.missingApproved ? t.noApproved : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="depts-h" className="space-y-2">
        <h2 id="depts-h" className="text-lg font-semibold">
          {t.byDepartment}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t.department}
                </th>
                {heads}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.departments.map((d) => (
                <tr key={d.id} data-department={d.name}>
                  <th scope="row" className="px-3 py-1.5 text-left font-normal">
                    {d.name}
                  </th>
                  <CountCells
                    year={year}
                    counts={d.counts}
                    total={d.total}
                    share={d.total ? Math.round((d.counts.APPROVED / d.total) * 100) : null}
                    departmentId={d.id}
                    lang={lang}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
