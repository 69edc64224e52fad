import { pageActor } from "@/lib/admin/guard";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NarrativeForm, OutlineTemplateForm, SectionEditForm } from "@/components/report/ActionForms";
import { guarded } from "@/lib/admin/guard";
import { may } from "@/lib/auth/policy";
import { outlineForEditing } from "@/lib/report/admin";
import { anchorOf } from "@/lib/report/document";
import { TEMPLATES } from "@/lib/report/templates";
import { TOKENS } from "@/lib/report/tokens";

export const dynamic = "force-dynamic";

/** Narratives of a year's outline, one form per section; admins can also rename and reorder sections, or rebuild the outline from a template. */
export default async function SectionsPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await pageActor();
  const year = Number((await params).year);
  if (!Number.isInteger(year)) notFound();
  const outline = await guarded(() => outlineForEditing(actor, year));
  if (!outline) notFound();
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
      {may(actor, "outline.edit") && (
        <div className="rounded border border-slate-200 bg-white p-4">
          <OutlineTemplateForm
            year={year}
            current={outline.reportYear.templateKey}
            templates={Object.values(TEMPLATES).map((t) => ({ key: t.key, zh: t.zh }))}
          />
        </div>
      )}
      {outline.sections.map((s) => (
        <section
          key={s.id}
          id={anchorOf("sec", s.key)}
          className={`space-y-2 rounded border border-slate-200 bg-white p-4 ${s.level === 2 ? "ml-0 sm:ml-6" : ""}`}
        >
          {may(actor, "outline.edit") && (
            <SectionEditForm key={`${s.title}-${s.sortOrder}`} year={year} sectionKey={s.key} title={s.title} movable={s.level === 2} />
          )}
          <NarrativeForm
            year={year}
            sectionKey={s.key}
            version={s.version}
            narrative={s.narrative}
            label={`${s.number}${s.title}（${s.key}）`}
          />
        </section>
      ))}
    </div>
  );
}
