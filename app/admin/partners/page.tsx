import Link from "next/link";
import { InvitePartnerForm } from "@/components/partners/PartnerForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { enumLabel } from "@/lib/records/labels";
import { formatDateTime } from "@/lib/time";
import { listPartners, partnerReviewQueue } from "@/lib/partners/service";

export const metadata = { title: "合作企业年报" };

/** Reviewers: the partner-enterprise reports awaiting review and every enterprise's reports; admins also invite. */
export default async function PartnersPage() {
  const actor = await pageActor();
  const [queue, partners] = await guarded(() => Promise.all([partnerReviewQueue({ actor }), listPartners({ actor })]));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">
        合作企业年报 <span className="text-sm font-normal text-slate-500">Partner-enterprise reports</span>
      </h1>
      <section className="space-y-2" aria-labelledby="queue-h">
        <h2 id="queue-h" className="text-lg font-semibold">
          待审核 <span className="text-sm font-normal text-slate-500">Awaiting review · {queue.length}</span>
        </h2>
        {queue.length === 0 ? (
          <p className="text-sm text-slate-500">没有待审核的企业年度报告。</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm" data-testid="partner-queue">
            {queue.map((r) => (
              <li key={r.id} className="flex justify-between px-3 py-2">
                <Link href={`/admin/partners/reports/${r.id}`} className="text-brand-700 underline">
                  {r.enterprise.name} · {r.year}年度报告
                </Link>
                <span className="text-slate-500">提交于 {formatDateTime(r.submittedAt ?? r.updatedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {may(actor, "partners.manage") && (
        <section className="space-y-2" aria-labelledby="invite-h">
          <h2 id="invite-h" className="text-lg font-semibold">
            邀请合作企业 <span className="text-sm font-normal text-slate-500">Invite an enterprise</span>
          </h2>
          <InvitePartnerForm />
        </section>
      )}
      <section className="space-y-2" aria-labelledby="list-h">
        <h2 id="list-h" className="text-lg font-semibold">
          合作企业 <span className="text-sm font-normal text-slate-500">Enterprises · {partners.length}</span>
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  企业
                </th>
                <th scope="col" className="px-3 py-2">
                  联系人
                </th>
                <th scope="col" className="px-3 py-2">
                  登录名
                </th>
                <th scope="col" className="px-3 py-2">
                  年度报告
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {partners.map((p) => (
                <tr key={p.id}>
                  <td className="px-3 py-2">
                    {p.name} <span className="text-xs text-slate-500">{p.slug}</span>
                  </td>
                  <td className="px-3 py-2">
                    {p.contact}
                    {p.phone ? ` ${p.phone}` : ""}
                  </td>
                  <td className="px-3 py-2">{p.user ? `${p.user.username}${p.user.active ? "" : "（已停用）"}` : "—"}</td>
                  <td className="px-3 py-2">
                    {p.reports.length === 0
                      ? "尚未填报"
                      : p.reports.map((r) => (
                          <Link key={r.id} href={`/admin/partners/reports/${r.id}`} className="mr-3 text-brand-700 underline">
                            {r.year}年 {enumLabel(r.status)}
                          </Link>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
