import Link from "next/link";
import { OpenYearForm, YearRowForm } from "@/components/admin/YearForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { deadlineWords, YEAR_STATE_LABELS } from "@/lib/years/schema";
import { daysLeft, listYears } from "@/lib/years/service";
import { rulePackChoices } from "@/lib/rules/store";

export const metadata = { title: "报告年度" };

export default async function YearsPage() {
  const actor = await pageActor();
  await guarded(() => authorize(actor, "years.manage"));
  const [years, packs] = await Promise.all([listYears(), rulePackChoices()]);
  const latest = years[0]?.year;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        报告年度 <span className="text-sm font-normal text-slate-500">Report years</span>
      </h1>
      <p className="text-sm text-slate-600">
        年度的目录与规则来自规则包（
        <Link href="/admin/rule-packs" className="text-brand-700 underline">
          查看或导入规则包
        </Link>
        ）。
      </p>
      <OpenYearForm suggestedYear={(latest ?? new Date().getFullYear() - 1) + 1} hasPrevious={latest !== undefined} packs={packs} />
      <ul className="space-y-2" data-testid="years">
        {years.map((y) => (
          <li key={y.year} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3" data-year={y.year} data-state={y.state}>
            <p className="font-medium">
              {y.year}年度 <span className="text-sm font-normal text-slate-500">（{y.academicYear}学年）</span>
              <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs">{YEAR_STATE_LABELS[y.state]}</span>
              {y.deadline && y.state === "OPEN" && (
                <span className="ml-2 text-xs text-slate-600">
                  截止 {y.deadline.toISOString().slice(0, 10)}（{deadlineWords(daysLeft(y.deadline))}）
                </span>
              )}
            </p>
            <YearRowForm year={y.year} state={y.state} deadline={y.deadline?.toISOString().slice(0, 10) ?? ""} />
          </li>
        ))}
      </ul>
    </div>
  );
}
