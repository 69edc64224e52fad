"use client";

import { INITIAL, type ActionResult } from "@/lib/actions/result";
import { importRulePackAction, saveRulePackAction } from "@/lib/rules/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { Field } from "@/components/ui/Field";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { rulePacks } from "@/lib/i18n/messages/rulePacks";

/** Every problem of a refused pack, each with the place in the file it is about. */
function Problems({ state }: { state: ActionResult }) {
  const t = useMessages(rulePacks);
  if (state.ok || !state.fieldErrors) return null;
  const lines = Object.entries(state.fieldErrors).flatMap(([path, messages]) =>
    messages.map((message) => fill(t.problem, { path, message })),
  );
  if (lines.length < 2) return null;
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-sm text-rose-700" data-testid="pack-problems">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

export function ImportRulePackForm() {
  const { state, pending, formProps } = useKeptFormAction(importRulePackAction, INITIAL, { resetOnSuccess: true });
  const t = useMessages(rulePacks);
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={t.importForm}>
      <h2 className="font-semibold text-brand-800">{t.importForm}</h2>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="block">
          <span className="mb-1 block font-medium">{t.packFile}</span>
          <input type="file" name="file" accept=".json,application/json" className="text-sm" />
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="replace" /> {t.replace}
        </label>
        <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
          {t.import}
        </button>
      </div>
      <ActionMessage state={state} />
      <Problems state={state} />
    </form>
  );
}

export function RulePackEditForm({
  packKey,
  name,
  mainMin,
  mainMax,
  caseMax,
  structure,
}: {
  packKey: string;
  name: string;
  mainMin: number;
  mainMax: number;
  caseMax: number;
  structure: string;
}) {
  const { state, pending, formProps } = useKeptFormAction(saveRulePackAction, INITIAL);
  const errors = !state.ok ? state.fieldErrors : undefined;
  const t = useMessages(rulePacks);
  const lang = useLang();
  // The Chinese page keeps each field's English beside it (components/ui/Field); the English one needs no second name.
  const second = (key: "name" | "mainMin" | "mainMax" | "caseMax") => (lang === "zh" ? rulePacks.en[key] : "");
  // The pack's own paths (lengthRules.mainText.min) name the fields they belong to.
  const fieldErrors = errors && {
    ...errors,
    mainMin: errors["lengthRules.mainText.min"] ?? [],
    mainMax: errors["lengthRules.mainText.max"] ?? [],
    caseMax: errors["lengthRules.caseMax"] ?? [],
  };
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate aria-label={t.editForm}>
      <input type="hidden" name="key" value={packKey} />
      <Field name="name" zh={t.name} en={second("name")} required defaultValue={name} errors={fieldErrors} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium">{t.lengthRules}</legend>
        <Field name="mainMin" zh={t.mainMin} en={second("mainMin")} inputMode="numeric" defaultValue={mainMin} errors={fieldErrors} />
        <Field name="mainMax" zh={t.mainMax} en={second("mainMax")} inputMode="numeric" defaultValue={mainMax} errors={fieldErrors} />
        <Field name="caseMax" zh={t.caseMax} en={second("caseMax")} inputMode="numeric" defaultValue={caseMax} errors={fieldErrors} />
      </fieldset>
      <div className="text-sm">
        <label htmlFor="field-structure" className="mb-1 block font-medium">
          {t.structure}
        </label>
        <p id="field-structure-hint" className="mb-1 text-xs text-slate-600">
          {t.structureHint}
        </p>
        <textarea
          id="field-structure"
          name="structure"
          defaultValue={structure}
          rows={24}
          spellCheck={false}
          aria-describedby="field-structure-hint"
          className="w-full rounded border border-slate-300 px-2 py-1.5 font-mono text-xs"
        />
      </div>
      <div className="flex items-center gap-3">
        <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
          {t.save}
        </button>
        <ActionMessage state={state} />
      </div>
      <Problems state={state} />
    </form>
  );
}
