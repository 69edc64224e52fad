"use client";

import { INITIAL } from "@/lib/actions/result";
import { removeFileAction } from "@/lib/evidence/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

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
  const { state, pending, formProps } = useKeptFormAction(removeFileAction, INITIAL);
  return (
    <form {...formProps} className="ml-auto">
      <input type="hidden" name="_kind" value={kindSlug} />
      <input type="hidden" name="_id" value={id} />
      {fileId && <input type="hidden" name="_file" value={fileId} />}
      {photoId && <input type="hidden" name="_photo" value={photoId} />}
      <button
        disabled={pending}
        aria-label={`删除 ${name}`}
        className="rounded border border-rose-300 px-2 py-0.5 text-xs text-rose-700 hover:bg-rose-50 disabled:opacity-60"
        onClick={(e) => {
          if (!window.confirm(`删除「${name}」？`)) e.preventDefault();
        }}
      >
        删除
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
