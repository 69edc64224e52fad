import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartnerReportView } from "@/components/partners/PartnerReportView";
import { AppError } from "@/lib/errors";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { partners } from "@/lib/i18n/messages/partners";
import { site } from "@/lib/i18n/messages/site";
import { publishedPartnerReport } from "@/lib/partners/service";
import { parseYear } from "@/lib/report/http/params";

/** An approved partner enterprise's annual report: public, print-friendly, with its PDF. */
type Props = { params: Promise<{ year: string; slug: string }> };

async function load(props: Props) {
  const { year: raw, slug } = await props.params;
  const year = parseYear(raw);
  if (!year) notFound();
  try {
    return await publishedPartnerReport({ year, slug });
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [report, { t }] = await Promise.all([load(props), translate(partners)]);
  return { title: fill(t.reportTitle, { name: report.enterprise.name, year: report.year }) };
}

export default async function EnterpriseReportPage(props: Props) {
  const [report, { t }] = await Promise.all([load(props), translate(site)]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="flex flex-wrap gap-4 text-sm print:hidden">
        <Link href={`/reports/${report.year}`} className="text-brand-700 underline">
          ← {fill(t.yearReportTitle, { year: report.year })}
        </Link>
        <a href={`/reports/${report.year}/enterprises/${report.enterprise.slug}/pdf`} className="text-brand-700 underline">
          {t.downloadPdf}
        </a>
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 print:border-0 print:p-0">
        <PartnerReportView report={report} />
      </div>
    </div>
  );
}
