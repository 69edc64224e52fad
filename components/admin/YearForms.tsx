"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { INITIAL } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/define";
import { ui } from "@/lib/i18n/messages/ui";
import { years } from "@/lib/i18n/messages/years";
import { openYearAction } from "@/lib/report/actions";
import { changeYearAction } from "@/lib/years/actions";
import { Field } from "@/components/ui/Field";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";

/** `packs`: the rule packs a new year can take its outline and rules from, newest first. */
export function OpenYearForm({
  suggestedYear,
  hasPrevious,
  packs,
}: {
  suggestedYear: number;
  hasPrevious: boolean;
  packs: { key: string; name: string }[];
}) {
  const { state, pending, formProps } = useKeptFormAction(openYearAction, INITIAL);
  const t = useMessages(years);
  const separator = useMessages(ui).errorSeparator;
  const errors = !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate aria-label={t.openForm}>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="year" label={t.year} required inputMode="numeric" defaultValue={suggestedYear} errors={errors} />
        <Field name="academicYear" label={t.academicYear} required defaultValue={`${suggestedYear - 1}-${suggestedYear}`} errors={errors} />
        <Field name="deadline" label={t.deadline} type="date" errors={errors} />
      </div>
      <fieldset className="text-sm">
        <legend className="mb-1 font-medium">{t.outline}</legend>
        <div className="flex flex-wrap gap-4">
          {hasPrevious && (
            <label className="flex items-center gap-1">
              <input type="radio" name="source" value="previous" defaultChecked /> {t.fromPrevious}
            </label>
          )}
          {packs.map((p, i) => (
            <label key={p.key} className="flex items-center gap-1">
              <input type="radio" name="source" value={p.key} defaultChecked={!hasPrevious && i === 0} />{" "}
              {fill(t.fromPack, { name: p.name })}
            </label>
          ))}
        </div>
        {errors?.source && <p className="mt-1 text-xs text-rose-700">{errors.source.join(separator)}</p>}
      </fieldset>
      {/* A long answer (the departments nobody could tell) goes under the button, never squeezes it. */}
      <div className="flex flex-wrap items-center gap-3">
        <button disabled={pending} className="shrink-0 rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
          {t.openYear}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}

export function YearRowForm({ year, state: yearState, deadline }: { year: number; state: string; deadline: string }) {
  const { state, pending, formProps } = useKeptFormAction(changeYearAction, INITIAL);
  const t = useMessages(years);
  const archived = yearState === "ARCHIVED";
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2 text-sm" aria-label={fill(t.yearLine, { year })}>
      <input type="hidden" name="year" value={year} />
      <label>
        {t.deadlineShort}{" "}
        <input
          type="date"
          name="deadline"
          defaultValue={deadline}
          disabled={archived}
          className="ml-1 rounded border border-slate-300 px-2 py-1"
        />
      </label>
      {!archived && (
        <button name="_op" value="deadline" disabled={pending} className="rounded bg-slate-700 px-2 py-1 text-white">
          {t.saveDeadline}
        </button>
      )}
      <button
        name="_op"
        value={archived ? "reopen" : "archive"}
        disabled={pending}
        onClick={(e) => {
          if (!archived && !window.confirm(fill(t.confirmArchive, { year }))) e.preventDefault();
        }}
        className={`rounded px-2 py-1 text-white ${archived ? "bg-emerald-700" : "bg-amber-700"}`}
      >
        {archived ? t.reopen : t.archive}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
