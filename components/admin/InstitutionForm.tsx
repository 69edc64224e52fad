"use client";

import { INITIAL } from "@/lib/actions/result";
import { updateInstitutionAction } from "@/lib/institution/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { InstitutionFields, type InstitutionValues } from "@/components/setup/InstitutionFields";

export function InstitutionForm({ values, logoFileId }: { values: InstitutionValues; logoFileId: string | null }) {
  const { state, pending, formProps } = useKeptFormAction(updateInstitutionAction, INITIAL);
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {!state.ok && (
        <p role="alert" className="rounded bg-rose-50 p-2 text-sm text-rose-800">
          {state.message}
        </p>
      )}
      {state.ok && state.message && (
        <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
          {state.message}
        </p>
      )}
      <InstitutionFields values={values} errors={!state.ok ? state.fieldErrors : undefined} />
      {logoFileId && (
        <div className="flex items-center gap-3 text-sm">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload served by our own route */}
          <img src={`/files/${logoFileId}/thumb`} alt="当前校徽" className="h-16 w-16 rounded border border-slate-200 object-contain" />
          <label className="flex items-center gap-1">
            <input type="checkbox" name="removeLogo" /> 移除校徽 <span className="text-xs text-slate-500">Remove logo</span>
          </label>
        </div>
      )}
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        保存 Save
      </button>
    </form>
  );
}
