"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { INITIAL, type ActionResult } from "@/lib/actions/result";
import { partners } from "@/lib/i18n/messages/partners";
import { ui } from "@/lib/i18n/messages/ui";
import { invitePartnerAction, partnerTransitionAction, savePartnerReportAction, uploadPartnerPhotoAction } from "@/lib/partners/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { Field } from "@/components/ui/Field";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

const button = "rounded bg-brand-600 px-3 py-1.5 text-sm text-white disabled:opacity-50";
const valuesOf = (state: ActionResult) => (!state.ok ? (state.values ?? {}) : {});
const errorsOf = (state: ActionResult) => (!state.ok ? state.fieldErrors : undefined);

export function InvitePartnerForm() {
  const { state, pending, formProps } = useKeptFormAction(invitePartnerAction, INITIAL, { resetOnSuccess: true });
  const t = useMessages(partners);
  const v = valuesOf(state);
  const errors = errorsOf(state);
  return (
    <form {...formProps} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2" aria-label={t.invite}>
      <Field name="name" label={t.enterpriseName} required defaultValue={v.name} errors={errors} />
      <Field name="slug" label={t.slug} required defaultValue={v.slug} errors={errors} hint={t.slugHint} />
      <Field name="contact" label={t.contact} required defaultValue={v.contact} errors={errors} />
      <Field name="phone" label={t.phone} defaultValue={v.phone} errors={errors} />
      <Field name="username" label={t.username} required defaultValue={v.username} errors={errors} />
      <Field
        name="password"
        label={t.initialPassword}
        type="password"
        autoComplete="new-password"
        errors={errors}
        hint={t.initialPasswordHint}
      />
      <div className="space-y-2 sm:col-span-2">
        <button disabled={pending} className={button}>
          {t.inviteButton}
        </button>
        <div data-testid="invite-result">
          <ActionMessage state={state} />
        </div>
      </div>
    </form>
  );
}

export type PartnerReportValues = Record<string, string>;

function TextArea({
  name,
  label,
  required,
  value,
  errors,
}: {
  name: string;
  label: string;
  required: boolean;
  value?: string;
  errors?: Record<string, string[]>;
}) {
  const err = errors?.[name] ?? [];
  const separator = useMessages(ui).errorSeparator;
  return (
    <div className="text-sm sm:col-span-2">
      <label htmlFor={`field-${name}`} className="mb-1 block font-medium">
        {label}{" "}
        {required && (
          <span className="text-rose-600" aria-hidden>
            *
          </span>
        )}
      </label>
      <textarea
        id={`field-${name}`}
        name={name}
        rows={4}
        defaultValue={value}
        aria-invalid={err.length > 0 || undefined}
        className={`w-full rounded border px-2 py-1.5 ${err.length ? "border-rose-500" : "border-slate-300"}`}
      />
      {err.length > 0 && <p className="mt-1 text-xs text-rose-700">{err.join(separator)}</p>}
    </div>
  );
}

/** The structured annual report form of a partner enterprise (one year). */
export function PartnerReportForm({ year, version, saved }: { year: number; version?: number; saved: PartnerReportValues }) {
  const { state, pending, formProps } = useKeptFormAction(savePartnerReportAction, INITIAL);
  const t = useMessages(partners);
  const v = { ...saved, ...valuesOf(state) };
  const errors = errorsOf(state);
  const num = (name: string, label: string, step = "1") => (
    <Field name={name} label={label} required type="number" min={0} step={step} defaultValue={v[name]} errors={errors} />
  );
  return (
    <form {...formProps} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2" aria-label={t.reportForm}>
      <input type="hidden" name="_year" value={year} />
      {version !== undefined && <input type="hidden" name="_version" value={version} />}
      <Field name="industry" label={t.industry} required defaultValue={v.industry} errors={errors} />
      <div />
      <TextArea name="profile" label={t.profile} required value={v.profile} errors={errors} />
      {num("studentsTaken", t.studentsTakenField)}
      {num("jointProgrammes", t.jointProgrammesField)}
      {num("equipmentInvestment", t.equipmentInvestmentField, "0.01")}
      {num("trainingInvestment", t.trainingInvestmentField, "0.01")}
      {num("jobsOffered", t.jobsOfferedField)}
      <div />
      <TextArea name="programmes" label={t.programmes} required={false} value={v.programmes} errors={errors} />
      <TextArea name="results" label={t.results} required value={v.results} errors={errors} />
      <Field name="caseTitle" label={t.caseTitle} required defaultValue={v.caseTitle} errors={errors} />
      <div />
      <TextArea name="caseBody" label={t.caseBody} required value={v.caseBody} errors={errors} />
      <div className="space-y-2 sm:col-span-2">
        <button disabled={pending} className={button}>
          {t.save}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}

/** The workflow buttons of one report; `return` asks for a reason. */
export function PartnerTransitionForm({ id, version, transitions }: { id: string; version: number; transitions: string[] }) {
  const { state, pending, formProps } = useKeptFormAction(partnerTransitionAction, INITIAL);
  const t = useMessages(partners);
  const label: Record<string, string> = { submit: t.submit, withdraw: t.withdraw, approve: t.approve, return: t.return };
  // After the last possible step (approved, returned) the buttons go, but the result line stays.
  if (!transitions.length) return <ActionMessage state={state} />;
  return (
    <form {...formProps} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-label={t.workflowForm}>
      <input type="hidden" name="_id" value={id} />
      <input type="hidden" name="_version" value={version} />
      {transitions.includes("return") && (
        <label className="block">
          {t.reason}
          <textarea name="reason" rows={2} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
        </label>
      )}
      <div className="flex gap-2">
        {transitions.map((step) => (
          <button
            key={step}
            name="_transition"
            value={step}
            disabled={pending}
            className={step === "return" || step === "withdraw" ? "rounded border border-slate-400 px-3 py-1.5" : button}
          >
            {label[step] ?? step}
          </button>
        ))}
      </div>
      <ActionMessage state={state} />
    </form>
  );
}

export function PartnerPhotoForm({ year }: { year: number }) {
  const { state, pending, formProps } = useKeptFormAction(uploadPartnerPhotoAction, INITIAL, { resetOnSuccess: true });
  const t = useMessages(partners);
  return (
    <form
      {...formProps}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      aria-label={t.photoForm}
    >
      <input type="hidden" name="_year" value={year} />
      <label>
        {t.photo}
        <input type="file" name="file" accept="image/jpeg,image/png,image/webp" className="ml-1" />
      </label>
      <label>
        {t.caption}
        <input name="caption" className="ml-1 rounded border border-slate-300 px-2 py-1" />
      </label>
      <button disabled={pending} className={button}>
        {t.upload}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
