"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { INITIAL } from "@/lib/actions/result";
import { pkg } from "@/lib/i18n/messages/package";
import { recordSentAction } from "@/lib/package/actions";

/** 记录已报送: one edition's note of how and to whom its package was handed in. */
export function PackageSentForm({ year, version }: { year: number; version: number }) {
  const t = useMessages(pkg);
  const { state, pending, formProps } = useKeptFormAction(recordSentAction, INITIAL, { resetOnSuccess: true });
  const id = `sent-note-${version}`;
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2" data-testid={`package-sent-${version}`} noValidate>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <div className="min-w-48 flex-1">
        <label htmlFor={id} className="sr-only">
          {t.sentNote}
        </label>
        <input
          id={id}
          name="note"
          maxLength={500}
          placeholder={t.sentNotePlaceholder}
          aria-invalid={(!state.ok && !!state.fieldErrors?.note) || undefined}
          className="w-full rounded border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
      <button
        disabled={pending}
        className="rounded border border-brand-600 px-2 py-1 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {t.markSent}
      </button>
      {!state.ok && (
        <p role="alert" className="w-full text-xs text-rose-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
