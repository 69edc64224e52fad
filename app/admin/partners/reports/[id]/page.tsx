import type { Metadata } from "next";
import Link from "next/link";
import { PartnerTransitionForm } from "@/components/partners/PartnerForms";
import { PartnerReportView } from "@/components/partners/PartnerReportView";
import { guarded, pageActor } from "@/lib/admin/guard";
import { mayOnPartnerReport, authorize } from "@/lib/auth/policy";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { partners } from "@/lib/i18n/messages/partners";
import { findPartnerReport, PARTNER_WORKFLOW } from "@/lib/partners/service";
import type { PartnerTransition } from "@/lib/partners/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(partners)).t.reviewTitle };
}

/** A reviewer's view of one partner report: the report, and approve / return (with a reason). */
export default async function PartnerReportReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const report = await guarded(async () => {
    authorize(actor, "partners.review");
    return findPartnerReport({ actor, id });
  });
  const { t } = await translate(partners);
  const scope = { enterpriseUserId: report.enterprise.userId, status: report.status };
  const transitions = (["approve", "return"] as PartnerTransition[]).filter(
    (step) => PARTNER_WORKFLOW[step].from.includes(report.status) && mayOnPartnerReport(actor, step, scope),
  );
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/partners" className="text-brand-700 underline">
          ← {t.title}
        </Link>
        <span className="ml-3 text-slate-500">
          {fill(t.contactLine, {
            contact: report.enterprise.phone ? `${report.enterprise.contact} ${report.enterprise.phone}` : report.enterprise.contact,
          })}
        </span>
      </p>
      {report.returnReason && report.status === "RETURNED" && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">{fill(t.returnReason, { reason: report.returnReason })}</p>
      )}
      <PartnerTransitionForm id={report.id} version={report.version} transitions={transitions} />
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <PartnerReportView report={report} showStatus />
      </div>
    </div>
  );
}
