"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { INITIAL } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/define";
import { college } from "@/lib/i18n/messages/college";
import { setupAction } from "@/lib/institution/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { Field } from "@/components/ui/Field";
import { InstitutionFields } from "./InstitutionFields";
import { province } from "@/lib/i18n/messages/province";

export function SetupForm({ needAdmin }: { needAdmin: boolean }) {
  const { state, pending, formProps } = useKeptFormAction(setupAction, INITIAL);
  const errors = !state.ok ? state.fieldErrors : undefined;
  const p = useMessages(province);
  const t = useMessages(college);
  return (
    <form {...formProps} className="space-y-6" noValidate>
      {!state.ok && (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800">
          {state.message}
        </p>
      )}
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold text-brand-800">{t.setupToken}</legend>
        <Field
          name="setupToken"
          label={t.setupToken}
          required
          autoComplete="off"
          spellCheck={false}
          errors={errors}
          hint={t.setupTokenHint}
        />
      </fieldset>
      <fieldset className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="installation-kind">
        <legend className="px-1 font-semibold text-brand-800">{p.kindLegend}</legend>
        {(["COLLEGE", "PROVINCE", "CITY"] as const).map((kind) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input type="radio" name="kind" value={kind} defaultChecked={kind === "COLLEGE"} />
            {{ COLLEGE: p.kindCollege, PROVINCE: p.kindProvince, CITY: p.kindCity }[kind]}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold text-brand-800">{t.collegeSection}</legend>
        <InstitutionFields values={{}} errors={errors} />
      </fieldset>
      {needAdmin ? (
        <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold text-brand-800">{t.firstAdmin}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="username" label={t.username} required autoComplete="username" errors={errors} />
            <Field name="displayName" label={t.name} required errors={errors} />
            <Field
              name="password"
              label={t.password}
              type="password"
              required
              autoComplete="new-password"
              errors={errors}
              hint={t.passwordRule}
            />
            <Field name="passwordConfirm" label={t.confirmPassword} type="password" required autoComplete="new-password" errors={errors} />
          </div>
        </fieldset>
      ) : (
        <p className="rounded bg-slate-100 p-3 text-sm text-slate-700">{fill(t.adminExists, { command: "npm run user:create" })}</p>
      )}
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t.saving : t.finishSetup}
      </button>
    </form>
  );
}
