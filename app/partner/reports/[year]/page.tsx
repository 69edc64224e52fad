import Link from "next/link";
import { notFound } from "next/navigation";
import { PartnerPhotoForm, PartnerReportForm, PartnerTransitionForm } from "@/components/partners/PartnerForms";
import { PartnerReportView } from "@/components/partners/PartnerReportView";
import { guarded, partnerPageActor } from "@/lib/admin/guard";
import { enumLabel } from "@/lib/records/labels";
import { ownEnterprise, ownReport, PARTNER_WORKFLOW, partnerEditable } from "@/lib/partners/service";
import { PARTNER_REPORT_FIELDS } from "@/lib/partners/schema";
import { parseYear } from "@/lib/report/http/params";
import type { PartnerTransition } from "@/lib/partners/service";

export const metadata = { title: "填写企业年度报告" };

/** The partner's report of one year: the form while a draft or returned, else the report as filed. */
export default async function PartnerReportPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await partnerPageActor();
  const year = parseYear((await params).year);
  if (!year) notFound();
  const [enterprise, report] = await guarded(() => Promise.all([ownEnterprise({ actor }), ownReport({ actor, year })]));
  const saved = Object.fromEntries(PARTNER_REPORT_FIELDS.map((f) => [f, report ? String(report[f]) : ""]));
  const editable = !report || partnerEditable(report.status);
  const transitions = report
    ? (["submit", "withdraw"] as PartnerTransition[]).filter((t) => PARTNER_WORKFLOW[t].from.includes(report.status))
    : [];
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/partner" className="text-brand-700 underline">
          ← 企业年度报告
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">
        {enterprise.name} · {year}年度报告{" "}
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm font-normal" data-testid="partner-status">
          {report ? enumLabel(report.status) : "未填报"}
        </span>
      </h1>
      {report?.status === "RETURNED" && report.returnReason && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="return-reason">
          退回原因：{report.returnReason}
        </p>
      )}
      {report?.status === "APPROVED" && (
        <p className="text-sm">
          已公开：
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
              <h2 className="text-lg font-semibold">案例照片</h2>
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
