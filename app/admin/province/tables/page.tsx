import { ProvinceFilter } from "@/components/province/ProvinceFilter";
import { guarded, pageActor } from "@/lib/admin/guard";
import { fill } from "@/lib/i18n/catalogue";
import { provinceData } from "@/lib/i18n/messages/provinceData";
import { translate } from "@/lib/i18n/server";
import { COLLEGE_TYPE_LABELS, COLLEGE_TYPES } from "@/lib/package/schema";
import { type AggregateFigure, printedFigure } from "@/lib/province/aggregates";
import { provinceTablesView } from "@/lib/province/read";
import { firstOfEach, ZTablesView } from "@/lib/province/params";
import { changeText } from "@/lib/report/tokens/year-over-year";

export async function generateMetadata() {
  const { t } = await translate(provinceData);
  return { title: t.tablesTitle };
}

export default async function ProvinceTablesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await pageActor();
  const { lang, t } = await translate(provinceData);
  const view = ZTablesView.parse(firstOfEach(await searchParams));
  const { years, year, tables } = await guarded(() => provinceTablesView(actor, view));
  const groups =
    view.group === "type"
      ? COLLEGE_TYPES.map((k) => ({ key: k, label: COLLEGE_TYPE_LABELS[k][lang] }))
      : view.group === "city"
        ? [...new Set(tables.flatMap((tb) => tb.rows.flatMap((r) => [...r.current.keys()])))].sort().map((c) => ({ key: c, label: c }))
        : [];
  const methodLabel = (f: AggregateFigure | undefined) =>
    f?.method === "ratio" ? t.methodRatio : f?.method === "sum" ? t.methodSum : t.methodNone;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.tablesTitle}</h1>
      <p className="text-sm text-slate-600">{t.tablesIntro}</p>
      <ProvinceFilter
        fields={[
          {
            name: "year",
            label: t.year,
            value: String(year),
            choices: (years.length ? years : [year]).map((y) => ({ value: String(y), label: String(y) })),
          },
          {
            name: "group",
            label: t.groupBy,
            value: view.group,
            choices: [
              { value: "all", label: t.groupAll },
              { value: "type", label: t.groupType },
              { value: "city", label: t.groupCity },
            ],
          },
        ]}
      />
      {tables.length === 0 && <p className="rounded border border-dashed border-slate-300 p-4 text-slate-600">{t.noSubmissions}</p>}
      {tables.map((table) => (
        <section key={table.key} className="space-y-2" aria-labelledby={`table-${table.key}`}>
          <h2 id={`table-${table.key}`} className="text-lg font-semibold text-brand-800">
            {table.title}
          </h2>
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-sm" data-testid={`province-table-${table.key}`}>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th className="px-2 py-1">{t.code}</th>
                  <th className="px-2 py-1">{t.indicator}</th>
                  <th className="px-2 py-1">{t.unit}</th>
                  {view.group === "all" ? (
                    <>
                      <th className="px-2 py-1 text-right">{fill(t.thisYear, { year })}</th>
                      <th className="px-2 py-1 text-right">{fill(t.lastYear, { year: year - 1 })}</th>
                      <th className="px-2 py-1 text-right">{t.change}</th>
                      <th className="px-2 py-1 text-right">{t.colleges}</th>
                      <th className="px-2 py-1">{t.method}</th>
                    </>
                  ) : (
                    groups.map((g) => (
                      <th key={g.key} className="px-2 py-1 text-right">
                        {g.label}
                      </th>
                    ))
                  )}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => {
                  const now = r.current.get("");
                  const before = r.previous.get("");
                  const [a, b] = [printedFigure(now, r.unit), printedFigure(before, r.unit)];
                  return (
                    <tr key={r.code} className="border-t border-slate-200" data-code={r.code}>
                      <td className="px-2 py-1 font-mono text-xs text-slate-500">{r.code}</td>
                      <td className="px-2 py-1">{r.label}</td>
                      <td className="px-2 py-1">{r.unit}</td>
                      {view.group === "all" ? (
                        <>
                          <td className="px-2 py-1 text-right tabular-nums" data-testid="now">
                            {a}
                          </td>
                          <td className="px-2 py-1 text-right tabular-nums">{b}</td>
                          <td className="px-2 py-1 text-right tabular-nums">
                            {a && b ? changeText(a, b, { percent: r.unit === "%" }) : ""}
                          </td>
                          <td className="px-2 py-1 text-right tabular-nums">{now?.colleges ?? 0}</td>
                          <td className="px-2 py-1 text-xs text-slate-500">{methodLabel(now)}</td>
                        </>
                      ) : (
                        groups.map((g) => (
                          <td key={g.key} className="px-2 py-1 text-right tabular-nums">
                            {printedFigure(r.current.get(g.key), r.unit)}
                          </td>
                        ))
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
