import { YearSwitch } from "@/components/admin/YearSwitch";
import Link from "next/link";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { enumLabel } from "@/lib/records/labels";
import { completeness, countHref, STATUSES, type SectionScope } from "@/lib/report/outline/completeness";

export const metadata = { title: "填报进度" };

type Counts = Record<(typeof STATUSES)[number], number>;

/** A row's counts, each a link to the records it counts, then the total and the approved share. */
function CountCells({
  year,
  counts,
  total,
  share,
  scope,
  departmentId,
}: {
  year: number;
  counts: Counts;
  total: number;
  share: number | null;
  scope?: SectionScope;
  departmentId?: string;
}) {
  return (
    <>
      {STATUSES.map((st) => (
        <td key={st} className="px-3 py-1.5 text-right tabular-nums">
          {counts[st] > 0 ? (
            <Link
              href={countHref({ year, status: st, scope, departmentId })}
              className="text-brand-700 underline"
              aria-label={`${enumLabel(st)} ${counts[st]} 条`}
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
  const ctx = await formContext();
  const year = Number((await searchParams).year) || (ctx.years[0] ?? new Date().getFullYear());
  const data = await guarded(() => completeness({ actor, year }));
  const heads = (
    <>
      {STATUSES.map((s) => (
        <th key={s} scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
          {enumLabel(s)}
        </th>
      ))}
      <th scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
        合计
      </th>
      <th scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
        已通过占比
      </th>
    </>
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4">
        <h1 className="text-2xl font-bold text-brand-800">
          填报进度 <span className="text-sm font-normal text-slate-500">Completeness · {year}</span>
        </h1>
        <YearSwitch years={ctx.years} year={year} />
      </div>
      <p className="text-sm text-slate-700" data-testid="year-total">
        本年度共 {data.all.total} 条记录，已通过 {data.all.counts.APPROVED} 条
        {data.all.approvedShare !== null && `（${data.all.approvedShare}%）`}。
      </p>
      <section aria-labelledby="sections-h" className="space-y-2">
        <h2 id="sections-h" className="text-lg font-semibold">
          按报告章节 <span className="text-sm font-normal text-slate-500">by report section</span>
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  章节
                </th>
                {heads}
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  提示
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
                    {s.chapter && <span className="ml-1 text-xs font-normal text-slate-500">（本章合计）</span>}
                  </th>
                  <CountCells year={year} counts={s.counts} total={s.total} share={s.approvedShare} scope={s.scope} />
                  <td className="px-3 py-1.5 text-amber-800">{s.missingApproved ? "尚无已审核数据（no approved data yet）" : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="depts-h" className="space-y-2">
        <h2 id="depts-h" className="text-lg font-semibold">
          按部门 <span className="text-sm font-normal text-slate-500">by department</span>
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  部门
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
