"use client";

import { INITIAL } from "@/lib/actions/result";
import { changeRecordMetaAction } from "@/lib/records/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

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
  const { state, pending, formProps } = useKeptFormAction(changeRecordMetaAction, INITIAL);
  const kept = !state.ok ? state.values : undefined;
  return (
    <form {...formProps} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-label="年度与主要成果">
      <input type="hidden" name="_kind" value={props.kindSlug} />
      <input type="hidden" name="_id" value={props.id} />
      <input type="hidden" name="_version" value={props.version} />
      {props.years && (
        <label className="block">
          <span className="mb-1 block font-medium">
            所属年度 <span className="text-xs font-normal text-slate-500">Report year</span>
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
            主要成果 <span className="text-xs text-slate-500">Highlight</span>
          </span>
        </label>
      )}
      <button disabled={pending} className="rounded bg-slate-700 px-3 py-1.5 text-white hover:bg-slate-800 disabled:opacity-60">
        更改年度与标记 Apply
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
