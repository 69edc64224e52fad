"use client";

import { INITIAL } from "@/lib/actions/result";
import { changeRecordMetaAction } from "@/lib/records/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { records } from "@/lib/i18n/messages/records";

/**
 * What a record counts for, changed after creation: its report year and the 主要成果 highlight.
 * Each part is shown only to those the policy lets change it; the server asks again.
 */
export function RecordMetaForm(props: {
  kindSlug: string;
  id: string;
  version: number;
  year: number;
  years: number[] | null;
  highlight: boolean | null;
}) {
  const t = useMessages(records);
  const lang = useLang();
  const { state, pending, formProps } = useKeptFormAction(changeRecordMetaAction, INITIAL);
  const kept = !state.ok ? state.values : undefined;
  return (
    <form {...formProps} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-label={t.metaForm}>
      <input type="hidden" name="_kind" value={props.kindSlug} />
      <input type="hidden" name="_id" value={props.id} />
      <input type="hidden" name="_version" value={props.version} />
      {props.years && (
        <label className="block">
          <span className="mb-1 block font-medium">
            {t.reportYear} {lang === "zh" && <span className="text-xs font-normal text-slate-500">{records.en.reportYear}</span>}
          </span>
          <select
            name="year"
            defaultValue={kept?.year ?? String(props.year)}
            className="w-full rounded border border-slate-300 px-2 py-1.5"
          >
            {props.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.highlight !== null && (
        <label className="flex items-center gap-2">
          <input type="hidden" name="_highlightShown" value="1" />
          <input type="checkbox" name="highlight" defaultChecked={kept ? kept.highlight === "on" : props.highlight} />
          <span>
            {t.highlight} {lang === "zh" && <span className="text-xs text-slate-500">{records.en.highlight}</span>}
          </span>
        </label>
      )}
      <button disabled={pending} className="rounded bg-slate-700 px-3 py-1.5 text-white hover:bg-slate-800 disabled:opacity-60">
        {t.applyMeta}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
