"use client";

import { INITIAL } from "@/lib/actions/result";
import { removeFileAction } from "@/lib/evidence/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { records } from "@/lib/i18n/messages/records";

/** Removes one attachment or case photo that is not public yet, after asking. */
export function RemoveFileButton({
  kindSlug,
  id,
  fileId,
  photoId,
  name,
}: {
  kindSlug: string;
  id: string;
  fileId?: string;
  photoId?: string;
  name: string;
}) {
  const t = useMessages(records);
  const { state, pending, formProps } = useKeptFormAction(removeFileAction, INITIAL);
  return (
    <form {...formProps} className="ml-auto">
      <input type="hidden" name="_kind" value={kindSlug} />
      <input type="hidden" name="_id" value={id} />
      {fileId && <input type="hidden" name="_file" value={fileId} />}
      {photoId && <input type="hidden" name="_photo" value={photoId} />}
      <button
        disabled={pending}
        aria-label={fill(t.removeFile, { name })}
        className="rounded border border-rose-300 px-2 py-0.5 text-xs text-rose-700 hover:bg-rose-50 disabled:opacity-60"
        onClick={(e) => {
          if (!window.confirm(fill(t.removeFileConfirm, { name }))) e.preventDefault();
        }}
      >
        {t.remove}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
