"use client";

import { INITIAL } from "@/lib/actions/result";
import { restoreRecordAction } from "@/lib/records/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useMessages } from "@/components/i18n/LangProvider";
import { records } from "@/lib/i18n/messages/records";

/** 恢复: an admin brings a deleted record back. */
export function RestoreRecordForm({ kindSlug, id }: { kindSlug: string; id: string }) {
  const t = useMessages(records);
  const { state, pending, formProps } = useKeptFormAction(restoreRecordAction, INITIAL);
  return (
    <form {...formProps} className="inline">
      <input type="hidden" name="_kind" value={kindSlug} />
      <input type="hidden" name="_id" value={id} />
      <button
        disabled={pending}
        className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-50 disabled:opacity-60"
      >
        {t.restore}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
