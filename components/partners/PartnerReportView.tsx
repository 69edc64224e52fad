import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { partners } from "@/lib/i18n/messages/partners";
import { enumLabel } from "@/lib/records/labels";
import { money } from "@/lib/decimal";
import { investmentOf } from "@/lib/partners/totals";
import type { PartnerReportView as TView } from "@/lib/partners/service";

/** A partner enterprise's annual report, as the public page, the reviewer and the enterprise see it. */
export async function PartnerReportView({ report, showStatus = false }: { report: TView; showStatus?: boolean }) {
  const { lang, t } = await translate(partners);
  // Keyed by field (data-figure), labelled and worded in the reader's language.
  const figures: [string, string, string][] = [
    ["studentsTaken", t.studentsTaken, fill(t.personsFigure, { n: report.studentsTaken })],
    ["jointProgrammes", t.jointProgrammes, fill(t.countFigure, { n: report.jointProgrammes })],
    ["equipmentInvestment", t.equipmentInvestment, fill(t.moneyFigure, { n: money(report.equipmentInvestment) })],
    ["trainingInvestment", t.trainingInvestment, fill(t.moneyFigure, { n: money(report.trainingInvestment) })],
    ["investmentTotal", t.investmentTotal, fill(t.moneyFigure, { n: investmentOf(report) })],
    ["jobsOffered", t.jobsOffered, fill(t.countFigure, { n: report.jobsOffered })],
  ];
  const para = (text: string) =>
    text
      .split(/\n+/)
      .filter(Boolean)
      .map((p, i) => (
        <p key={i} className="indent-8 leading-7">
          {p}
        </p>
      ));
  return (
    <article className="space-y-5 font-serif" data-testid="partner-report">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-800">{fill(t.reportTitle, { name: report.enterprise.name, year: report.year })}</h1>
        <p className="text-sm text-slate-600">
          {fill(t.industryLine, { industry: report.industry })}
          {showStatus && (
            <span className="ml-3 rounded bg-slate-100 px-2 py-0.5" data-testid="partner-status">
              {enumLabel(report.status, lang)}
            </span>
          )}
        </p>
      </header>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t.profileHeading}</h2>
        {para(report.profile)}
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t.participationHeading}</h2>
        <table className="min-w-[20rem] border-collapse text-sm">
          <tbody>
            {figures.map(([key, label, value]) => (
              <tr key={key} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-6 text-left font-normal text-slate-600">
                  {label}
                </th>
                <td className="py-1" data-figure={key}>
                  {value}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.programmes && <div className="mt-2">{para(report.programmes)}</div>}
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t.resultsHeading}</h2>
        {para(report.results)}
      </section>
      <section className="rounded border border-slate-300 p-4">
        <h2 className="mb-2 text-lg font-semibold">{fill(t.caseHeading, { title: report.caseTitle })}</h2>
        {para(report.caseBody)}
        {report.photos.length > 0 && (
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            {report.photos.map((p) => (
              <figure key={p.id}>
                {/* eslint-disable-next-line @next/next/no-img-element -- stored files are served by our own route, already resized */}
                <img src={`/files/${p.fileId}/web`} alt={p.caption} className="w-full rounded" />
                <figcaption className="mt-1 text-center text-sm text-slate-600">{p.caption}</figcaption>
              </figure>
            ))}
          </div>
        )}
      </section>
    </article>
  );
}
