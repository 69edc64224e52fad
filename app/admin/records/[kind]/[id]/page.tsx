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
import { formContext, OPTION_LABELS } from "@/lib/admin/options";
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
import { fieldText } from "@/lib/records/format";
import { formatDateTime } from "@/lib/time";
import { deptApproval, reviewChain } from "@/lib/workflow/chain";
import { caseLimits } from "@/lib/rules/case-limit";

/** The browser tab names the record as the page does (「2025届 机电一体化技术 · 毕业生就业」), never 「… v1」. */
export async function generateMetadata({ params }: { params: Promise<{ kind: string; id: string }> }): Promise<Metadata> {
  const { kind: slug, id } = await params;
  const kind = kindBySlug(slug);
  if (!kind) return {};
  const actor = await currentActor();
  const record = await findReadable({ actor }, kind, id).catch(() => null);
  return { title: record ? `${recordTitle(kind, recordView(record, actor).values)} · ${kind.zh}` : kind.zh };
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
      <div className="space-y-4">
        <nav className="text-sm text-slate-500">
          <Link href={`/admin/records/${kind.slug}`} className="hover:underline">
            {kind.zh}
          </Link>{" "}
          /
        </nav>
        <h1 className="flex items-center gap-2 text-2xl font-bold text-brand-800">
          <span data-testid="record-title">{recordTitle(kind, values)}</span>{" "}
          <span className="text-sm font-normal text-slate-500">{kind.zh}</span>
          <CarriedBadge carriedFromId={record.carriedFromId} />
        </h1>
        {Boolean(record.carriedFromId) && current === "DRAFT" && view.privileged && (
          <p role="note" className="rounded bg-sky-50 p-2 text-sm text-sky-900" data-testid="carried-note">
            {carriedNote(kind, values)}
          </p>
        )}
        {archived && <ArchivedYearNote year={record.year} />}
        {sp.saved && (
          <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
            已保存（saved）
          </p>
        )}
        {sp.restored && (
          <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
            已恢复（restored）
          </p>
        )}
        {sp.done && (
          <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
            操作成功（done）
          </p>
        )}
        {sp.passed && (
          <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
            上一条已通过，这是队列中的下一条（approved; the next record in the queue）·{" "}
            <Link href={`/admin/review${sp.queue ? `?${sp.queue}` : ""}`} className="text-brand-700 underline">
              返回审核队列
            </Link>
          </p>
        )}
        {view.returnReason && current === "RETURNED" && (
          <div role="note" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800" data-testid="return-reason">
            退回原因（returned）：{view.returnReason}
          </div>
        )}
        {revision && (
          <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">此记录已公开；下方为待审核的修订，公众仍看到已通过的版本。</p>
        )}
        {corrections.map((c, i) => (
          <p key={i} role="note" className="rounded border border-sky-200 bg-sky-50 p-2 text-sm text-sky-900" data-testid="correction">
            审核人{c.actorName ?? ""}于{formatDateTime(c.at)}修正了：
            {c.fields.map((f) => kind.form.find((s) => s.name === f)?.zh ?? f).join("、")}
          </p>
        ))}
        {canCorrect && (
          <p className="rounded bg-sky-50 p-2 text-sm text-sky-900">
            审核修正：可直接改正错字后保存，记录仍待审核；修改会记入历史并显示给填报部门。
          </p>
        )}
        {canEdit || canCorrect ? (
          <RecordForm
            kindSlug={kind.slug}
            fields={kind.form}
            optionLabels={OPTION_LABELS}
            initial={values}
            id={record.id}
            version={record.version}
            year={record.year}
            years={ctx.years}
            submitLabel={canCorrect ? "保存修正 Save correction" : "保存 Save"}
            counter={kind.slug === "cases" ? { field: "body", limits: await caseLimits([record.year]) } : undefined}
          />
        ) : (
          <dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
            {kind.form.map((f) => (
              <div key={f.name} className="contents">
                <dt className="text-slate-500">{f.zh}</dt>
                <dd data-field={f.name} className="whitespace-pre-line">
                  {fieldText(kind, f.name, values[f.name]) || <span className="text-slate-400">—</span>}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <aside className="space-y-4">
        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p>
            状态：
            <StatusBadge status={status} revision={revision} />
          </p>
          <p className="mt-1">部门：{ctx.departmentNames.get(record.departmentId)}</p>
          <p className="mt-1">年度：{record.year}</p>
          {record.highlight && <p className="mt-1 font-medium text-amber-800">★ 主要成果</p>}
          {passed && current === "SUBMITTED" && (
            <p className="mt-1" data-testid="dept-approved">
              部门负责人审核通过：{passed.by}（{formatDateTime(passed.at)}）
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
            {kind.slug === "cases" ? "案例照片" : "证明材料"}
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
            查看历史（history）
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
function carriedNote(kind: RecordKind, values: Record<string, unknown>): string {
  const own = yearFigures(kind);
  const missing = missingYearFigures(kind, values);
  const label = (name: string) => kind.fields[name]!.zh;
  if (missing.length)
    return `此记录沿用上年度已通过的内容，本年度的数据尚未填写。请填写本年度的${missing.map(label).join("、")}并保存，再「提交审核」；其他内容有变化一并修改；已不再适用的可删除。`;
  if (own.length)
    return `此记录沿用上年度已通过的内容。本年度的${own.map(label).join("、")}已填写；请核对其他内容后「提交审核」；已不再适用的可删除。`;
  return "此记录沿用上年度已通过的内容。请核对：无变化直接「提交审核」确认；有变化先修改再提交；已不再适用的可删除。";
}
