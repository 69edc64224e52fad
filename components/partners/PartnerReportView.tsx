import { enumLabel } from "@/lib/records/labels";
import { money } from "@/lib/decimal";
import { investmentOf } from "@/lib/partners/totals";
import type { PartnerReportView as TView } from "@/lib/partners/service";

/** A partner enterprise's annual report, as the public page, the reviewer and the enterprise see it. */
export function PartnerReportView({ report, showStatus = false }: { report: TView; showStatus?: boolean }) {
  const figures: [string, string][] = [
    ["接收学生", `${report.studentsTaken}人`],
    ["共建专业（订单班）", `${report.jointProgrammes}个`],
    ["设备投入", `${money(report.equipmentInvestment)}万元`],
    ["培训投入", `${money(report.trainingInvestment)}万元`],
    ["投入合计", `${investmentOf(report)}万元`],
    ["提供就业岗位", `${report.jobsOffered}个`],
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
        <h1 className="text-2xl font-bold text-brand-800">
          {report.enterprise.name}
          {report.year}年度企业参与职业教育年度报告
        </h1>
        <p className="text-sm text-slate-600">
          所属行业：{report.industry}
          {showStatus && (
            <span className="ml-3 rounded bg-slate-100 px-2 py-0.5" data-testid="partner-status">
              {enumLabel(report.status)}
            </span>
          )}
        </p>
      </header>
      <section>
        <h2 className="mb-2 text-lg font-semibold">一、企业简介</h2>
        {para(report.profile)}
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">二、参与办学情况</h2>
        <table className="min-w-[20rem] border-collapse text-sm">
          <tbody>
            {figures.map(([k, v]) => (
              <tr key={k} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-6 text-left font-normal text-slate-600">
                  {k}
                </th>
                <td className="py-1" data-figure={k}>
                  {v}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.programmes && <div className="mt-2">{para(report.programmes)}</div>}
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">三、合作成效</h2>
        {para(report.results)}
      </section>
      <section className="rounded border border-slate-300 p-4">
        <h2 className="mb-2 text-lg font-semibold">案例：{report.caseTitle}</h2>
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
