"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { INITIAL } from "@/lib/actions/result";
import { college } from "@/lib/i18n/messages/college";
import { ui } from "@/lib/i18n/messages/ui";
import { updateInstitutionAction } from "@/lib/institution/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { InstitutionFields, type InstitutionValues } from "@/components/setup/InstitutionFields";
import { Field } from "@/components/ui/Field";
import { CollegeIdentityFields } from "@/components/admin/CollegeIdentityFields";

type SignoffValues = {
  departmentReview: boolean;
  leaderSignoff: boolean;
  legalRepresentative: string | null;
  accountContact: string | null;
  declarationText: string | null;
};

export function InstitutionForm({
  values,
  logoFileId,
  defaultDeclaration,
}: {
  values: InstitutionValues & SignoffValues & { code?: string | null; collegeType?: string | null };
  logoFileId: string | null;
  defaultDeclaration: string;
}) {
  const { state, pending, formProps } = useKeptFormAction(updateInstitutionAction, INITIAL);
  const t = useMessages(college);
  const separator = useMessages(ui).errorSeparator;
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
      <CollegeIdentityFields values={values} errors={!state.ok ? state.fieldErrors : undefined} />
      {logoFileId && (
        <div className="flex items-center gap-3 text-sm">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload served by our own route */}
          <img
            src={`/files/${logoFileId}/thumb`}
            alt={t.currentLogo}
            className="h-16 w-16 rounded border border-slate-200 object-contain"
          />
          <label className="flex items-center gap-1">
            <input type="checkbox" name="removeLogo" /> {t.removeLogo}
          </label>
        </div>
      )}
      <fieldset className="space-y-3 rounded border border-slate-200 p-3 text-sm">
        <legend className="px-1 font-medium">{t.reviewChain}</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="departmentReview" defaultChecked={values.departmentReview} />
          {t.departmentReview}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="leaderSignoff" defaultChecked={values.leaderSignoff} />
          {t.leaderSignoff}
        </label>
        <Field
          name="accountContact"
          label={t.accountContact}
          defaultValue={values.accountContact ?? ""}
          errors={!state.ok ? state.fieldErrors : undefined}
          maxLength={100}
          hint={t.accountContactHint}
        />
        <Field
          name="legalRepresentative"
          label={t.legalRepresentative}
          defaultValue={values.legalRepresentative ?? ""}
          errors={!state.ok ? state.fieldErrors : undefined}
          maxLength={30}
          hint={t.legalRepresentativeHint}
        />
        <label htmlFor="field-declarationText" className="block font-medium">
          {t.declaration} <span className="ml-1 text-xs font-normal text-slate-500">{t.declarationHint}</span>
        </label>
        <textarea
          id="field-declarationText"
          name="declarationText"
          rows={5}
          maxLength={2000}
          defaultValue={values.declarationText ?? ""}
          placeholder={defaultDeclaration}
          className="w-full rounded border border-slate-300 px-2 py-1.5"
        />
        {!state.ok && state.fieldErrors?.declarationText && (
          <p className="text-xs text-rose-700">{state.fieldErrors.declarationText.join(separator)}</p>
        )}
      </fieldset>
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        {t.save}
      </button>
    </form>
  );
}
