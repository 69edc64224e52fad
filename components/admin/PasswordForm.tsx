"use client";

import { INITIAL } from "@/lib/actions/result";
import { changePasswordAction } from "@/lib/users/actions";
import { useMessages } from "@/components/i18n/LangProvider";
import { Field } from "@/components/ui/Field";
import { account } from "@/lib/i18n/messages/account";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

export function PasswordForm() {
  const { state, pending, formProps } = useKeptFormAction(changePasswordAction, INITIAL, { resetOnSuccess: true });
  const errors = !state.ok ? state.fieldErrors : undefined;
  const t = useMessages(account);
  return (
    <form {...formProps} className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
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
      <Field name="current" label={t.currentPassword} type="password" required autoComplete="current-password" errors={errors} />
      <Field name="next" label={t.newPassword} type="password" required autoComplete="new-password" errors={errors} hint={t.passwordRule} />
      <Field name="confirm" label={t.confirmNewPassword} type="password" required autoComplete="new-password" errors={errors} />
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        {t.changePassword}
      </button>
    </form>
  );
}
