import Link from "next/link";
import { guarded, pageActor } from "@/lib/admin/guard";
import { mySections } from "@/lib/report/outline/my-sections";
import { daysLeft } from "@/lib/years/service";
import { fill } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";
import { translate } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await translate(report);
  return { title: t.mySectionsTitle };
}
export const dynamic = "force-dynamic";

/** 我的章节: the report sections the staff member's department answers for, and what each still lacks. */
export default async function MySectionsPage() {
  const actor = await pageActor();
  const { lang, t } = await translate(report);
  const sections = await guarded(() => mySections({ actor, lang }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.mySectionsTitle}</h1>
      <p className="text-sm text-slate-700">
        {t.mySectionsIntro}{" "}
        <Link href="/admin/tasks/mine" className="text-brand-700 underline">
          {t.myTasks}
        </Link>
        {t.fullStop}
      </p>
      {sections.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-600">{t.noSections}</p>
      ) : (
        <ul className="space-y-3">
          {sections.map((s) => (
            <li key={`${s.year}-${s.key}`} data-section={s.key} className="rounded border border-slate-200 bg-white p-4">
              <h2 className="font-semibold">{fill(t.yearTitle, { year: s.year, title: s.title })}</h2>
              <p className="text-sm text-slate-600">
                {fill(t.sectionCounts, { approved: s.approved, waiting: s.waiting, drafts: s.drafts })}
                {s.deadline
                  ? fill(t.sectionDeadline, { date: s.deadline.toISOString().slice(0, 10), words: t.deadlineIn(daysLeft(s.deadline)) })
                  : ""}
              </p>
              {s.missing.length ? (
                <ul className="mt-2 list-disc pl-5 text-sm text-amber-800" aria-label={t.missing}>
                  {s.missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-emerald-700">{t.complete}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
