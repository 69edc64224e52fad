"use client";

import { INITIAL } from "@/lib/actions/result";
import { confirmMailAction, mailSettingsAction, markReadAction } from "@/lib/notifications/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { Field } from "@/components/ui/Field";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { notifications } from "@/lib/i18n/messages/notifications";

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
  const t = useMessages(notifications);
  const lang = useLang();
  const values = state.ok ? undefined : state.values;
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="mail-heading">
      <h2 id="mail-heading" className="font-semibold">
        {t.mailHeading}
      </h2>
      {!smtp && <p className="text-xs text-slate-500">{t.noSmtp}</p>}
      <Field
        name="email"
        zh={t.mailAddress}
        en={lang === "zh" ? notifications.en.mailAddress : ""}
        type="email"
        defaultValue={values?.email ?? email ?? ""}
        errors={state.ok ? undefined : state.fieldErrors}
        hint={t.mailHint}
      />
      {pendingEmail && (
        <p className="text-xs text-amber-900" data-testid="pending-email">
          {fill(t.pendingEmail, { email: pendingEmail })}
        </p>
      )}
      <fieldset className="text-sm">
        <legend className="mb-1 font-medium">{t.how}</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="digest" value="each" defaultChecked={!digest} /> {t.eachEvent}
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="digest" value="daily" defaultChecked={digest} /> {t.dailyDigest}
        </label>
      </fieldset>
      <div className="flex items-center gap-3">
        <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700">
          {t.save}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}

/** The button on the page a confirmation link opens (a link alone changes nothing: mail scanners open links too). */
export function ConfirmMailForm({ token }: { token: string }) {
  const { state, pending, formProps } = useKeptFormAction(confirmMailAction, INITIAL);
  const t = useMessages(notifications);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700">
        {t.confirm}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
