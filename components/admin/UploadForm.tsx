"use client";

import { INITIAL } from "@/lib/actions/result";
import { uploadFileAction } from "@/lib/evidence/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useMessages } from "@/components/i18n/LangProvider";
import { records } from "@/lib/i18n/messages/records";

/** Upload evidence (or, for a case, a captioned photo). Types are checked on the server from the content. */
export function UploadForm({ kindSlug, id, withCaption }: { kindSlug: string; id: string; withCaption?: boolean }) {
  const t = useMessages(records);
  const { state, pending, formProps } = useKeptFormAction(uploadFileAction, INITIAL, { resetOnSuccess: true });
  return (
    <form {...formProps} className="space-y-2 text-sm">
      <input type="hidden" name="_kind" value={kindSlug} />
      <input type="hidden" name="_id" value={id} />
      <label className="block">
        <span className="mb-1 block">{withCaption ? t.photoFile : t.attachmentFile}</span>
        <input
          type="file"
          name="file"
          accept={withCaption ? "image/jpeg,image/png,image/webp" : "image/jpeg,image/png,image/webp,application/pdf"}
          required
          className="w-full text-xs"
        />
      </label>
      {withCaption && (
        <label className="block">
          <span className="mb-1 block">{t.caption}</span>
          <input name="caption" required maxLength={200} className="w-full rounded border border-slate-300 px-2 py-1" />
        </label>
      )}
      <button disabled={pending} className="rounded bg-slate-700 px-3 py-1.5 text-white disabled:opacity-60">
        {withCaption ? t.addPhoto : t.uploadAttachment}
      </button>
      {!state.ok && (
        <p role="alert" className="text-rose-700">
          {state.message}
        </p>
      )}
      {state.ok && state.message && (
        <p role="status" className="text-emerald-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
