import { pageActor } from "@/lib/admin/guard";
import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { PublishForm } from "@/components/report/ActionForms";
import { ReportDocumentView } from "@/components/report/ReportDocumentView";
import { guarded } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { previewRecordHref, previewReport } from "@/lib/report/admin";
import { checkReadiness, missingFigureWarnings, summarise } from "@/lib/report/checks/readiness";
import { publishBlocked, signoffStatus } from "@/lib/report/editions/signoff";
import { SignoffPanel } from "@/components/report/SignoffPanel";
import { EditionChanges } from "@/components/report/EditionChanges";
import { fill } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";
import { pkg } from "@/lib/i18n/messages/package";
import { translate } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

/** Reviewers read the report as it would be published, with data not yet approved marked. */
export default async function PreviewPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await pageActor();
  const year = Number((await params).year);
  if (!Number.isInteger(year)) notFound();
  // Independent reads side by side: the report (the slow part), the sign-off and the readiness checks.
  const [preview, signoff, readiness] = await Promise.all([
    guarded(() => previewReport(actor, year)),
    guarded(() => signoffStatus({ actor, year })),
    guarded(() => checkReadiness({ year })),
  ]);
  if (!preview) notFound();
  const { t: packageText } = await translate(pkg);
  const { document, issues } = preview;
  const errors = issues.filter((i) => i.severity === "error").length;
  const { lang, t } = await translate(report);
  const warnings = summarise([...readiness, ...missingFigureWarnings(issues)], lang);
  return (
    <div className="space-y-4">
      <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 print:hidden">
        <h1 className="text-lg font-bold text-amber-900">{fill(t.previewTitle, { year })}</h1>
        <p className="text-sm text-amber-900" data-unapproved-count={document.counts.unapproved}>
          {fill(t.previewNote, {
            unapproved: document.counts.unapproved,
            tables: document.counts.tables,
            figures: document.counts.figures,
            cases: document.counts.cases,
          })}
        </p>
        <p className="text-sm">
          <Link href={`/admin/report/${year}/consistency`} className="text-brand-700 underline">
            {fill(t.consistencyLink, { errors, hints: issues.length - errors + readiness.length })}
          </Link>
          {/* Only for those who may edit narratives: a leader would find the editor refused (404). */}
          {may(actor, "narrative.edit") && (
            <>
              {" · "}
              <Link href={`/admin/report/${year}/sections`} className="text-brand-700 underline">
                {t.editNarratives}
              </Link>
            </>
          )}
          {" · "}
          <Link href={`/reports/${year}`} className="text-brand-700 underline">
            {t.publishedVersion}
          </Link>
          {may(actor, "package.export") && (
            <>
              {" · "}
              <Link href={`/admin/report/${year}/editions`} className="text-brand-700 underline">
                {packageText.editionsLink}
              </Link>
            </>
          )}
        </p>
        <SignoffPanel
          year={year}
          required={signoff.required}
          current={signoff.current}
          canRequest={may(actor, "report.publish")}
          canDecide={may(actor, "report.signoff")}
        />
        {signoff.required && (
          <Suspense fallback={<p className="text-sm text-amber-900">{t.comparing}</p>}>
            <EditionChanges actor={actor} year={year} />
          </Suspense>
        )}
        {may(actor, "report.publish") && (
          // Keyed by the sign-off's state: a decision or a new request starts the form afresh (no stale error).
          <PublishForm
            key={`${signoff.current?.id ?? "none"}:${signoff.current?.status ?? ""}`}
            year={year}
            warnings={warnings}
            blocked={publishBlocked(signoff.required, signoff.current, lang)}
          />
        )}
      </div>
      <ReportDocumentView document={document} recordHref={previewRecordHref} />
    </div>
  );
}
