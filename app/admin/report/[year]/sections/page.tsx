import { pageActor } from "@/lib/admin/guard";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OutlineTemplateForm, SectionEditForm } from "@/components/report/ActionForms";
import { DecideDraftForm, SubmitDraftForm } from "@/components/report/DraftForms";
import { NarrativeEditor } from "@/components/report/NarrativeEditor";
import { formatDateTime } from "@/lib/time";
import { DRAFT_STATUS_LABELS, type DraftStatus, writerSections } from "@/lib/report/outline/drafts";
import { narrativeWorkspace, type Workspace } from "@/lib/report/outline/workspace";
import { AddSectionForm, DeleteSectionForm, SectionContentForm } from "@/components/report/OutlineForms";
import { guarded } from "@/lib/admin/guard";
import { ArchivedYearNote } from "@/components/admin/ArchivedYearNote";
import { may } from "@/lib/auth/policy";
import { outlineForEditing } from "@/lib/report/admin";
import { anchorOf } from "@/lib/report/model/document";
import { packChoicesForInstallation } from "@/lib/rules/store";
import { type BlockOptions } from "@/lib/report/model/block-options";
import { TOPIC_KEYS, TOPICS } from "@/lib/records/topics";
import { fill, type Lang } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";
import { translate } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

const lengthFor = (w: Workspace, key: string) =>
  w.length
    ? { min: w.length.min, max: w.length.max, packName: w.length.packName, others: w.length.total - (w.length.bySection[key] ?? 0) }
    : null;

/**
 * Narratives of a year's outline, one autosaving editor per section; admins can also rename and
 * reorder sections, or rebuild the outline from a template. A staff member assigned as a section's
 * writer (撰写人) on the task board finds their sections here and drafts them for the quality office.
 */
export default async function SectionsPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await pageActor();
  const year = Number((await params).year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) notFound();
  const { lang, t } = await translate(report);
  if (!may(actor, "narrative.edit")) return <WriterSections year={year} lang={lang} />;
  const [outline, workspace] = await Promise.all([
    guarded(() => outlineForEditing(actor, year)),
    guarded(() => narrativeWorkspace({ actor, year })),
  ]);
  if (!outline) notFound();
  // An archived year is read-only: its forms give way to the text and a line saying who can reopen it.
  const archived = outline.reportYear.state === "ARCHIVED";
  const editor = may(actor, "outline.edit") && !archived;
  const packs = editor ? await packChoicesForInstallation() : [];
  // Texts a template switch placed here from sections the new outline does not have: listed, never lost.
  const reattached = (s: { key: string; topics: string[]; sources: unknown }) =>
    (Array.isArray(s.sources) ? (s.sources as { key?: unknown }[]) : [])
      .map((p) => (typeof p?.key === "string" ? p.key : ""))
      .filter((k) => k && k !== s.key && !s.topics.includes(k))
      .map((k) => TOPICS[k as keyof typeof TOPICS] ?? k);
  const holder = new Map(outline.sections.flatMap((s) => s.topics.map((t) => [t, s] as const)));
  const topicChoices = (sectionKey: string) =>
    TOPIC_KEYS.map((t) => {
      const held = holder.get(t);
      return { key: t, label: TOPICS[t], heldBy: held && held.key !== sectionKey ? `${held.number}${held.title}` : null };
    });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{fill(t.sectionsTitle, { year })}</h1>
      <p className="text-sm text-slate-700">
        {t.sectionsIntro}
        <Link href={`/admin/report/${year}/preview`} className="ml-2 text-brand-700 underline">
          {t.previewReport}
        </Link>
      </p>
      {archived && <ArchivedYearNote year={year} what={t.archivedWhat} />}
      {editor && (
        <div className="rounded border border-slate-200 bg-white p-4">
          <AddSectionForm
            year={year}
            chapters={outline.sections.filter((s) => s.level === 1).map((s) => ({ key: s.key, label: `${s.number}${s.title}` }))}
          />
        </div>
      )}
      {editor && (
        <div className="rounded border border-slate-200 bg-white p-4">
          <OutlineTemplateForm
            year={year}
            current={outline.reportYear.templateKey}
            templates={packs.map((p) => ({ key: p.key, zh: p.name }))}
          />
        </div>
      )}
      {outline.sections.map((s) => (
        <section
          key={s.id}
          id={anchorOf("sec", s.key)}
          className={`space-y-2 rounded border border-slate-200 bg-white p-4 ${s.level === 2 ? "ml-0 sm:ml-6" : ""}`}
        >
          {editor && (
            <div className="flex flex-wrap items-start gap-2">
              <div className="min-w-0 flex-1">
                <SectionEditForm key={`${s.title}-${s.sortOrder}`} year={year} sectionKey={s.key} title={s.title} movable />
              </div>
              <DeleteSectionForm year={year} sectionKey={s.key} title={`${s.number}${s.title}`} />
            </div>
          )}
          {editor && (
            <SectionContentForm
              year={year}
              sectionKey={s.key}
              title={`${s.number}${s.title}`}
              topics={s.topics}
              blocks={Array.isArray(s.blocks) ? (s.blocks as string[]) : []}
              blockOptions={(s.blockOptions ?? {}) as Record<string, BlockOptions>}
              departmentId={s.departmentId}
              departments={outline.departments}
              topicChoices={topicChoices(s.key)}
            />
          )}
          {archived ? (
            <div>
              <h2 className="font-semibold">{`${s.number}${s.title}`}</h2>
              <p className="whitespace-pre-line text-sm text-slate-700" data-testid={`narrative-${s.key}`}>
                {s.narrative || "—"}
              </p>
            </div>
          ) : (
            <NarrativeEditor
              key={s.version}
              year={year}
              sectionKey={s.key}
              title={`${s.number}${s.title}`}
              mode="office"
              text={s.narrative}
              version={s.version}
              savedAt={formatDateTime(s.updatedAt)}
              tokens={workspace.tokens}
              length={lengthFor(workspace, s.key)}
            >
              <DraftNote
                year={year}
                sectionKey={s.key}
                title={`${s.number}${s.title}`}
                status={s.draftStatus as DraftStatus | null}
                draft={s.draft}
                writer={s.writingTask?.writer?.displayName ?? null}
                lang={lang}
              />
            </NarrativeEditor>
          )}
          {reattached(s).length > 0 && (
            <p className="text-xs text-slate-600" data-testid={`reattached-${s.key}`}>
              {fill(t.reattached, { list: reattached(s).join(t.listSeparator) })}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

/** A writer's draft as the quality office sees it: its state, and a submitted one to accept or return. */
function DraftNote(props: {
  year: number;
  sectionKey: string;
  title: string;
  status: DraftStatus | null;
  draft: string;
  writer: string | null;
  lang: Lang;
}) {
  if (!props.status) return null;
  const t = report[props.lang];
  const who = props.writer ?? t.writer;
  if (props.status !== "SUBMITTED")
    return <p className="text-xs text-slate-600">{fill(t.draftOf, { who, status: DRAFT_STATUS_LABELS[props.status][props.lang] })}</p>;
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3" data-testid={`draft-${props.sectionKey}`}>
      <h3 className="text-sm font-semibold text-amber-950">{fill(t.draftSubmitted, { who })}</h3>
      <p className="whitespace-pre-line rounded bg-white p-2 text-sm">{props.draft}</p>
      <DecideDraftForm year={props.year} sectionKey={props.sectionKey} title={props.title} />
    </div>
  );
}

/** The sections a staff member writes (撰写人): their drafts, saved as they type and submitted to the quality office. */
async function WriterSections({ year, lang }: { year: number; lang: Lang }) {
  const t = report[lang];
  const actor = await pageActor();
  const sections = await guarded(() => writerSections({ actor, year }));
  // Not a writer of any section of the year: the same not-found as any page one may not open.
  if (sections.length === 0) notFound();
  const workspace = await guarded(() => narrativeWorkspace({ actor, year }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{fill(t.myDraftsTitle, { year })}</h1>
      <p className="text-sm text-slate-700">{t.myDraftsIntro}</p>
      {sections.map((s) => {
        const status = s.draftStatus as DraftStatus | null;
        const submitted = status === "SUBMITTED";
        // An archived year is read-only for everyone (its saves would be refused).
        const archived = s.reportYear.state === "ARCHIVED";
        // A writer starts from the section's current narrative until they have a draft of their own.
        const text = status ? s.draft : s.narrative;
        return (
          <section key={s.id} id={anchorOf("sec", s.key)} className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{`${s.number}${s.title}`}</h2>
            <p className="text-sm" data-testid={`draft-status-${s.key}`}>
              {fill(t.draftStatus, { status: status ? DRAFT_STATUS_LABELS[status][lang] : t.notStarted })}
            </p>
            {status === "RETURNED" && s.draftComment && (
              <p className="rounded bg-rose-50 p-2 text-sm text-rose-900">{fill(t.officeComment, { comment: s.draftComment })}</p>
            )}
            <NarrativeEditor
              key={status ?? "none"}
              year={year}
              sectionKey={s.key}
              title={`${s.number}${s.title}`}
              mode="writer"
              text={text}
              savedAt={s.draftSavedAt ? formatDateTime(s.draftSavedAt) : null}
              readOnly={submitted || archived}
              tokens={workspace.tokens}
              length={lengthFor(workspace, s.key)}
            >
              <SubmitDraftForm year={year} sectionKey={s.key} disabled={submitted || archived} />
            </NarrativeEditor>
          </section>
        );
      })}
    </div>
  );
}
