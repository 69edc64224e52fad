import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartnerPhotoForm, PartnerReportForm, PartnerTransitionForm } from "@/components/partners/PartnerForms";
import { PartnerReportView } from "@/components/partners/PartnerReportView";
import { guarded, partnerPageActor } from "@/lib/admin/guard";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { partners } from "@/lib/i18n/messages/partners";
import { enumLabel } from "@/lib/records/labels";
import { ownEnterprise, ownReport, PARTNER_WORKFLOW, partnerEditable } from "@/lib/partners/service";
import { PARTNER_REPORT_FIELDS } from "@/lib/partners/schema";
import { parseYear } from "@/lib/report/http/params";
import type { PartnerTransition } from "@/lib/partners/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(partners)).t.fileTitle };
}

/** The partner's report of one year: the form while a draft or returned, else the report as filed. */
export default async function PartnerReportPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await partnerPageActor();
  const year = parseYear((await params).year);
  if (!year) notFound();
  const { lang, t } = await translate(partners);
  const [enterprise, report] = await guarded(() => Promise.all([ownEnterprise({ actor }), ownReport({ actor, year })]));
  const saved = Object.fromEntries(PARTNER_REPORT_FIELDS.map((f) => [f, report ? String(report[f]) : ""]));
  const editable = !report || partnerEditable(report.status);
  const transitions = report
    ? (["submit", "withdraw"] as PartnerTransition[]).filter((step) => PARTNER_WORKFLOW[step].from.includes(report.status))
    : [];
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/partner" className="text-brand-700 underline">
          ← {t.home}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">
        {enterprise.name} · {fill(t.yearReport, { year })}{" "}
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm font-normal" data-testid="partner-status">
          {report ? enumLabel(report.status, lang) : t.notFiled}
        </span>
      </h1>
      {report?.status === "RETURNED" && report.returnReason && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="return-reason">
          {fill(t.returnReason, { reason: report.returnReason })}
        </p>
      )}
      {report?.status === "APPROVED" && (
        <p className="text-sm">
          {t.publishedAt}
          <Link href={`/reports/${year}/enterprises/${enterprise.slug}`} className="text-brand-700 underline">
            /reports/{year}/enterprises/{enterprise.slug}
          </Link>
        </p>
      )}
      {editable ? (
        <>
          <PartnerReportForm year={year} version={report?.version} saved={saved} />
          {report && (
            <section className="space-y-2">
              <h2 className="text-lg font-semibold">{t.casePhotos}</h2>
              <PartnerPhotoForm year={year} />
            </section>
          )}
        </>
      ) : null}
      {report && <PartnerTransitionForm id={report.id} version={report.version} transitions={transitions} />}
      {report && (
        <div className="rounded-lg border border-slate-200 bg-white p-6">
          <PartnerReportView report={report} />
        </div>
      )}
    </div>
  );
}
