import Link from "next/link";
import { guarded, partnerPageActor } from "@/lib/admin/guard";
import { enumLabel } from "@/lib/records/labels";
import { ownReportStates } from "@/lib/partners/service";
import { listYears } from "@/lib/years/service";

export const metadata = { title: "企业年度报告" };

/** The years a partner can report on (open and published years) and its report's state in each. */
export default async function PartnerHome() {
  const actor = await partnerPageActor();
  const [{ enterprise, states: statusOf }, years] = await Promise.all([guarded(() => ownReportStates({ actor })), listYears()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        {enterprise.name} <span className="text-sm font-normal text-slate-500">企业参与职业教育年度报告</span>
      </h1>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {years.map((y) => (
          <li key={y.year} className="flex items-center justify-between px-3 py-2">
            <Link href={`/partner/reports/${y.year}`} className="text-brand-700 underline">
              {y.year}年度报告
            </Link>
            <span>{statusOf.has(y.year) ? enumLabel(statusOf.get(y.year)!) : "未填报"}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
