"use client";

import { INITIAL, type ActionResult } from "@/lib/actions/result";
import { importRulePackAction, saveRulePackAction } from "@/lib/rules/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { Field } from "@/components/ui/Field";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

/** Every problem of a refused pack, each with the place in the file it is about. */
function Problems({ state }: { state: ActionResult }) {
  if (state.ok || !state.fieldErrors) return null;
  const lines = Object.entries(state.fieldErrors).flatMap(([path, messages]) => messages.map((m) => `${path}：${m}`));
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
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="导入规则包">
      <h2 className="font-semibold text-brand-800">
        导入规则包 <span className="text-xs font-normal text-slate-500">Import a pack file</span>
      </h2>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="block">
          <span className="mb-1 block font-medium">规则包文件（.json）</span>
          <input type="file" name="file" accept=".json,application/json" className="text-sm" />
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="replace" /> 键已存在时覆盖（仅限本校自建且未被任何年度使用的规则包）
        </label>
        <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
          导入 Import
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
  // The pack's own paths (lengthRules.mainText.min) name the fields they belong to.
  const fieldErrors = errors && {
    ...errors,
    mainMin: errors["lengthRules.mainText.min"] ?? [],
    mainMax: errors["lengthRules.mainText.max"] ?? [],
    caseMax: errors["lengthRules.caseMax"] ?? [],
  };
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate aria-label="编辑规则包">
      <input type="hidden" name="key" value={packKey} />
      <Field name="name" zh="名称" en="Name" required defaultValue={name} errors={fieldErrors} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium">
          篇幅要求 <span className="text-xs font-normal text-slate-500">Length rules (characters)</span>
        </legend>
        <Field name="mainMin" zh="正文最少字数" en="Main text min" inputMode="numeric" defaultValue={mainMin} errors={fieldErrors} />
        <Field name="mainMax" zh="正文最多字数" en="Main text max" inputMode="numeric" defaultValue={mainMax} errors={fieldErrors} />
        <Field name="caseMax" zh="每个案例最多字数" en="Case max" inputMode="numeric" defaultValue={caseMax} errors={fieldErrors} />
      </fieldset>
      <div className="text-sm">
        <label htmlFor="field-structure" className="mb-1 block font-medium">
          大纲、指标表、必备部分与年度检查（JSON）
          <span className="ml-1 text-xs font-normal text-slate-500">Outline, indicator tables, required parts, checks</span>
        </label>
        <p id="field-structure-hint" className="mb-1 text-xs text-slate-600">
          指标表的每一行：label（指标名称）、unit（单位）、token（数据项，如 employment.graduates 或
          indicator.指标键）。保存时逐项校验，错误会指出位置。
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
          保存 Save
        </button>
        <ActionMessage state={state} />
      </div>
      <Problems state={state} />
    </form>
  );
}
