import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { enumLabel } from "@/lib/i18n/labels";
import { completeness } from "@/lib/records/completeness";

export const metadata = { title: "填报进度" };
const STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await pageActor();
  const ctx = await formContext();
  const year = Number((await searchParams).year) || (ctx.years[0] ?? new Date().getFullYear());
  const data = await guarded(() => completeness({ actor, year }));
  const statusHeads = STATUSES.map((s) => (
    <th key={s} scope="col" className="px-3 py-2 text-right font-medium">
      {enumLabel(s)}
    </th>
  ));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4">
        <h1 className="text-2xl font-bold text-brand-800">
          填报进度 <span className="text-sm font-normal text-slate-500">Completeness · {year}</span>
        </h1>
        <form method="get" className="text-sm">
          <label>
            年度
            <select name="year" defaultValue={year} className="ml-1 rounded border border-slate-300 px-2 py-1">
              {ctx.years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </label>
          <button className="ml-2 rounded bg-slate-700 px-3 py-1 text-white">切换</button>
        </form>
      </div>
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
                {statusHeads}
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  提示
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.sections.map((s) => (
                <tr key={s.key} data-section={s.key} className={s.missingApproved ? "bg-amber-50" : undefined}>
                  <td className={`px-3 py-1.5 ${s.level === 1 ? "font-semibold" : "pl-8"}`}>{s.title}</td>
                  {STATUSES.map((st) => (
                    <td key={st} className="px-3 py-1.5 text-right tabular-nums">
                      {s.counts[st]}
                    </td>
                  ))}
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
                {statusHeads}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.departments.map((d) => (
                <tr key={d.name}>
                  <td className="px-3 py-1.5">{d.name}</td>
                  {STATUSES.map((st) => (
                    <td key={st} className="px-3 py-1.5 text-right tabular-nums">
                      {d.counts[st]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
