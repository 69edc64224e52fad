"use client";

import { INITIAL } from "@/lib/actions/result";
import { setupAction } from "@/lib/institution/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { Field } from "@/components/ui/Field";
import { InstitutionFields } from "./InstitutionFields";
import { useMessages } from "@/components/i18n/LangProvider";
import { province } from "@/lib/i18n/messages/province";

export function SetupForm({ needAdmin }: { needAdmin: boolean }) {
  const { state, pending, formProps } = useKeptFormAction(setupAction, INITIAL);
  const errors = !state.ok ? state.fieldErrors : undefined;
  const p = useMessages(province);
  return (
    <form {...formProps} className="space-y-6" noValidate>
      {!state.ok && (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800">
          {state.message}
        </p>
      )}
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold text-brand-800">
          设置口令 <span className="text-sm font-normal text-slate-500">Set-up token</span>
        </legend>
        <Field
          name="setupToken"
          zh="设置口令"
          en="Set-up token"
          required
          autoComplete="off"
          spellCheck={false}
          errors={errors}
          hint="启动服务器时打印在日志中（npm start 的输出），或为 NIANBAO_SETUP_TOKEN 的值。Printed in the server's start-up log, or the value of NIANBAO_SETUP_TOKEN."
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
        <legend className="px-1 font-semibold text-brand-800">
          学校信息 <span className="text-sm font-normal text-slate-500">College</span>
        </legend>
        <InstitutionFields values={{}} errors={errors} />
      </fieldset>
      {needAdmin ? (
        <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold text-brand-800">
            第一位管理员 <span className="text-sm font-normal text-slate-500">First administrator</span>
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="username" zh="用户名" en="Username" required autoComplete="username" errors={errors} />
            <Field name="displayName" zh="姓名" en="Name" required errors={errors} />
            <Field
              name="password"
              zh="密码"
              en="Password"
              type="password"
              required
              autoComplete="new-password"
              errors={errors}
              hint="至少10位，包含大写字母、小写字母、数字、符号中的至少三类"
            />
            <Field
              name="passwordConfirm"
              zh="确认密码"
              en="Confirm password"
              type="password"
              required
              autoComplete="new-password"
              errors={errors}
            />
          </div>
        </fieldset>
      ) : (
        <p className="rounded bg-slate-100 p-3 text-sm text-slate-700">
          已有管理员账号（由 <code>npm run user:create</code> 创建），完成设置后用它登录。
        </p>
      )}
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "正在保存…" : "完成设置 Finish set-up"}
      </button>
    </form>
  );
}
