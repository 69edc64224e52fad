import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PackageSentForm } from "@/components/report/PackageSentForm";
import { guarded, pageActor } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { fill } from "@/lib/i18n/define";
import { pkg } from "@/lib/i18n/messages/package";
import { translate } from "@/lib/i18n/server";
import { institutionProfile } from "@/lib/institution/service";
import { listPackageLog } from "@/lib/package/log";
import { listEditions } from "@/lib/report/editions/editions";
import { parseYear } from "@/lib/report/http/params";
import { formatDateTime, formatDateTimeWords } from "@/lib/time";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const { t } = await translate(pkg);
  return { title: fill(t.editionsTitle, { year: (await params).year }) };
}

/**
 * 版本与报送 (quality office, admins, leaders): the year's published editions, each with its
 * submission package to download, and the 报送 log — who exported or handed in which edition when.
 * The public editions page (/reports/{year}/editions) offers no package.
 */
export default async function AdminEditionsPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await pageActor();
  const year = parseYear((await params).year);
  if (!year) notFound();
  const [log, editions, college] = await Promise.all([
    guarded(() => listPackageLog({ actor, year })),
    listEditions({ year }),
    institutionProfile(),
  ]);
  const { lang, t } = await translate(pkg);
  const when = (at: Date) => (lang === "zh" ? formatDateTimeWords(at) : formatDateTime(at));
  const canSend = may(actor, "package.send");
  const cell = "border px-2 py-1.5 text-left align-top";
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <p className="text-sm">
        <Link href={`/admin/report/${year}/preview`} className="text-brand-700 underline">
          {t.back}
        </Link>
      </p>
      <h1 className="text-xl font-bold text-brand-800">{fill(t.editionsTitle, { year })}</h1>
      {!college?.code && (
        <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
          {t.codeMissing}{" "}
          {may(actor, "institution.manage") && (
            <Link href="/admin/settings" className="underline">
              {t.settings}
            </Link>
          )}
        </p>
      )}
      {editions.length === 0 ? (
        <p className="text-sm text-slate-600">{t.noEditions}</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t.downloadHint}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={cell}>
                    {t.version}
                  </th>
                  <th scope="col" className={cell}>
                    {t.publishedAt}
                  </th>
                  <th scope="col" className={cell}>
                    {t.publishedBy}
                  </th>
                  <th scope="col" className={cell}>
                    {t.signoff}
                  </th>
                  <th scope="col" className={cell}>
                    {t.actions}
                  </th>
                </tr>
              </thead>
              <tbody>
                {editions.map((e) => (
                  <tr key={e.version} data-testid={`edition-${e.version}`}>
                    <td className={cell}>{fill(t.editionNumber, { n: e.version })}</td>
                    <td className={cell}>{when(e.publishedAt)}</td>
                    <td className={cell}>{e.publishedBy ?? t.none}</td>
                    <td className={cell}>
                      {e.signoff ? `${e.signoff.by ?? t.none}${e.signoff.at ? ` · ${when(e.signoff.at)}` : ""}` : t.none}
                    </td>
                    <td className={`${cell} space-y-2`}>
                      <a
                        // No `download` attribute: while a printed form is made the link opens the
                        // 「正在生成」 page, which fetches the zip when it is ready.
                        href={`/api/v1/years/${year}/editions/${e.version}/package`}
                        className="inline-block rounded bg-brand-600 px-3 py-1 text-white hover:bg-brand-700"
                        data-testid={`package-download-${e.version}`}
                      >
                        {t.download}
                      </a>
                      {canSend && <PackageSentForm year={year} version={e.version} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t.logTitle}</h2>
        {log.length === 0 ? (
          <p className="text-sm text-slate-600">{t.logEmpty}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="package-log">
            {log.map((entry) => (
              <li key={entry.id} className="rounded border border-slate-200 bg-white px-3 py-2">
                {(entry.action === "SENT" ? t.sent : t.exported)(entry.by ?? t.someone, when(entry.at), entry.version)}
                {entry.note && <span className="text-slate-600">{fill(t.noteSep, { note: entry.note })}</span>}
                {entry.sha256 && (
                  <span className="ml-2 font-mono text-xs text-slate-500" title={entry.sha256}>
                    SHA-256 {entry.sha256.slice(0, 12)}…
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
