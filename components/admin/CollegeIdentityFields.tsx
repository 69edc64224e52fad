"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { pkg } from "@/lib/i18n/messages/package";
import { COLLEGE_TYPES } from "@/lib/package/schema";

/** 学校标识码 and 办学类型 in 学校设置: what the submission package names the college by (lib/package). */
export function CollegeIdentityFields({
  values,
  errors,
}: {
  values: { code?: string | null; collegeType?: string | null };
  errors?: Record<string, string[]>;
}) {
  const t = useMessages(pkg);
  const codeErrors = errors?.code ?? [];
  const typeErrors = errors?.collegeType ?? [];
  return (
    <fieldset className="grid gap-4 rounded border border-slate-200 p-3 text-sm sm:grid-cols-2">
      <legend className="px-1 font-medium">{t.identity}</legend>
      <div>
        <label htmlFor="field-code" className="mb-1 block font-medium">
          {t.code}
        </label>
        <input
          id="field-code"
          name="code"
          inputMode="numeric"
          maxLength={10}
          defaultValue={values.code ?? ""}
          aria-invalid={codeErrors.length > 0 || undefined}
          aria-describedby="field-code-hint"
          className={`w-full rounded border px-2 py-1.5 ${codeErrors.length ? "border-rose-500" : "border-slate-300"}`}
        />
        <p id="field-code-hint" className="mt-1 text-xs text-slate-500">
          {t.codeHint}
        </p>
        {codeErrors.map((e) => (
          <p key={e} className="text-xs text-rose-700">
            {e}
          </p>
        ))}
      </div>
      <div>
        <label htmlFor="field-collegeType" className="mb-1 block font-medium">
          {t.collegeType}
        </label>
        <select
          id="field-collegeType"
          name="collegeType"
          defaultValue={values.collegeType ?? ""}
          className="w-full rounded border border-slate-300 px-2 py-1.5"
        >
          <option value="">{t.collegeTypeNone}</option>
          {COLLEGE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t[type]}
            </option>
          ))}
        </select>
        {typeErrors.map((e) => (
          <p key={e} className="text-xs text-rose-700">
            {e}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
