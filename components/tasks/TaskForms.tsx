"use client";

import { useId } from "react";
import { INITIAL } from "@/lib/actions/result";
import { assignTaskAction, completeTaskAction, remindTasksAction } from "@/lib/tasks/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { tasks } from "@/lib/i18n/messages/tasks";

type Option = { id: string; label: string };

export type AssignValues = {
  year: number;
  target: string;
  kind: "section" | "case";
  version: number;
  leadId: string | null;
  leadName: string | null;
  supportingIds: string[];
  writerId: string | null;
  dueDate: string | null;
  note: string;
};

const control = (invalid: boolean) => `w-full rounded border px-2 py-1.5 ${invalid ? "border-rose-500" : "border-slate-300"}`;

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  const t = useMessages(tasks);
  return errors?.length ? (
    <p id={id} className="mt-1 text-xs text-rose-700">
      {errors.join(t.errorSeparator)}
    </p>
  ) : null;
}

/**
 * The board's inline edit of one task. The form keeps every choice after a refusal (useKeptFormAction),
 * so an error never costs the user what they picked.
 */
export function AssignTaskForm({ values, departments, writers }: { values: AssignValues; departments: Option[]; writers: Option[] }) {
  const { state, pending, formProps } = useKeptFormAction(assignTaskAction, INITIAL);
  const id = useId();
  const errors = state.ok ? undefined : state.fieldErrors;
  const t = useMessages(tasks);
  return (
    <form {...formProps} className="grid gap-3 sm:grid-cols-2" aria-label={t.assignForm}>
      <input type="hidden" name="year" value={values.year} />
      <input type="hidden" name="target" value={values.target} />
      <input type="hidden" name="version" value={values.version} />
      {values.kind === "section" ? (
        <div className="text-sm">
          <label htmlFor={`${id}-lead`} className="mb-1 block font-medium">
            {t.lead}
          </label>
          <select
            id={`${id}-lead`}
            name="leadDepartmentId"
            defaultValue={values.leadId ?? ""}
            aria-invalid={Boolean(errors?.leadDepartmentId) || undefined}
            className={control(Boolean(errors?.leadDepartmentId))}
          >
            <option value="">{t.noneChosen}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
          <Errors id={`${id}-lead-error`} errors={errors?.leadDepartmentId} />
        </div>
      ) : (
        <p className="text-sm">
          <span className="font-medium">{t.lead}</span>
          {t.caseLead}
          {values.leadName ?? "—"}
        </p>
      )}
      <div className="text-sm">
        <label htmlFor={`${id}-writer`} className="mb-1 block font-medium">
          {t.writer}
        </label>
        <select
          id={`${id}-writer`}
          name="writerId"
          defaultValue={values.writerId ?? ""}
          aria-invalid={Boolean(errors?.writerId) || undefined}
          className={control(Boolean(errors?.writerId))}
        >
          <option value="">{t.noneChosen}</option>
          {writers.map((w) => (
            <option key={w.id} value={w.id}>
              {w.label}
            </option>
          ))}
        </select>
        <Errors id={`${id}-writer-error`} errors={errors?.writerId} />
      </div>
      <fieldset className="text-sm sm:col-span-2">
        <legend className="mb-1 font-medium">{t.supporting}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {departments.map((d) => (
            <label key={d.id} className="inline-flex items-center gap-1">
              <input type="checkbox" name="supportingDepartmentIds" value={d.id} defaultChecked={values.supportingIds.includes(d.id)} />
              {d.label}
            </label>
          ))}
        </div>
        <Errors id={`${id}-supporting-error`} errors={errors?.supportingDepartmentIds} />
      </fieldset>
      <div className="text-sm">
        <label htmlFor={`${id}-due`} className="mb-1 block font-medium">
          {t.dueDate}
        </label>
        <input
          id={`${id}-due`}
          type="date"
          name="dueDate"
          defaultValue={values.dueDate ?? ""}
          aria-invalid={Boolean(errors?.dueDate) || undefined}
          className={control(Boolean(errors?.dueDate))}
        />
        <Errors id={`${id}-due-error`} errors={errors?.dueDate} />
      </div>
      <div className="text-sm">
        <label htmlFor={`${id}-note`} className="mb-1 block font-medium">
          {t.note}
        </label>
        <input
          id={`${id}-note`}
          name="note"
          defaultValue={values.note}
          maxLength={600}
          aria-invalid={Boolean(errors?.note) || undefined}
          className={control(Boolean(errors?.note))}
        />
        <Errors id={`${id}-note-error`} errors={errors?.note} />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button
          disabled={pending}
          className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t.saveAssignment}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}

/** 标记完成 / 撤销完成. */
export function CompleteTaskForm({ year, target, done, title }: { year: number; target: string; done: boolean; title: string }) {
  const { state, pending, formProps } = useKeptFormAction(completeTaskAction, INITIAL);
  const t = useMessages(tasks);
  const action = done ? t.undoDone : t.markDone;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <button
        disabled={pending}
        aria-label={fill(t.actionOf, { action, title })}
        className={`rounded px-3 py-1 text-sm font-medium disabled:opacity-60 ${
          done ? "border border-slate-400 text-slate-700 hover:bg-slate-100" : "bg-emerald-700 text-white hover:bg-emerald-800"
        }`}
      >
        {action}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

/** 发送提醒 for one task, or 提醒全部逾期 without a target. */
export function RemindForm({ year, target, title }: { year: number; target?: string; title?: string }) {
  const { state, pending, formProps } = useKeptFormAction(remindTasksAction, INITIAL);
  const t = useMessages(tasks);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="year" value={year} />
      {target && <input type="hidden" name="target" value={target} />}
      <button
        disabled={pending}
        aria-label={target ? fill(t.actionOf, { action: t.remind, title: title ?? "" }) : undefined}
        className="rounded bg-rose-700 px-3 py-1 text-sm font-medium text-white hover:bg-rose-800 disabled:opacity-60"
      >
        {target ? t.remind : t.remindAll}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
