"use client";

import { INITIAL } from "@/lib/actions/result";
import { decideDraftAction, submitDraftAction } from "@/lib/report/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";

/** The writer hands the draft to the quality office (it then waits, unchanged, for its decision). */
export function SubmitDraftForm({ year, sectionKey, disabled }: { year: number; sectionKey: string; disabled: boolean }) {
  const { state, pending, formProps } = useKeptFormAction(submitDraftAction, INITIAL);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-3" aria-label="提交草稿">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <button
        disabled={pending || disabled}
        className="rounded border border-brand-600 px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? "正在提交…" : "提交给质量办"}
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
  return (
    <form {...formProps} className="space-y-2" aria-label={`处理「${title}」的草稿`}>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <label htmlFor={commentId} className="block text-sm">
        退回意见 <span className="text-xs text-slate-600">（退回时必填）</span>
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
          采用草稿
        </button>
        <button
          name="_decision"
          value="return"
          disabled={pending}
          className="rounded border border-rose-700 px-3 py-1.5 text-sm text-rose-800 hover:bg-rose-50 disabled:opacity-60"
        >
          退回撰写人
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
