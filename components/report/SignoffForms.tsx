"use client";

import { INITIAL } from "@/lib/actions/result";
import { decideSignoffAction, requestSignoffAction } from "@/lib/report/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";

/** The quality office: mark the report as it stands 待审定. */
export function RequestSignoffForm({ year }: { year: number }) {
  const { state, pending, formProps } = useKeptFormAction(requestSignoffAction, INITIAL);
  const t = useMessages(report);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="year" value={year} />
      <button
        disabled={pending}
        className="rounded bg-slate-700 px-4 py-2 text-sm font-medium text-white hover:bg-slate-800 disabled:opacity-60"
      >
        {t.requestSignoff}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

/** A leader: sign off, or send back with a comment. */
export function DecideSignoffForm({ year }: { year: number }) {
  const { state, pending, formProps } = useKeptFormAction(decideSignoffAction, INITIAL);
  const t = useMessages(report);
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="year" value={year} />
      <label className="block text-sm">
        <span className="mb-1 block">{t.signoffOpinion}</span>
        <textarea name="comment" rows={2} maxLength={2000} className="w-full rounded border border-slate-300 px-2 py-1.5" />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button
          name="_decision"
          value="sign"
          disabled={pending}
          onClick={(e) => {
            // Signing off lets the office publish this content to the public: asked once more.
            if (!window.confirm(fill(t.confirmSignoff, { year }))) e.preventDefault();
          }}
          className="rounded bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
        >
          {t.signOff}
        </button>
        <button
          name="_decision"
          value="return"
          disabled={pending}
          className="rounded bg-rose-600 px-4 py-2 text-sm font-medium text-white hover:bg-rose-700 disabled:opacity-60"
        >
          {t.sendBack}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
