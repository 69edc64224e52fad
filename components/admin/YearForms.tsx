"use client";

import { INITIAL } from "@/lib/actions/result";
import { openYearAction } from "@/lib/report/actions";
import { changeYearAction } from "@/lib/years/actions";
import { Field } from "@/components/ui/Field";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";

/** `packs`: the rule packs (年报规则包) a new year can take its outline and rules from, newest first. */
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
  const errors = !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate aria-label="开启新年度">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="year" zh="年度" en="Year" required inputMode="numeric" defaultValue={suggestedYear} errors={errors} />
        <Field
          name="academicYear"
          zh="学年"
          en="Academic year"
          required
          defaultValue={`${suggestedYear - 1}-${suggestedYear}`}
          errors={errors}
        />
        <Field name="deadline" zh="填报截止日期" en="Deadline" type="date" errors={errors} />
      </div>
      <fieldset className="text-sm">
        <legend className="mb-1 font-medium">
          大纲来源 <span className="text-xs font-normal text-slate-500">Outline</span>
        </legend>
        <div className="flex flex-wrap gap-4">
          {hasPrevious && (
            <label className="flex items-center gap-1">
              <input type="radio" name="source" value="previous" defaultChecked /> 沿用上年（大纲与叙述）
            </label>
          )}
          {packs.map((p, i) => (
            <label key={p.key} className="flex items-center gap-1">
              <input type="radio" name="source" value={p.key} defaultChecked={!hasPrevious && i === 0} /> 规则包：{p.name}
            </label>
          ))}
        </div>
        {errors?.source && <p className="mt-1 text-xs text-rose-700">{errors.source.join("；")}</p>}
      </fieldset>
      <div className="flex items-center gap-3">
        <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
          开启年度 Open year
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}

export function YearRowForm({ year, state: yearState, deadline }: { year: number; state: string; deadline: string }) {
  const { state, pending, formProps } = useKeptFormAction(changeYearAction, INITIAL);
  const archived = yearState === "ARCHIVED";
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2 text-sm" aria-label={`${year}年度`}>
      <input type="hidden" name="year" value={year} />
      <label>
        填报截止{" "}
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
          保存截止日期
        </button>
      )}
      <button
        name="_op"
        value={archived ? "reopen" : "archive"}
        disabled={pending}
        onClick={(e) => {
          if (!archived && !window.confirm(`归档${year}年度？归档后所有人只能查看，不能修改。`)) e.preventDefault();
        }}
        className={`rounded px-2 py-1 text-white ${archived ? "bg-emerald-700" : "bg-amber-700"}`}
      >
        {archived ? "重新开放" : "归档"}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
