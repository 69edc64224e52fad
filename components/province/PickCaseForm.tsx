"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useMessages } from "@/components/i18n/LangProvider";
import { INITIAL } from "@/lib/actions/result";
import { provinceData } from "@/lib/i18n/messages/provinceData";
import { pickCaseAction } from "@/lib/province/actions";

export function PickCaseForm({ caseId, picked, title }: { caseId: string; picked: boolean; title: string }) {
  const t = useMessages(provinceData);
  const [state, action, pending] = useActionState(pickCaseAction, INITIAL);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="picked" value={picked ? "0" : "1"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${picked ? t.unpick : t.pick} ${title}`}
        className={
          picked
            ? "rounded border border-slate-400 px-2 py-1 text-sm text-slate-700 hover:bg-slate-50"
            : "rounded bg-brand-700 px-2 py-1 text-sm text-white hover:bg-brand-800"
        }
      >
        {picked ? t.unpick : t.pick}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
