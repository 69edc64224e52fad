"use client";

import { INITIAL } from "@/lib/actions/result";
import { changePasswordAction } from "@/lib/users/actions";
import { Field } from "@/components/ui/Field";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

export function PasswordForm() {
  const { state, pending, formProps } = useKeptFormAction(changePasswordAction, INITIAL, { resetOnSuccess: true });
  const errors = !state.ok ? state.fieldErrors : undefined;
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
      <Field name="current" zh="当前密码" en="Current password" type="password" required autoComplete="current-password" errors={errors} />
      <Field
        name="next"
        zh="新密码"
        en="New password"
        type="password"
        required
        autoComplete="new-password"
        errors={errors}
        hint="至少10位，包含大写字母、小写字母、数字、符号中的至少三类"
      />
      <Field name="confirm" zh="确认新密码" en="Confirm" type="password" required autoComplete="new-password" errors={errors} />
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        修改密码 Change password
      </button>
    </form>
  );
}
