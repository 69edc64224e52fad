import type { Metadata } from "next";
import Link from "next/link";
import { OpenYearForm, YearRowForm } from "@/components/admin/YearForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { deadlineWords, YEAR_STATE_LABELS } from "@/lib/years/schema";
import { daysLeft, listYears } from "@/lib/years/service";
import { packChoicesForInstallation } from "@/lib/rules/store";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { years as words } from "@/lib/i18n/messages/years";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(words)).t.title };
}

export default async function YearsPage() {
  const actor = await pageActor();
  await guarded(() => authorize(actor, "years.manage"));
  const [years, packs, { lang, t }] = await Promise.all([listYears(), packChoicesForInstallation(), translate(words)]);
  const [packsBefore, packsAfter] = t.packsNote.split("{link}");
  const latest = years[0]?.year;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.title}</h1>
      <p className="text-sm text-slate-600">
        {packsBefore}
        <Link href="/admin/rule-packs" className="text-brand-700 underline">
          {t.packsLink}
        </Link>
        {packsAfter}
      </p>
      <OpenYearForm suggestedYear={(latest ?? new Date().getFullYear() - 1) + 1} hasPrevious={latest !== undefined} packs={packs} />
      <ul className="space-y-2" data-testid="years">
        {years.map((y) => (
          <li key={y.year} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3" data-year={y.year} data-state={y.state}>
            <p className="font-medium">
              {fill(t.yearLine, { year: y.year })}{" "}
              <span className="text-sm font-normal text-slate-500">{fill(t.academicYearLine, { academicYear: y.academicYear })}</span>
              <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs">{YEAR_STATE_LABELS[y.state][lang]}</span>
              {y.deadline && y.state === "OPEN" && (
                <span className="ml-2 text-xs text-slate-600">
                  {fill(t.deadlineLine, { date: y.deadline.toISOString().slice(0, 10), left: deadlineWords(daysLeft(y.deadline), lang) })}
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
