import { ProvinceFilter } from "@/components/province/ProvinceFilter";
import { guarded, pageActor } from "@/lib/admin/guard";
import { fill } from "@/lib/i18n/catalogue";
import { provinceData } from "@/lib/i18n/messages/provinceData";
import { translate } from "@/lib/i18n/server";
import { COLLEGE_TYPE_LABELS, type CollegeType } from "@/lib/package/schema";
import { printedFigure } from "@/lib/province/aggregates";
import { provinceRankingView } from "@/lib/province/read";
import { firstOfEach, ZRankingView } from "@/lib/province/params";

export async function generateMetadata() {
  const { t } = await translate(provinceData);
  return { title: t.rankingsTitle };
}

export default async function ProvinceRankingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await pageActor();
  const { lang, t } = await translate(provinceData);
  const view = ZRankingView.parse(firstOfEach(await searchParams));
  const { years, year, rows, row, ranked } = await guarded(() => provinceRankingView(actor, view));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.rankingsTitle}</h1>
      <p className="text-sm text-slate-600">{t.rankingsIntro}</p>
      <ProvinceFilter
        fields={[
          {
            name: "year",
            label: t.year,
            value: String(year),
            choices: (years.length ? years : [year]).map((y) => ({ value: String(y), label: String(y) })),
          },
          {
            name: "row",
            label: t.row,
            value: row?.code ?? "",
            choices: rows.map((r) => ({ value: r.code, label: `${r.code} ${r.label}` })),
          },
          {
            name: "share",
            label: t.share,
            value: view.share,
            choices: ["0.1", "0.2", "0.3", "1"].map((s) => ({ value: s, label: `${Number(s) * 100}%` })),
          },
        ]}
      />
      {!row && <p className="rounded border border-dashed border-slate-300 p-4 text-slate-600">{t.noSubmissions}</p>}
      {row && ranked.length === 0 && <p className="rounded border border-dashed border-slate-300 p-4 text-slate-600">{t.noRanking}</p>}
      {ranked.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-sm" data-testid="ranking">
            <caption className="pb-2 text-left font-semibold text-brand-800">
              {row!.label}
              {row!.unit && fill(t.unitInParens, { unit: row!.unit })}
            </caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="px-2 py-1">{t.city}</th>
                <th className="px-2 py-1 text-right">{t.rank}</th>
                <th className="px-2 py-1">{t.college}</th>
                <th className="px-2 py-1">{t.collegeType}</th>
                <th className="px-2 py-1 text-right">{t.value}</th>
                <th className="px-2 py-1 text-right">{t.regionSize}</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((r) => (
                <tr key={r.collegeId} className="border-t border-slate-200">
                  <td className="px-2 py-1">{r.city}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{r.rank}</td>
                  <td className="px-2 py-1">{r.name}</td>
                  <td className="px-2 py-1">{COLLEGE_TYPE_LABELS[r.type as CollegeType]?.[lang] ?? r.type}</td>
                  <td className="px-2 py-1 text-right tabular-nums">
                    {printedFigure(
                      { value: r.value, numerator: null, denominator: null, method: row!.unit === "%" ? "ratio" : "sum", colleges: 1 },
                      row!.unit,
                    )}
                  </td>
                  <td className="px-2 py-1 text-right tabular-nums">{r.regionSize}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
