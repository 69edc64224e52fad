"use client";

import { INITIAL, type ActionResult } from "@/lib/actions/result";
import { invitePartnerAction, partnerTransitionAction, savePartnerReportAction, uploadPartnerPhotoAction } from "@/lib/partners/actions";
import { ActionMessage } from "@/components/ui/ActionMessage";
import { Field } from "@/components/ui/Field";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

const button = "rounded bg-brand-600 px-3 py-1.5 text-sm text-white disabled:opacity-50";
const valuesOf = (state: ActionResult) => (!state.ok ? (state.values ?? {}) : {});
const errorsOf = (state: ActionResult) => (!state.ok ? state.fieldErrors : undefined);

export function InvitePartnerForm() {
  const { state, pending, formProps } = useKeptFormAction(invitePartnerAction, INITIAL, { resetOnSuccess: true });
  const v = valuesOf(state);
  const errors = errorsOf(state);
  return (
    <form {...formProps} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2" aria-label="邀请合作企业">
      <Field name="name" zh="企业名称" en="Enterprise" required defaultValue={v.name} errors={errors} />
      <Field name="slug" zh="网址标识" en="Slug" required defaultValue={v.slug} errors={errors} hint="如 huatong-auto，用于公开网址" />
      <Field name="contact" zh="联系人" en="Contact" required defaultValue={v.contact} errors={errors} />
      <Field name="phone" zh="联系电话" en="Phone" defaultValue={v.phone} errors={errors} />
      <Field name="username" zh="登录名" en="Username" required defaultValue={v.username} errors={errors} />
      <Field
        name="password"
        zh="初始密码"
        en="Password"
        type="password"
        autoComplete="new-password"
        errors={errors}
        hint="留空则生成一次性密码，只显示一次（blank: a one-time password is shown once）"
      />
      <div className="space-y-2 sm:col-span-2">
        <button disabled={pending} className={button}>
          邀请企业
        </button>
        <div data-testid="invite-result">
          <ActionMessage state={state} />
        </div>
      </div>
    </form>
  );
}

export type PartnerReportValues = Record<string, string>;

const TEXTAREAS: [string, string, string, boolean][] = [
  ["profile", "企业简介", "Enterprise profile", true],
  ["programmes", "共建专业与项目说明", "Joint programmes", false],
  ["results", "合作成效", "Results of the partnership", true],
];

function TextArea({
  name,
  zh,
  en,
  required,
  value,
  errors,
}: {
  name: string;
  zh: string;
  en: string;
  required: boolean;
  value?: string;
  errors?: Record<string, string[]>;
}) {
  const err = errors?.[name] ?? [];
  return (
    <div className="text-sm sm:col-span-2">
      <label htmlFor={`field-${name}`} className="mb-1 block font-medium">
        {zh}{" "}
        {required && (
          <span className="text-rose-600" aria-hidden>
            *
          </span>
        )}
        <span className="ml-1 text-xs font-normal text-slate-500">{en}</span>
      </label>
      <textarea
        id={`field-${name}`}
        name={name}
        rows={4}
        defaultValue={value}
        aria-invalid={err.length > 0 || undefined}
        className={`w-full rounded border px-2 py-1.5 ${err.length ? "border-rose-500" : "border-slate-300"}`}
      />
      {err.length > 0 && <p className="mt-1 text-xs text-rose-700">{err.join("；")}</p>}
    </div>
  );
}

/** The structured annual report form of a partner enterprise (one year). */
export function PartnerReportForm({ year, version, saved }: { year: number; version?: number; saved: PartnerReportValues }) {
  const { state, pending, formProps } = useKeptFormAction(savePartnerReportAction, INITIAL);
  const v = { ...saved, ...valuesOf(state) };
  const errors = errorsOf(state);
  const num = (name: string, zh: string, en: string, unit: string, step = "1") => (
    <Field name={name} zh={`${zh}（${unit}）`} en={en} required type="number" min={0} step={step} defaultValue={v[name]} errors={errors} />
  );
  return (
    <form {...formProps} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2" aria-label="企业年度报告">
      <input type="hidden" name="_year" value={year} />
      {version !== undefined && <input type="hidden" name="_version" value={version} />}
      <Field name="industry" zh="所属行业" en="Industry" required defaultValue={v.industry} errors={errors} />
      <div />
      {TEXTAREAS.slice(0, 1).map(([n, zh, en, r]) => (
        <TextArea key={n} name={n} zh={zh} en={en} required={r} value={v[n]} errors={errors} />
      ))}
      {num("studentsTaken", "接收学生", "Students taken on", "人")}
      {num("jointProgrammes", "共建专业（订单班）", "Joint programmes", "个")}
      {num("equipmentInvestment", "设备投入", "Equipment investment", "万元", "0.01")}
      {num("trainingInvestment", "培训投入", "Training investment", "万元", "0.01")}
      {num("jobsOffered", "提供就业岗位", "Jobs offered", "个")}
      <div />
      {TEXTAREAS.slice(1).map(([n, zh, en, r]) => (
        <TextArea key={n} name={n} zh={zh} en={en} required={r} value={v[n]} errors={errors} />
      ))}
      <Field name="caseTitle" zh="案例标题" en="Case title" required defaultValue={v.caseTitle} errors={errors} />
      <div />
      <TextArea name="caseBody" zh="案例正文" en="Case" required value={v.caseBody} errors={errors} />
      <div className="space-y-2 sm:col-span-2">
        <button disabled={pending} className={button}>
          保存
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}

const TRANSITION_LABEL: Record<string, string> = { submit: "提交审核", withdraw: "撤回", approve: "审核通过", return: "退回修改" };

/** The workflow buttons of one report; `return` asks for a reason. */
export function PartnerTransitionForm({ id, version, transitions }: { id: string; version: number; transitions: string[] }) {
  const { state, pending, formProps } = useKeptFormAction(partnerTransitionAction, INITIAL);
  // After the last possible step (approved, returned) the buttons go, but the result line stays.
  if (!transitions.length) return <ActionMessage state={state} />;
  return (
    <form {...formProps} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-label="审核与提交">
      <input type="hidden" name="_id" value={id} />
      <input type="hidden" name="_version" value={version} />
      {transitions.includes("return") && (
        <label className="block">
          退回原因 <span className="text-xs text-slate-500">Reason (to return)</span>
          <textarea name="reason" rows={2} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
        </label>
      )}
      <div className="flex gap-2">
        {transitions.map((t) => (
          <button
            key={t}
            name="_transition"
            value={t}
            disabled={pending}
            className={t === "return" || t === "withdraw" ? "rounded border border-slate-400 px-3 py-1.5" : button}
          >
            {TRANSITION_LABEL[t] ?? t}
          </button>
        ))}
      </div>
      <ActionMessage state={state} />
    </form>
  );
}

export function PartnerPhotoForm({ year }: { year: number }) {
  const { state, pending, formProps } = useKeptFormAction(uploadPartnerPhotoAction, INITIAL, { resetOnSuccess: true });
  return (
    <form
      {...formProps}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      aria-label="上传案例照片"
    >
      <input type="hidden" name="_year" value={year} />
      <label>
        照片 <span className="text-xs text-slate-500">Photo</span>
        <input type="file" name="file" accept="image/jpeg,image/png,image/webp" className="ml-1" />
      </label>
      <label>
        图题 <span className="text-xs text-slate-500">Caption</span>
        <input name="caption" className="ml-1 rounded border border-slate-300 px-2 py-1" />
      </label>
      <button disabled={pending} className={button}>
        上传照片
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
