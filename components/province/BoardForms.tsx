"use client";

import { INITIAL } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/define";
import { province } from "@/lib/i18n/messages/province";
import { remindMissingAction, setHandInDueAction } from "@/lib/province/actions";
import { useMessages } from "@/components/i18n/LangProvider";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

const button = "rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60";

export function DueDateForm({ year, dueOn }: { year: number; dueOn: string }) {
  const t = useMessages(province);
  const { state, pending, formProps } = useKeptFormAction(setHandInDueAction, INITIAL);
  return (
    <form {...formProps} aria-label={t.setDue} className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="year" value={year} />
      <label>
        {t.dueDate}
        <input name="dueOn" type="date" required defaultValue={dueOn} className="ml-1 rounded border border-slate-300 px-2 py-1" />
      </label>
      <button disabled={pending} className={button}>
        {t.setDue}
      </button>
      <ActionMessage state={state.ok ? { ok: true, message: state.data ? t.saved : undefined } : state} />
    </form>
  );
}

export function RemindForm({ year }: { year: number }) {
  const t = useMessages(province);
  const { state, pending, formProps } = useKeptFormAction(remindMissingAction, INITIAL);
  const done = state.ok ? (state.data as { colleges: number; accounts: number } | undefined) : undefined;
  const message = done ? (done.colleges === 0 ? t.noneToRemind : fill(t.reminded, { n: done.colleges, users: done.accounts })) : undefined;
  return (
    <form {...formProps} aria-label={t.remind} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="year" value={year} />
      <button disabled={pending} className={button}>
        {t.remind}
      </button>
      <ActionMessage state={state.ok ? { ok: true, message } : state} />
    </form>
  );
}
