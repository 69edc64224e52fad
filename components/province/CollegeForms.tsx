"use client";

import { INITIAL } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/define";
import { province } from "@/lib/i18n/messages/province";
import { COLLEGE_TYPE_LABELS, COLLEGE_TYPES } from "@/lib/package/schema";
import { createCollegeAccountAction, createCollegeAction, importCollegesAction, updateCollegeAction } from "@/lib/province/actions";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

const input = "rounded border border-slate-300 px-2 py-1";
const button = "rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60";

type College = { id: string; code: string; name: string; type: (typeof COLLEGE_TYPES)[number]; city: string };

function FieldErrors({ errors }: { errors?: Record<string, string[]> }) {
  const all = Object.values(errors ?? {}).flat();
  return all.length ? (
    <ul role="alert" className="w-full list-disc pl-5 text-sm text-rose-700">
      {all.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  ) : null;
}

function CollegeFields({ college }: { college?: College }) {
  const t = useMessages(province);
  const lang = useLang();
  return (
    <>
      <label>
        {t.code}
        <input name="code" required inputMode="numeric" maxLength={10} defaultValue={college?.code} className={`ml-1 w-32 ${input}`} />
      </label>
      <label>
        {t.name}
        <input name="name" required maxLength={100} defaultValue={college?.name} className={`ml-1 ${input}`} />
      </label>
      <label>
        {t.type}
        <select name="type" defaultValue={college?.type ?? "HIGHER"} className={`ml-1 ${input}`}>
          {COLLEGE_TYPES.map((type) => (
            <option key={type} value={type}>
              {COLLEGE_TYPE_LABELS[type][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.city}
        <input name="city" required maxLength={50} defaultValue={college?.city} className={`ml-1 w-24 ${input}`} />
      </label>
    </>
  );
}

export function NewCollegeForm() {
  const t = useMessages(province);
  const { state, pending, formProps } = useKeptFormAction(createCollegeAction, INITIAL, { resetOnSuccess: true });
  return (
    <form
      {...formProps}
      aria-label={t.add}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
    >
      <CollegeFields />
      <button disabled={pending} className={button}>
        {t.add}
      </button>
      {!state.ok && <FieldErrors errors={state.fieldErrors} />}
      <ActionMessage state={state.ok ? { ok: true, message: state.data ? t.saved : undefined } : state} />
    </form>
  );
}

export function EditCollegeForm({ college }: { college: College }) {
  const t = useMessages(province);
  const { state, pending, formProps } = useKeptFormAction(updateCollegeAction, INITIAL);
  return (
    <form {...formProps} aria-label={`${t.edit} ${college.code}`} className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="id" value={college.id} />
      <CollegeFields college={college} />
      <button disabled={pending} className={button}>
        {t.save}
      </button>
      {!state.ok && <FieldErrors errors={state.fieldErrors} />}
      <ActionMessage state={state.ok ? { ok: true, message: state.data ? t.saved : undefined } : state} />
    </form>
  );
}

export function CollegeAccountForm({ collegeId, code }: { collegeId: string; code: string }) {
  const t = useMessages(province);
  const { state, pending, formProps } = useKeptFormAction(createCollegeAccountAction, INITIAL, { resetOnSuccess: true });
  const created = state.ok && state.data ? (state.data as { username: string }).username : null;
  return (
    <form {...formProps} aria-label={`${t.accountTitle} ${code}`} className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="collegeId" value={collegeId} />
      <label>
        {t.username}
        <input name="username" required autoComplete="off" className={`ml-1 w-28 ${input}`} />
      </label>
      <label>
        {t.displayName}
        <input name="displayName" required className={`ml-1 w-28 ${input}`} />
      </label>
      <label title={t.passwordHint}>
        {t.password}
        <input name="password" type="password" required autoComplete="new-password" className={`ml-1 w-36 ${input}`} />
      </label>
      <button disabled={pending} className={button}>
        {t.createAccount}
      </button>
      {!state.ok && <FieldErrors errors={state.fieldErrors} />}
      <ActionMessage
        state={state.ok ? { ok: true, message: created ? fill(t.accountCreated, { username: created }) : undefined } : state}
      />
    </form>
  );
}

export function ImportCollegesForm() {
  const t = useMessages(province);
  const { state, pending, formProps } = useKeptFormAction(importCollegesAction, INITIAL, { resetOnSuccess: true });
  const done = state.ok ? (state.data as { created: number; updated: number } | undefined) : undefined;
  return (
    <form {...formProps} aria-label={t.importTitle} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 className="font-semibold text-brand-800">{t.importTitle}</h2>
      <p className="text-slate-600">{t.importHint}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input name="file" type="file" required accept=".xlsx,.csv" aria-label={t.importTitle} />
        <button disabled={pending} className={button}>
          {t.importButton}
        </button>
      </div>
      {!state.ok && <FieldErrors errors={state.fieldErrors} />}
      <ActionMessage state={state.ok ? { ok: true, message: done ? fill(t.imported, done) : undefined } : state} />
    </form>
  );
}
