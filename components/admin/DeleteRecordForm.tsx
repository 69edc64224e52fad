"use client";

import { useState } from "react";
import { INITIAL } from "@/lib/actions/result";
import { deleteRecordAction } from "@/lib/records/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useMessages } from "@/components/i18n/LangProvider";
import { records } from "@/lib/i18n/messages/records";

/** 删除 with a confirm step: the first press asks, the second deletes (an admin can restore it). */
export function DeleteRecordForm({ kindSlug, id, version }: { kindSlug: string; id: string; version: number }) {
  const t = useMessages(records);
  const [asking, setAsking] = useState(false);
  const { state, pending, formProps } = useKeptFormAction(deleteRecordAction, INITIAL);
  if (!asking)
    return (
      <button
        type="button"
        onClick={() => setAsking(true)}
        className="rounded border border-rose-300 bg-white px-3 py-1.5 text-sm text-rose-700 hover:bg-rose-50"
      >
        {t.delete}
      </button>
    );
  return (
    <form
      {...formProps}
      className="space-y-2 rounded border border-rose-300 bg-rose-50 p-3 text-sm"
      role="group"
      aria-label={t.confirmDeleteGroup}
    >
      <input type="hidden" name="_kind" value={kindSlug} />
      <input type="hidden" name="_id" value={id} />
      <input type="hidden" name="_version" value={version} />
      <p className="text-rose-800">{t.deleteQuestion}</p>
      <div className="flex gap-2">
        <button disabled={pending} className="rounded bg-rose-600 px-3 py-1.5 text-white hover:bg-rose-700 disabled:opacity-60">
          {t.confirmDelete}
        </button>
        <button type="button" onClick={() => setAsking(false)} className="rounded border border-slate-300 bg-white px-3 py-1.5">
          {t.cancel}
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
