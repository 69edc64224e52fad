"use client";

import { INITIAL } from "@/lib/actions/result";
import { createUserAction, resetPasswordAction, updateUserAction } from "@/lib/users/actions";
import type { Option } from "./RecordForm";
import { type UserRole, USER_ROLES } from "@/lib/users/roles";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";

const ROLE_NAMES: Record<UserRole, string> = {
  STAFF: "系部填报员",
  REVIEWER: "审核员",
  DEPT_HEAD: "部门负责人",
  LEADER: "校领导",
  ADMIN: "管理员",
};
const ROLES: Option[] = USER_ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }));

export function NewUserForm({ departments }: { departments: Option[] }) {
  const { state, pending, formProps } = useKeptFormAction(createUserAction, INITIAL, { resetOnSuccess: true });
  const input = "rounded border border-slate-300 px-2 py-1";
  const v = !state.ok ? (state.values ?? {}) : {};
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <label>
        用户名
        <input name="username" required defaultValue={v.username} className={`ml-1 ${input}`} />
      </label>
      <label>
        姓名
        <input name="displayName" required defaultValue={v.displayName} className={`ml-1 ${input}`} />
      </label>
      <label>
        初始密码
        <input name="password" type="password" required minLength={8} className={`ml-1 ${input}`} />
      </label>
      <label>
        角色
        <select name="role" defaultValue={v.role ?? "STAFF"} className={`ml-1 ${input}`}>
          {ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        部门
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
        新建用户
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
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} aria-label="角色" className="rounded border border-slate-300 px-1 py-0.5">
        {ROLES.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <select
        name="departmentId"
        defaultValue={departmentId ?? ""}
        aria-label="部门"
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
        保存角色
      </button>
      <button
        name="_op"
        value={active ? "deactivate" : "activate"}
        disabled={pending}
        className={`rounded px-2 py-0.5 text-white ${active ? "bg-rose-700" : "bg-emerald-700"}`}
        onClick={(e) => {
          if (active && !window.confirm("停用该账号？停用后该用户不能再登录（可重新启用）。")) e.preventDefault();
        }}
      >
        {active ? "停用" : "启用"}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

/** 重置密码: asks once, then shows the one-time password once (it is not stored in the clear anywhere). */
export function ResetPasswordForm({ userId, username }: { userId: string; username: string }) {
  const { state, pending, formProps } = useKeptFormAction(resetPasswordAction, INITIAL);
  const shown = state.ok && state.data ? (state.data as { password: string }).password : null;
  return (
    <form
      {...formProps}
      onSubmit={(e) => {
        if (!window.confirm(`重置 ${username} 的密码？原密码将立即失效。（reset this password?）`)) {
          e.preventDefault();
          return;
        }
        formProps.onSubmit(e);
      }}
      className="flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="userId" value={userId} />
      <button disabled={pending} className="rounded border border-slate-400 px-2 py-0.5 text-slate-800 hover:bg-slate-50">
        重置密码
      </button>
      {shown ? (
        <p role="status" className="rounded bg-amber-50 px-2 py-1 text-amber-900" data-testid="one-time-password">
          一次性密码 <code className="select-all font-mono">{shown}</code>（只显示这一次，请当面或电话告知；首次登录须修改）
        </p>
      ) : (
        <ActionMessage state={state} />
      )}
    </form>
  );
}
