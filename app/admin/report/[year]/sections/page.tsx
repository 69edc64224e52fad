import { pageActor } from "@/lib/admin/guard";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NarrativeForm, OutlineTemplateForm, SectionEditForm } from "@/components/report/ActionForms";
import { AddSectionForm, DeleteSectionForm, SectionContentForm } from "@/components/report/OutlineForms";
import { guarded } from "@/lib/admin/guard";
import { ArchivedYearNote } from "@/components/admin/ArchivedYearNote";
import { may } from "@/lib/auth/policy";
import { outlineForEditing } from "@/lib/report/admin";
import { anchorOf } from "@/lib/report/engine/document";
import { rulePackChoices } from "@/lib/rules/store";
import { TOKENS } from "@/lib/report/tokens/tokens";
import { type BlockOptions } from "@/lib/report/outline/block-options";
import { TOPIC_KEYS, TOPICS } from "@/lib/records/topics";

export const dynamic = "force-dynamic";

/** Narratives of a year's outline, one form per section; admins can also rename and reorder sections, or rebuild the outline from a template. */
export default async function SectionsPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await pageActor();
  const year = Number((await params).year);
  if (!Number.isInteger(year)) notFound();
  const outline = await guarded(() => outlineForEditing(actor, year));
  if (!outline) notFound();
  // An archived year is read-only: its forms give way to the text and a line saying who can reopen it.
  const archived = outline.reportYear.state === "ARCHIVED";
  const editor = may(actor, "outline.edit") && !archived;
  const packs = editor ? await rulePackChoices() : [];
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
      <h1 className="text-2xl font-bold text-brand-800">{year}年度报告 · 各节叙述</h1>
      <p className="text-sm text-slate-700">
        叙述使用 Markdown；数字请用数据项引用，如 <code>{"{{employment.placementRate}}"}</code> 或 <code>{"{{indicator.KEY}}"}</code>
        ，发布时自动填入最新数值。
        <Link href={`/admin/report/${year}/preview`} className="ml-2 text-brand-700 underline">
          预览报告
        </Link>
      </p>
      {archived && <ArchivedYearNote year={year} what="不能修改大纲、章节或叙述" />}
      <details className="rounded border border-slate-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer">可用的数据项（{Object.keys(TOKENS).length}个计算项）</summary>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {Object.entries(TOKENS).map(([k, d]) => (
            <li key={k}>
              <code>{`{{${k}}}`}</code> {d.label}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-slate-600">
          单项指标：<code>{"{{indicator.指标键}}"}</code>，指标键见「单项指标」数据。
        </p>
      </details>
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
            <NarrativeForm
              year={year}
              sectionKey={s.key}
              version={s.version}
              narrative={s.narrative}
              label={`${s.number}${s.title}（${s.key}）`}
            />
          )}
          {reattached(s).length > 0 && (
            <p className="text-xs text-slate-600" data-testid={`reattached-${s.key}`}>
              本节叙述含有重建大纲时从其他章节并入的文字：{reattached(s).join("、")}
              （texts kept from sections the template no longer has）
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
