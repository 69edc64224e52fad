import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/admin/RecordForm";
import { TransitionForm } from "@/components/admin/TransitionForm";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { UploadForm } from "@/components/admin/UploadForm";
import { DeleteRecordForm } from "@/components/admin/DeleteRecordForm";
import { RecordMetaForm } from "@/components/admin/RecordMetaForm";
import { CarriedBadge } from "@/components/records/CarriedBadge";
import { listAttachments, listCasePhotos, mayRemove } from "@/lib/evidence/service";
import { RemoveFileButton } from "@/components/admin/RemoveFileButton";
import { guarded, pageActor } from "@/lib/admin/guard";
import { currentActor } from "@/lib/auth/session";
import { formContext, optionLabels } from "@/lib/admin/options";
import { mayOnRecord } from "@/lib/auth/policy";
import { recordView } from "@/lib/records/access";
import { reviewerCorrections } from "@/lib/records/history";
import { kindBySlug, type RecordKind } from "@/lib/records/kinds";
import { missingYearFigures, yearFigures } from "@/lib/records/carry";
import { recordTitle } from "@/lib/records/declare";
import { findReadable } from "@/lib/records/write";
import { currentState } from "@/lib/workflow/transitions";
import { recordControls } from "@/lib/workflow/record-controls";
import { ArchivedYearNote } from "@/components/admin/ArchivedYearNote";
import { fieldText, formValues } from "@/lib/records/format";
import { formatDateTime } from "@/lib/time";
import { deptApproval, reviewChain } from "@/lib/workflow/chain";
import { caseLimits } from "@/lib/rules/case-limit";
import { fill, type Lang } from "@/lib/i18n/define";
import { records } from "@/lib/i18n/messages/records";
import { translate } from "@/lib/i18n/server";

/** The browser tab names the record as the page does (「2025届 机电一体化技术 · 毕业生就业」), never 「… v1」. */
export async function generateMetadata({ params }: { params: Promise<{ kind: string; id: string }> }): Promise<Metadata> {
  const { kind: slug, id } = await params;
  const kind = kindBySlug(slug);
  if (!kind) return {};
  const actor = await currentActor();
  const { lang } = await translate(records);
  const name = lang === "zh" ? kind.zh : kind.en;
  const record = await findReadable({ actor }, kind, id).catch(() => null);
  return { title: record ? `${recordTitle(kind, recordView(record, actor).values)} · ${name}` : name };
}

export default async function RecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { kind: slug, id } = await params;
  const kind = kindBySlug(slug);
  if (!kind) notFound();
  const actor = await pageActor();
  const { lang, t } = await translate(records);
  const kindName = lang === "zh" ? kind.zh : kind.en;
  const record = await guarded(() => findReadable({ actor }, kind, id));
  const sp = await searchParams;
  const ctx = await formContext();
  const view = recordView(record, actor);
  const status = record.status;
  // Whether a revision is pending is itself unapproved information: only for those who see history.
  const revision = view.revisionStatus;
  const current = currentState(record).state;
  const corrections = mayOnRecord(actor, "history", record) ? await reviewerCorrections({ recordId: record.id }) : [];
  const [chain, passed] = await Promise.all([reviewChain(), mayOnRecord(actor, "history", record) ? deptApproval(record) : null]);
  // What this page offers: policy, workflow state and year in one place (an archived year offers no writes).
  const { archived, canEdit, canCorrect, canUpload, canRemoveFiles, canDelete, canMove, canHighlight, transitions } = recordControls({
    actor,
    record,
    chain,
    yearOpen: ctx.writableYears.includes(record.year),
    removable: mayRemove(actor, record),
  });
  const [attachments, casePhotos] = await Promise.all([
    listAttachments({ actor, kind, recordId: record.id }),
    kind.slug === "cases" ? listCasePhotos({ actor, caseId: record.id }) : Promise.resolve([]),
  ]);
  const values = view.values;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      {/* min-w-0: a wide row inside never widens the column past the screen. */}
      <div className="min-w-0 space-y-4">
        <nav className="text-sm text-slate-500">
          <Link href={`/admin/records/${kind.slug}`} className="hover:underline">
            {kindName}
          </Link>{" "}
          /
        </nav>
        <h1 className="flex items-center gap-2 text-2xl font-bold text-brand-800">
          <span data-testid="record-title">{recordTitle(kind, values)}</span>{" "}
          <span className="text-sm font-normal text-slate-500">{kindName}</span>
          <CarriedBadge carriedFromId={record.carriedFromId} />
        </h1>
        {Boolean(record.carriedFromId) && current === "DRAFT" && view.privileged && (
          <p role="note" className="rounded bg-sky-50 p-2 text-sm text-sky-900" data-testid="carried-note">
            {carriedNote(kind, values, lang)}
          </p>
        )}
        {archived && <ArchivedYearNote year={record.year} />}
        {sp.saved && (
          <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
            {t.saved}
          </p>
        )}
        {sp.restored && (
          <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
            {t.restored}
          </p>
        )}
        {sp.done && (
          <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
            {t.done}
          </p>
        )}
        {sp.passed && (
          <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
            {t.passedNext} ·{" "}
            <Link href={`/admin/review${sp.queue ? `?${sp.queue}` : ""}`} className="text-brand-700 underline">
              {t.backToQueue}
            </Link>
          </p>
        )}
        {view.returnReason && current === "RETURNED" && (
          <div role="note" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800" data-testid="return-reason">
            {t.returnReason}
            {view.returnReason}
          </div>
        )}
        {revision && <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">{t.revisionNote}</p>}
        {corrections.map((c, i) => (
          <p key={i} role="note" className="rounded border border-sky-200 bg-sky-50 p-2 text-sm text-sky-900" data-testid="correction">
            {fill(t.corrected, { name: c.actorName ?? "", at: formatDateTime(c.at) })}
            {c.fields.map((f) => kind.form.find((s) => s.name === f)?.[lang] ?? f).join(t.listSeparator)}
          </p>
        ))}
        {canCorrect && <p className="rounded bg-sky-50 p-2 text-sm text-sky-900">{t.correcting}</p>}
        {canEdit || canCorrect ? (
          <RecordForm
            kindSlug={kind.slug}
            fields={kind.form}
            optionLabels={optionLabels(lang)}
            initial={formValues(kind, values)}
            id={record.id}
            version={record.version}
            year={record.year}
            years={ctx.years}
            submitLabel={canCorrect ? t.saveCorrection : t.save}
            counter={kind.slug === "cases" ? { field: "body", limits: await caseLimits([record.year]) } : undefined}
          />
        ) : (
          <dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
            {kind.form.map((f) => (
              <div key={f.name} className="contents">
                <dt className="text-slate-500">{f[lang]}</dt>
                <dd data-field={f.name} className="whitespace-pre-line">
                  {fieldText(kind, f.name, values[f.name], { lang, row: values }) || <span className="text-slate-400">—</span>}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <aside className="space-y-4">
        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p>
            {t.statusLabel}
            <StatusBadge status={status} revision={revision} />
          </p>
          <p className="mt-1">
            {t.departmentLabel}
            {ctx.departmentNames.get(record.departmentId)}
          </p>
          <p className="mt-1">
            {t.yearLabel}
            {record.year}
          </p>
          {record.highlight && <p className="mt-1 font-medium text-amber-800">{t.highlightMark}</p>}
          {passed && current === "SUBMITTED" && (
            <p className="mt-1" data-testid="dept-approved">
              {fill(t.deptApproved, { by: passed.by, at: formatDateTime(passed.at) })}
            </p>
          )}
        </div>
        {(canMove || canHighlight) && (
          <RecordMetaForm
            kindSlug={kind.slug}
            id={record.id}
            version={record.version}
            year={record.year}
            years={canMove ? ctx.writableYears : null}
            highlight={canHighlight ? record.highlight : null}
          />
        )}
        {transitions.map((t) => (
          <TransitionForm key={t} kindSlug={kind.slug} id={record.id} version={record.version} transition={t} queue={sp.queue} />
        ))}
        <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="files-heading">
          <h2 id="files-heading" className="text-sm font-semibold">
            {kind.slug === "cases" ? t.casePhotos : t.evidence}
          </h2>
          <ul className="space-y-2 text-sm" data-testid="attachments">
            {casePhotos.map((f) => (
              <li key={f.id} className="flex items-center gap-2">
                {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload served by our own /files/ route */}
                {f.fileId && <img src={`/files/${f.fileId}/thumb`} alt={f.caption} className="h-12 w-12 rounded object-cover" />}
                <Link href={`/admin/records/figures/${f.id}`} className="text-brand-700 hover:underline">
                  {f.caption}
                </Link>
                <StatusBadge status={f.status} />
                {canRemoveFiles && f.status !== "APPROVED" && (
                  <RemoveFileButton kindSlug={kind.slug} id={record.id} photoId={f.id} name={f.caption} />
                )}
              </li>
            ))}
            {attachments.map((f) => (
              <li key={f.id} className="flex items-center gap-2">
                {f.mimeType.startsWith("image/") && (
                  // eslint-disable-next-line @next/next/no-img-element -- a stored upload served by our own /files/ route
                  <img src={`/files/${f.id}/thumb`} alt={f.originalName} className="h-12 w-12 rounded object-cover" />
                )}
                <a href={`/files/${f.id}/original`} className="text-brand-700 hover:underline">
                  {f.originalName}
                </a>
                {canRemoveFiles && (record.status !== "APPROVED" || f.pending) && (
                  <RemoveFileButton kindSlug={kind.slug} id={record.id} fileId={f.id} name={f.originalName} />
                )}
              </li>
            ))}
          </ul>
          {canUpload && <UploadForm kindSlug={kind.slug} id={record.id} withCaption={kind.slug === "cases"} />}
        </section>
        {canDelete && <DeleteRecordForm kindSlug={kind.slug} id={record.id} version={record.version} />}
        {mayOnRecord(actor, "history", record) && (
          <Link href={`/admin/records/${kind.slug}/${record.id}/history`} className="block text-sm text-brand-700 hover:underline">
            {t.history}
          </Link>
        )}
      </aside>
    </div>
  );
}

/**
 * The banner of a carried draft. Where the kind has figures of the year itself (a workshop's
 * counts, a major's change), it names the ones still empty: submitting unread is refused until
 * they are filled, so the banner never invites it.
 */
function carriedNote(kind: RecordKind, values: Record<string, unknown>, lang: Lang): string {
  const t = records[lang];
  const own = yearFigures(kind);
  const missing = missingYearFigures(kind, values);
  const label = (name: string) => kind.fields[name]![lang];
  if (missing.length) return fill(t.carriedMissing, { fields: missing.map(label).join(t.listSeparator) });
  if (own.length) return fill(t.carriedFilled, { fields: own.map(label).join(t.listSeparator) });
  return t.carriedPlain;
}
