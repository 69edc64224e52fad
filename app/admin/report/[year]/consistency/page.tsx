import { pageActor } from "@/lib/admin/guard";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guarded } from "@/lib/admin/guard";
import { consistencyReport } from "@/lib/report/admin";
import { checkReadiness } from "@/lib/report/checks/readiness";
import { fill } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";
import { translate } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

/** Numbers that disagree, each with a link to the record or narrative to fix. */
export default async function ConsistencyPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await pageActor();
  const year = Number((await params).year);
  if (!Number.isInteger(year)) notFound();
  const mode = (await searchParams).mode === "approved" ? "approved" : "preview";
  // Beside the numbers: what is not ready to publish (under review, placeholders, sections without text), read alongside.
  const [all, readiness] = await Promise.all([
    guarded(() => consistencyReport(actor, year, mode)),
    guarded(() => checkReadiness({ year })),
  ]);
  if (!all) notFound();
  const issues = [...all.filter((i) => i.code !== "APPROVED_NOT_SHOWN"), ...readiness];
  const notShown = all.filter((i) => i.code === "APPROVED_NOT_SHOWN");
  const { t } = await translate(report);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{fill(t.consistencyTitle, { year })}</h1>
      <p className="text-sm text-slate-700">
        {fill(t.scope, { scope: mode === "preview" ? t.scopeAll : t.scopeApproved })}
        <Link className="text-brand-700 underline" href={`?mode=${mode === "preview" ? "approved" : "preview"}`}>
          {mode === "preview" ? t.checkApproved : t.checkAll}
        </Link>
        {" · "}
        <Link className="text-brand-700 underline" href={`/admin/report/${year}/preview`}>
          {t.previewReport}
        </Link>
      </p>
      {issues.length === 0 ? (
        <p className="rounded bg-emerald-50 p-4 text-emerald-900" data-issues="0">
          {t.noIssues}
        </p>
      ) : (
        <ul className="space-y-2" data-issues={issues.length}>
          {issues.map((i, n) => (
            <li
              key={n}
              className={`rounded border p-3 text-sm ${i.severity === "error" ? "border-rose-200 bg-rose-50" : "border-amber-200 bg-amber-50"}`}
              data-issue={i.code}
            >
              <p>
                <span className="mr-2 font-semibold">{i.severity === "error" ? t.error : t.hintTag}</span>
                {i.message}
              </p>
              <p className="mt-1">
                <Link className="text-brand-700 underline" href={i.href}>
                  {t.fix}
                </Link>
                {i.refs.length > 1 && <span className="ml-2 text-xs text-slate-600">{fill(t.refs, { n: i.refs.length })}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="not-shown-h" className="space-y-2">
        <h2 id="not-shown-h" className="text-lg font-semibold text-brand-800">
          {t.notShownTitle}
        </h2>
        {notShown.length === 0 ? (
          <p className="rounded bg-emerald-50 p-3 text-sm text-emerald-900" data-not-shown="0">
            {t.allShown}
          </p>
        ) : (
          <ul className="space-y-2" data-not-shown={notShown.length}>
            {notShown.map((i) => (
              <li key={i.refs[0]!.id} className="rounded border border-amber-200 bg-amber-50 p-3 text-sm" data-issue={i.code}>
                <p>{i.message}</p>
                <p className="mt-1">
                  <Link className="text-brand-700 underline" href={i.href}>
                    {t.fix}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
