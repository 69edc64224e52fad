import Link from "next/link";
import { PartnerTransitionForm } from "@/components/partners/PartnerForms";
import { PartnerReportView } from "@/components/partners/PartnerReportView";
import { guarded, pageActor } from "@/lib/admin/guard";
import { mayOnPartnerReport, authorize } from "@/lib/auth/policy";
import { findPartnerReport, PARTNER_WORKFLOW } from "@/lib/partners/service";
import type { PartnerTransition } from "@/lib/partners/service";

export const metadata = { title: "审核企业年度报告" };

/** A reviewer's view of one partner report: the report, and approve / return (with a reason). */
export default async function PartnerReportReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const report = await guarded(async () => {
    authorize(actor, "partners.review");
    return findPartnerReport({ actor, id });
  });
  const scope = { enterpriseUserId: report.enterprise.userId, status: report.status };
  const transitions = (["approve", "return"] as PartnerTransition[]).filter(
    (t) => PARTNER_WORKFLOW[t].from.includes(report.status) && mayOnPartnerReport(actor, t, scope),
  );
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/partners" className="text-brand-700 underline">
          ← 合作企业年报
        </Link>
        <span className="ml-3 text-slate-500">
          联系人：{report.enterprise.contact}
          {report.enterprise.phone ? ` ${report.enterprise.phone}` : ""}
        </span>
      </p>
      {report.returnReason && report.status === "RETURNED" && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">退回原因：{report.returnReason}</p>
      )}
      <PartnerTransitionForm id={report.id} version={report.version} transitions={transitions} />
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <PartnerReportView report={report} showStatus />
      </div>
    </div>
  );
}
