"use client";

import { INITIAL } from "@/lib/actions/result";
import { createOutlineAction, editSectionAction, publishAction, updateNarrativeAction } from "@/lib/report/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";

export function PublishForm({ year }: { year: number }) {
  const { state, pending, formProps } = useKeptFormAction(publishAction, INITIAL);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="year" value={year} />
      <button
        disabled={pending}
        className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "正在发布…" : "发布新版本（Publish）"}
      </button>
      <span className="text-xs text-slate-600">发布时只收录已审核通过的数据，发布后内容冻结。</span>
      <ActionMessage state={state} />
    </form>
  );
}

export function NarrativeForm({
  year,
  sectionKey,
  version,
  narrative,
  label,
}: {
  year: number;
  sectionKey: string;
  version: number;
  narrative: string;
  label: string;
}) {
  const { state, pending, formProps } = useKeptFormAction(updateNarrativeAction, INITIAL);
  const id = `narrative-${sectionKey.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name="narrative"
        rows={8}
        defaultValue={narrative}
        className="w-full rounded border border-slate-300 px-2 py-1.5 font-mono text-sm leading-6"
      />
      <div className="flex items-center gap-3">
        <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700 disabled:opacity-60">
          保存
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}

export function OutlineTemplateForm({
  year,
  current,
  templates,
}: {
  year: number;
  current: string;
  templates: { key: string; zh: string }[];
}) {
  const { state, pending, formProps } = useKeptFormAction(createOutlineAction, INITIAL);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="year" value={year} />
      <label className="text-sm">
        <span className="mb-1 block font-medium">按模板重建大纲（叙述文字会保留）</span>
        <select name="templateKey" defaultValue={current} className="rounded border border-slate-300 px-2 py-1.5">
          {templates.map((t) => (
            <option key={t.key} value={t.key}>
              {t.zh}
            </option>
          ))}
        </select>
      </label>
      <button disabled={pending} className="rounded bg-slate-700 px-3 py-1.5 text-sm text-white hover:bg-slate-800 disabled:opacity-60">
        重建大纲
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

/** Admins: rename a chapter or section; move a section within its chapter. */
export function SectionEditForm({
  year,
  sectionKey,
  title,
  movable,
}: {
  year: number;
  sectionKey: string;
  title: string;
  movable: boolean;
}) {
  const { state, pending, formProps } = useKeptFormAction(editSectionAction, INITIAL);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <input
        name="title"
        defaultValue={title}
        aria-label={`标题（${sectionKey}）`}
        className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1"
      />
      <button disabled={pending} className="rounded bg-slate-700 px-2 py-1 text-white disabled:opacity-60">
        改标题
      </button>
      {movable && (
        <>
          <button
            name="_move"
            value="up"
            disabled={pending}
            aria-label={`上移 ${title}`}
            className="rounded border border-slate-300 px-2 py-1"
          >
            ↑
          </button>
          <button
            name="_move"
            value="down"
            disabled={pending}
            aria-label={`下移 ${title}`}
            className="rounded border border-slate-300 px-2 py-1"
          >
            ↓
          </button>
        </>
      )}
      <ActionMessage state={state} />
    </form>
  );
}
