import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { diffDocuments, getEdition, listEditions } from "@/lib/report/editions/editions";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { site } from "@/lib/i18n/messages/site";
import { formatDateTime } from "@/lib/time";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(site)).t.allEditions };
}

type Props = { params: Promise<{ year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const num = (v: string | string[] | undefined) => {
  const s = Array.isArray(v) ? v[0] : v;
  return s && /^\d{1,6}$/.test(s) ? Number(s) : undefined;
};

/** The editions of a year, and what changed between two of them. */
export default async function EditionsPage({ params, searchParams }: Props) {
  const y = num((await params).year);
  if (!y || y < 2000 || y > 2100) notFound();
  const editions = await listEditions({ year: y });
  if (!editions.length) notFound();
  const sp = await searchParams;
  const a = num(sp.from) ?? editions[1]?.version;
  const b = num(sp.to) ?? editions[0]?.version;
  const [ea, eb] =
    a && b && a !== b ? await Promise.all([getEdition({ year: y, version: a }), getEdition({ year: y, version: b })]) : [null, null];
  const changes = ea && eb ? diffDocuments(ea.document, eb.document) : null;
  const { t } = await translate(site);
  const TYPE = { added: t.changeAdded, removed: t.changeRemoved, changed: t.changeChanged };
  const editionN = (version: number) => fill(t.editionN, { version });
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <nav aria-label={t.breadcrumb} className="text-sm text-slate-600">
        <Link href="/reports" className="underline">
          {t.reportsTitle}
        </Link>{" "}
        /{" "}
        <Link href={`/reports/${y}`} className="underline">
          {y}
        </Link>{" "}
        / {t.allEditions}
      </nav>
      <h1 className="text-2xl font-bold text-brand-800">{fill(t.yearEditionsTitle, { year: y })}</h1>
      {/* On a phone the table scrolls sideways in its box (its links make it reachable by keyboard); the page does not. */}
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t.publishedEditions}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="border px-2 py-1.5 text-left">
                {t.version}
              </th>
              <th scope="col" className="border px-2 py-1.5 text-left">
                {t.publishedAt}
              </th>
              <th scope="col" className="border px-2 py-1.5 text-left">
                {t.publishedBy}
              </th>
              <th scope="col" className="border px-2 py-1.5 text-left">
                {t.editionNote}
              </th>
              <th scope="col" className="border px-2 py-1.5 text-left">
                {t.leaderSignoff}
              </th>
              <th scope="col" className="border px-2 py-1.5 text-left">
                {t.read}
              </th>
              <th scope="col" className="border px-2 py-1.5 text-left">
                {t.download}
              </th>
            </tr>
          </thead>
          <tbody>
            {editions.map((e) => (
              <tr key={e.id} data-version={e.version}>
                <td className="border px-2 py-1.5">{editionN(e.version)}</td>
                <td className="border px-2 py-1.5">{formatDateTime(e.publishedAt)}</td>
                <td className="border px-2 py-1.5">{e.publishedBy ?? t.system}</td>
                <td className="border px-2 py-1.5" data-note>
                  {e.note ?? "—"}
                </td>
                <td className="border px-2 py-1.5" data-signoff>
                  {e.signoff ? (
                    <>
                      {e.signoff.by ?? t.collegeLeader}
                      {e.signoff.at && fill(t.signedAt, { at: formatDateTime(e.signoff.at) })}
                      {/* The content hash stays in the API (machines compare it); people read who and when. */}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="border px-2 py-1.5">
                  <Link className="text-brand-700 underline" href={`/reports/${y}/editions/${e.version}`}>
                    {fill(t.readEditionN, { version: e.version })}
                  </Link>
                </td>
                <td className="border px-2 py-1.5">
                  {/* Plain links (not <Link>): the routes answer with files or with a page that waits for them. */}
                  <span className="flex flex-wrap gap-x-3">
                    <a className="text-brand-700 underline" href={`/reports/${y}/editions/${e.version}/pdf`} data-download-pdf>
                      {t.downloadPdf}
                    </a>
                    <a className="text-brand-700 underline" href={`/reports/${y}/docx?edition=${e.version}`} data-download-docx>
                      {t.downloadWord}
                    </a>
                    <a className="text-brand-700 underline" href={`/reports/${y}/xlsx?edition=${e.version}`} data-download-xlsx>
                      {t.downloadData}
                    </a>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editions.length > 1 && (
        <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4 text-sm">
          <label>
            {t.compareFrom}{" "}
            <select name="from" defaultValue={a} className="rounded border border-slate-300 px-2 py-1">
              {editions.map((e) => (
                <option key={e.id} value={e.version}>
                  {editionN(e.version)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.compareTo}{" "}
            <select name="to" defaultValue={b} className="rounded border border-slate-300 px-2 py-1">
              {editions.map((e) => (
                <option key={e.id} value={e.version}>
                  {editionN(e.version)}
                </option>
              ))}
            </select>
          </label>
          <button className="rounded bg-brand-600 px-3 py-1.5 text-white">{t.compare}</button>
        </form>
      )}
      {changes && (
        <section aria-labelledby="diff-h" className="space-y-2">
          <h2 id="diff-h" className="text-lg font-semibold">
            {t.diffHeading(a!, b!, changes.length)}
          </h2>
          {changes.length === 0 ? (
            <p className="text-slate-600">{t.sameContent}</p>
          ) : (
            <ul className="space-y-2" data-diff>
              {changes.map((c, i) => (
                <li key={i} className="rounded border border-slate-200 bg-white p-3 text-sm" data-change={c.type}>
                  <p>
                    <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">{TYPE[c.type]}</span>
                    <span className="font-medium">{c.where}</span> · {c.what}
                  </p>
                  {c.before !== undefined && (
                    <p className="mt-1 text-rose-800">
                      <span className="sr-only">{t.before}</span>− {c.before.slice(0, 400)}
                    </p>
                  )}
                  {c.after !== undefined && (
                    <p className="mt-1 text-emerald-800">
                      <span className="sr-only">{t.after}</span>+ {c.after.slice(0, 400)}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
