"use client";

import { INITIAL } from "@/lib/actions/result";
import { updateInstitutionAction } from "@/lib/institution/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { InstitutionFields, type InstitutionValues } from "@/components/setup/InstitutionFields";
import { Field } from "@/components/ui/Field";
import { CollegeIdentityFields } from "@/components/admin/CollegeIdentityFields";

type SignoffValues = {
  departmentReview: boolean;
  leaderSignoff: boolean;
  legalRepresentative: string | null;
  accountContact: string | null;
  declarationText: string | null;
};

export function InstitutionForm({
  values,
  logoFileId,
  defaultDeclaration,
}: {
  values: InstitutionValues & SignoffValues & { code?: string | null; collegeType?: string | null };
  logoFileId: string | null;
  defaultDeclaration: string;
}) {
  const { state, pending, formProps } = useKeptFormAction(updateInstitutionAction, INITIAL);
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
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
      <InstitutionFields values={values} errors={!state.ok ? state.fieldErrors : undefined} />
      <CollegeIdentityFields values={values} errors={!state.ok ? state.fieldErrors : undefined} />
      {logoFileId && (
        <div className="flex items-center gap-3 text-sm">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload served by our own route */}
          <img src={`/files/${logoFileId}/thumb`} alt="当前校徽" className="h-16 w-16 rounded border border-slate-200 object-contain" />
          <label className="flex items-center gap-1">
            <input type="checkbox" name="removeLogo" /> 移除校徽 <span className="text-xs text-slate-500">Remove logo</span>
          </label>
        </div>
      )}
      <fieldset className="space-y-3 rounded border border-slate-200 p-3 text-sm">
        <legend className="px-1 font-medium">
          审核与审定 <span className="text-xs font-normal text-slate-500">Review chain and sign-off</span>
        </legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="departmentReview" defaultChecked={values.departmentReview} />
          部门负责人审核：各部门提交的数据先经本部门负责人审核通过，再交质量办审核
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="leaderSignoff" defaultChecked={values.leaderSignoff} />
          校领导审定：报告须经校领导审定后才能发布
        </label>
        <Field
          name="accountContact"
          zh="账号问题联系人"
          en="Account contact"
          defaultValue={values.accountContact ?? ""}
          errors={!state.ok ? state.fieldErrors : undefined}
          maxLength={100}
          hint="显示在登录页：忘记密码时找谁（如：质量办 王老师 0531-88886666）；管理员在「用户管理」中重置密码"
        />
        <Field
          name="legalRepresentative"
          zh="法定代表人"
          en="Legal representative"
          defaultValue={values.legalRepresentative ?? ""}
          errors={!state.ok ? state.fieldErrors : undefined}
          maxLength={30}
          hint="印在报告封面后的真实性责任声明中"
        />
        <label htmlFor="field-declarationText" className="block font-medium">
          真实性责任声明 <span className="ml-1 text-xs font-normal text-slate-500">Declaration (留空则使用默认文字)</span>
        </label>
        <textarea
          id="field-declarationText"
          name="declarationText"
          rows={5}
          maxLength={2000}
          defaultValue={values.declarationText ?? ""}
          placeholder={defaultDeclaration}
          className="w-full rounded border border-slate-300 px-2 py-1.5"
        />
        {!state.ok && state.fieldErrors?.declarationText && (
          <p className="text-xs text-rose-700">{state.fieldErrors.declarationText.join("；")}</p>
        )}
      </fieldset>
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        保存 Save
      </button>
    </form>
  );
}
