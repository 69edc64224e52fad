"use client";

import { INITIAL } from "@/lib/actions/result";
import { decideDraftAction, submitDraftAction } from "@/lib/report/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { report } from "@/lib/i18n/messages/report";

/** The writer hands the draft to the quality office (it then waits, unchanged, for its decision). */
export function SubmitDraftForm({ year, sectionKey, disabled }: { year: number; sectionKey: string; disabled: boolean }) {
  const { state, pending, formProps } = useKeptFormAction(submitDraftAction, INITIAL);
  const t = useMessages(report);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-3" aria-label={t.submitDraftForm}>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <button
        disabled={pending || disabled}
        className="rounded border border-brand-600 px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? t.submitting : t.submitDraft}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

/** The quality office takes a submitted draft as the section's narrative, or returns it with a comment. */
export function DecideDraftForm({ year, sectionKey, title }: { year: number; sectionKey: string; title: string }) {
  const { state, pending, formProps } = useKeptFormAction(decideDraftAction, INITIAL);
  const errors = !state.ok ? (state.fieldErrors ?? {}) : {};
  const commentId = `draft-comment-${sectionKey.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  const t = useMessages(report);
  return (
    <form {...formProps} className="space-y-2" aria-label={fill(t.decideDraftForm, { title })}>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <label htmlFor={commentId} className="block text-sm">
        {t.returnComment} <span className="text-xs text-slate-600">{t.returnCommentHint}</span>
      </label>
      <textarea
        id={commentId}
        name="comment"
        rows={2}
        maxLength={500}
        aria-invalid={errors.comment ? true : undefined}
        className="w-full rounded border border-slate-300 px-2 py-1.5 text-sm"
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          name="_decision"
          value="accept"
          disabled={pending}
          className="rounded bg-emerald-700 px-3 py-1.5 text-sm text-white hover:bg-emerald-800 disabled:opacity-60"
        >
          {t.acceptDraft}
        </button>
        <button
          name="_decision"
          value="return"
          disabled={pending}
          className="rounded border border-rose-700 px-3 py-1.5 text-sm text-rose-800 hover:bg-rose-50 disabled:opacity-60"
        >
          {t.returnDraft}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
