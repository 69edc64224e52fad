import type { Metadata } from "next";
import Link from "next/link";
import { guarded, partnerPageActor } from "@/lib/admin/guard";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { partners } from "@/lib/i18n/messages/partners";
import { enumLabel } from "@/lib/records/labels";
import { ownReportStates } from "@/lib/partners/service";
import { listYears } from "@/lib/years/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(partners)).t.home };
}

/** The years a partner can report on (open and published years) and its report's state in each. */
export default async function PartnerHome() {
  const actor = await partnerPageActor();
  const [{ enterprise, states: statusOf }, years, { lang, t }] = await Promise.all([
    guarded(() => ownReportStates({ actor })),
    listYears(),
    translate(partners),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        {enterprise.name} <span className="text-sm font-normal text-slate-500">{t.homeSubtitle}</span>
      </h1>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {years.map((y) => (
          <li key={y.year} className="flex items-center justify-between px-3 py-2">
            <Link href={`/partner/reports/${y.year}`} className="text-brand-700 underline">
              {fill(t.yearReport, { year: y.year })}
            </Link>
            <span>{statusOf.has(y.year) ? enumLabel(statusOf.get(y.year)!, lang) : t.notFiled}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
