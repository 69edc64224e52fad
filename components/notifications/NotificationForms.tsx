"use client";

import { INITIAL } from "@/lib/actions/result";
import { confirmMailAction, mailSettingsAction, markReadAction } from "@/lib/notifications/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { Field } from "@/components/ui/Field";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

/** 「标为已读」 for one notification, or 「全部标为已读」 without an id. */
export function MarkReadButton({ id, label }: { id?: string; label: string }) {
  const { state, pending, formProps } = useKeptFormAction(markReadAction, INITIAL);
  return (
    <form {...formProps} className="inline-flex items-center gap-2">
      {id && <input type="hidden" name="id" value={id} />}
      <button disabled={pending} className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-50">
        {label}
      </button>
      {!state.ok && <ActionMessage state={state} />}
    </form>
  );
}

/** The user's own mail address and 每条通知 / 每日汇总. */
export function MailSettingsForm({
  email,
  pendingEmail,
  digest,
  smtp,
}: {
  email: string | null;
  pendingEmail?: string | null;
  digest: boolean;
  smtp: boolean;
}) {
  const { state, pending, formProps } = useKeptFormAction(mailSettingsAction, INITIAL);
  const values = state.ok ? undefined : state.values;
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="mail-heading">
      <h2 id="mail-heading" className="font-semibold">
        邮件通知 <span className="text-xs font-normal text-slate-500">E-mail</span>
      </h2>
      {!smtp && <p className="text-xs text-slate-500">本站尚未配置邮件服务器，通知只在站内显示。</p>}
      <Field
        name="email"
        zh="通知邮箱"
        en="E-mail address"
        type="email"
        defaultValue={values?.email ?? email ?? ""}
        errors={state.ok ? undefined : state.fieldErrors}
        hint="留空则不发邮件；新邮箱须打开发到该邮箱的确认链接后才会使用"
      />
      {pendingEmail && (
        <p className="text-xs text-amber-900" data-testid="pending-email">
          待确认：{pendingEmail}（请打开发到该邮箱的链接 · waiting for its confirmation link）
        </p>
      )}
      <fieldset className="text-sm">
        <legend className="mb-1 font-medium">发送方式 · How</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="digest" value="each" defaultChecked={!digest} /> 每条通知一封 / each event
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="digest" value="daily" defaultChecked={digest} /> 每日汇总 / daily digest
        </label>
      </fieldset>
      <div className="flex items-center gap-3">
        <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700">
          保存 Save
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}

/** The button on the page a confirmation link opens (a link alone changes nothing: mail scanners open links too). */
export function ConfirmMailForm({ token }: { token: string }) {
  const { state, pending, formProps } = useKeptFormAction(confirmMailAction, INITIAL);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700">
        确认使用此邮箱 Confirm
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
