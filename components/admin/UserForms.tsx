"use client";

import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { INITIAL } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/define";
import { people } from "@/lib/i18n/messages/people";
import { createUserAction, resetPasswordAction, updateUserAction } from "@/lib/users/actions";
import type { Option } from "./RecordForm";
import { ROLE_LABELS, USER_ROLES } from "@/lib/users/roles";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";

/** The roles a user can be given, named in the reader's language. */
function useRoles(): Option[] {
  const lang = useLang();
  return USER_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }));
}

export function NewUserForm({ departments }: { departments: Option[] }) {
  const { state, pending, formProps } = useKeptFormAction(createUserAction, INITIAL, { resetOnSuccess: true });
  const t = useMessages(people);
  const roles = useRoles();
  const input = "rounded border border-slate-300 px-2 py-1";
  const v = !state.ok ? (state.values ?? {}) : {};
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <label>
        {t.username}
        <input name="username" required defaultValue={v.username} className={`ml-1 ${input}`} />
      </label>
      <label>
        {t.displayName}
        <input name="displayName" required defaultValue={v.displayName} className={`ml-1 ${input}`} />
      </label>
      <label>
        {t.initialPassword}
        <input name="password" type="password" required minLength={8} className={`ml-1 ${input}`} />
      </label>
      <label>
        {t.role}
        <select name="role" defaultValue={v.role ?? "STAFF"} className={`ml-1 ${input}`}>
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.department}
        <select name="departmentId" defaultValue={v.departmentId ?? ""} className={`ml-1 ${input}`}>
          <option value="">—</option>
          {departments.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-white">
        {t.newUser}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

export function UserRowForm({
  userId,
  role,
  departmentId,
  active,
  departments,
}: {
  userId: string;
  role: string;
  departmentId: string | null;
  active: boolean;
  departments: Option[];
}) {
  const { state, pending, formProps } = useKeptFormAction(updateUserAction, INITIAL);
  const t = useMessages(people);
  const roles = useRoles();
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} aria-label={t.role} className="rounded border border-slate-300 px-1 py-0.5">
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <select
        name="departmentId"
        defaultValue={departmentId ?? ""}
        aria-label={t.department}
        className="rounded border border-slate-300 px-1 py-0.5"
      >
        <option value="">—</option>
        {departments.map((d) => (
          <option key={d.value} value={d.value}>
            {d.label}
          </option>
        ))}
      </select>
      <button name="_op" value="role" disabled={pending} className="rounded bg-slate-700 px-2 py-0.5 text-white">
        {t.saveRole}
      </button>
      <button
        name="_op"
        value={active ? "deactivate" : "activate"}
        disabled={pending}
        className={`rounded px-2 py-0.5 text-white ${active ? "bg-rose-700" : "bg-emerald-700"}`}
        onClick={(e) => {
          if (active && !window.confirm(t.confirmDeactivateUser)) e.preventDefault();
        }}
      >
        {active ? t.deactivate : t.activate}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

/** Reset password: asks once, then shows the one-time password once (it is not stored in the clear anywhere). */
export function ResetPasswordForm({ userId, username }: { userId: string; username: string }) {
  const { state, pending, formProps } = useKeptFormAction(resetPasswordAction, INITIAL);
  const t = useMessages(people);
  const shown = state.ok && state.data ? (state.data as { password: string }).password : null;
  return (
    <form
      {...formProps}
      onSubmit={(e) => {
        if (!window.confirm(fill(t.confirmResetPassword, { username }))) {
          e.preventDefault();
          return;
        }
        formProps.onSubmit(e);
      }}
      className="flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="userId" value={userId} />
      <button disabled={pending} className="rounded border border-slate-400 px-2 py-0.5 text-slate-800 hover:bg-slate-50">
        {t.resetPassword}
      </button>
      {shown ? (
        <p role="status" className="rounded bg-amber-50 px-2 py-1 text-amber-900" data-testid="one-time-password">
          {t.oneTimePassword} <code className="select-all font-mono">{shown}</code>
          {t.oneTimePasswordNote}
        </p>
      ) : (
        <ActionMessage state={state} />
      )}
    </form>
  );
}
