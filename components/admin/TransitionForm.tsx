"use client";

import { INITIAL } from "@/lib/actions/result";
import { transitionAction } from "@/lib/workflow/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { review } from "@/lib/i18n/messages/review";

/** One workflow button (return asks for a reason). */
export function TransitionForm({
  kindSlug,
  id,
  version,
  transition,
  queue,
}: {
  kindSlug: string;
  id: string;
  version: number;
  transition: "submit" | "withdraw" | "deptApprove" | "approve" | "return";
  /** The review queue's filters (query string) the record was opened from: 通过并下一条 stays in that queue. */
  queue?: string;
}) {
  const t = useMessages(review);
  const lang = useLang();
  const passing = transition === "approve" || transition === "deptApprove";
  const { state, pending, formProps } = useKeptFormAction(transitionAction, INITIAL);
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="_kind" value={kindSlug} />
      <input type="hidden" name="_id" value={id} />
      <input type="hidden" name="_version" value={version} />
      <input type="hidden" name="_transition" value={transition} />
      {passing && <input type="hidden" name="_queue" value={queue ?? ""} />}
      {transition === "return" && (
        <label className="block text-sm">
          <span className="mb-1 block">{t.reason}</span>
          <textarea name="reason" rows={2} required className="w-full rounded border border-slate-300 px-2 py-1.5" />
        </label>
      )}
      <button
        disabled={pending}
        className={`rounded px-3 py-1.5 text-sm text-white disabled:opacity-60 ${transition === "return" ? "bg-rose-600 hover:bg-rose-700" : transition === "withdraw" ? "bg-slate-600 hover:bg-slate-700" : "bg-brand-600 hover:bg-brand-700"}`}
      >
        {t[transition]}
      </button>
      {passing && (
        <button
          name="_next"
          value="1"
          disabled={pending}
          className="ml-2 rounded border border-brand-600 px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {t.approveNext} {lang === "zh" && <span className="text-xs">{review.en.approveNext}</span>}
        </button>
      )}
      {!state.ok && (
        <p role="alert" className="text-sm text-rose-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
