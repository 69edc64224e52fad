"use client";

import { INITIAL } from "@/lib/actions/result";
import { createOutlineAction, editSectionAction, publishAction, updateNarrativeAction } from "@/lib/report/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";

export type PublishWarning = { code: string; label: string; count: number };

/**
 * Publishing asks for a short change note and a confirmation; while the year has open warnings
 * (lib/report/checks/readiness.ts) they are named here and must be ticked one by one to go ahead.
 */
export function PublishForm({ year, warnings, blocked = null }: { year: number; warnings: PublishWarning[]; blocked?: string | null }) {
  const { state, pending, formProps } = useKeptFormAction(publishAction, INITIAL);
  const errors = !state.ok ? (state.fieldErrors ?? {}) : {};
  const t = useMessages(report);
  return (
    <form
      {...formProps}
      onSubmit={(e) => {
        if (!window.confirm(fill(t.confirmPublish, { year }))) {
          e.preventDefault();
          return;
        }
        formProps.onSubmit(e);
      }}
      className="space-y-3"
      aria-label={t.publishForm}
    >
      <input type="hidden" name="year" value={year} />
      <label className="block text-sm" htmlFor="publish-note">
        <span className="mb-1 block font-medium">
          {t.publishNote} <span className="text-xs font-normal text-slate-600">{t.publishNoteHint}</span>
        </span>
      </label>
      <input
        id="publish-note"
        name="note"
        maxLength={200}
        aria-invalid={errors.note ? true : undefined}
        aria-describedby={errors.note ? "publish-note-error" : undefined}
        className={`w-full max-w-xl rounded border px-2 py-1.5 text-sm ${errors.note ? "border-rose-500" : "border-slate-300"}`}
      />
      {errors.note && (
        <p id="publish-note-error" className="text-xs text-rose-700">
          {errors.note.join(t.errorSeparator)}
        </p>
      )}
      {warnings.length > 0 && (
        <fieldset className="rounded border border-amber-400 bg-white p-3 text-sm" data-testid="publish-warnings">
          <legend className="px-1 font-semibold text-amber-900">{fill(t.warningsLegend, { n: warnings.length })}</legend>
          <ul className="space-y-1">
            {warnings.map((w) => (
              <li key={w.code}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="acknowledge" value={w.code} aria-invalid={errors.acknowledge ? true : undefined} />
                  <span>{fill(t.warningLine, { label: w.label, n: w.count })}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          disabled={pending || blocked !== null}
          aria-describedby={blocked ? "publish-blocked" : undefined}
          className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {pending ? t.publishing : t.publish}
        </button>
        {blocked ? (
          <span id="publish-blocked" className="text-sm text-amber-900" data-testid="publish-blocked">
            {blocked}
          </span>
        ) : (
          <span className="text-xs text-slate-600">{t.publishFrozen}</span>
        )}
      </div>
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
  const t = useMessages(report);
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
          {t.save}
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
  const m = useMessages(report);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="year" value={year} />
      {/* A template's name is long: on a phone the choice keeps to the screen's width (min-w-0 lets the label shrink). */}
      <label className="min-w-0 max-w-full text-sm">
        <span className="mb-1 block font-medium">{m.rebuildFrom}</span>
        <select
          name="templateKey"
          defaultValue={current}
          className="w-full max-w-full rounded border border-slate-300 px-2 py-1.5 sm:w-auto"
        >
          {templates.map((t) => (
            <option key={t.key} value={t.key}>
              {t.zh}
            </option>
          ))}
        </select>
      </label>
      <button disabled={pending} className="rounded bg-slate-700 px-3 py-1.5 text-sm text-white hover:bg-slate-800 disabled:opacity-60">
        {m.rebuild}
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
  const t = useMessages(report);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <input
        name="title"
        defaultValue={title}
        aria-label={fill(t.titleOf, { key: sectionKey })}
        className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1"
      />
      <button disabled={pending} className="rounded bg-slate-700 px-2 py-1 text-white disabled:opacity-60">
        {t.rename}
      </button>
      {movable && (
        <>
          <button
            name="_move"
            value="up"
            disabled={pending}
            aria-label={fill(t.moveUp, { title })}
            className="rounded border border-slate-300 px-2 py-1"
          >
            ↑
          </button>
          <button
            name="_move"
            value="down"
            disabled={pending}
            aria-label={fill(t.moveDown, { title })}
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
