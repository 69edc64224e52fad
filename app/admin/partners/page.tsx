import type { Metadata } from "next";
import Link from "next/link";
import { InvitePartnerForm } from "@/components/partners/PartnerForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { partners as words } from "@/lib/i18n/messages/partners";
import { enumLabel } from "@/lib/records/labels";
import { formatDateTime } from "@/lib/time";
import { listPartners, partnerReviewQueue } from "@/lib/partners/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(words)).t.title };
}

/** Reviewers: the partner-enterprise reports awaiting review and every enterprise's reports; admins also invite. */
export default async function PartnersPage() {
  const actor = await pageActor();
  const [queue, partners] = await guarded(() => Promise.all([partnerReviewQueue({ actor }), listPartners({ actor })]));
  const { lang, t } = await translate(words);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t.title}</h1>
      <section className="space-y-2" aria-labelledby="queue-h">
        <h2 id="queue-h" className="text-lg font-semibold">
          {t.awaitingReview} <span className="text-sm font-normal text-slate-500">· {queue.length}</span>
        </h2>
        {queue.length === 0 ? (
          <p className="text-sm text-slate-500">{t.nothingToReview}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm" data-testid="partner-queue">
            {queue.map((r) => (
              <li key={r.id} className="flex justify-between px-3 py-2">
                <Link href={`/admin/partners/reports/${r.id}`} className="text-brand-700 underline">
                  {r.enterprise.name} · {fill(t.yearReport, { year: r.year })}
                </Link>
                <span className="text-slate-500">{fill(t.submittedAt, { at: formatDateTime(r.submittedAt ?? r.updatedAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {may(actor, "partners.manage") && (
        <section className="space-y-2" aria-labelledby="invite-h">
          <h2 id="invite-h" className="text-lg font-semibold">
            {t.invite}
          </h2>
          <InvitePartnerForm />
        </section>
      )}
      <section className="space-y-2" aria-labelledby="list-h">
        <h2 id="list-h" className="text-lg font-semibold">
          {t.enterprises} <span className="text-sm font-normal text-slate-500">· {partners.length}</span>
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t.enterprise}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.contact}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.username}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.reports}
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
                  <td className="px-3 py-2">{p.user ? `${p.user.username}${p.user.active ? "" : t.deactivated}` : "—"}</td>
                  <td className="px-3 py-2">
                    {p.reports.length === 0
                      ? t.noReportYet
                      : p.reports.map((r) => (
                          <Link key={r.id} href={`/admin/partners/reports/${r.id}`} className="mr-3 text-brand-700 underline">
                            {fill(t.reportOfYear, { year: r.year, status: enumLabel(r.status, lang) })}
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
