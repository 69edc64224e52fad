"use client";

import { INITIAL } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/define";
import { province } from "@/lib/i18n/messages/province";
import { handInAction, type HandInOutcome } from "@/lib/province/actions";
import { useMessages } from "@/components/i18n/LangProvider";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

/** Upload one package (a college's account) or several at once (an admin importing a folder); each file's outcome is listed. */
export function HandInForm({ many }: { many: boolean }) {
  const t = useMessages(province);
  const { state, pending, formProps } = useKeptFormAction(handInAction, INITIAL, { resetOnSuccess: true });
  const outcomes = state.ok ? ((state.data as HandInOutcome[] | undefined) ?? []) : [];
  return (
    <form {...formProps} aria-label={t.handInButton} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <label className="block">
        <span className="mb-1 block font-medium">{many ? t.packageFiles : t.packageFile}</span>
        <input name="package" type="file" required multiple={many} accept=".zip,application/zip" />
      </label>
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t.handingIn : t.handInButton}
      </button>
      {!state.ok && (
        <div role="alert" className="text-rose-700">
          <p>{state.message}</p>
        </div>
      )}
      {outcomes.length > 0 && (
        <ul className="space-y-2" data-testid="hand-in-results">
          {outcomes.map((o, i) =>
            o.result ? (
              <li key={i} role="status" className="rounded bg-emerald-50 p-2 text-emerald-800">
                {fill(t.pair, {
                  label: o.file,
                  value:
                    o.result.status === "duplicate"
                      ? t.alreadyHandedIn
                      : fill(t.handedIn, { college: o.result.college.name, year: o.result.year, version: o.result.editionVersion }),
                })}
              </li>
            ) : (
              <li key={i} role="alert" className="rounded bg-rose-50 p-2 text-rose-800">
                <p className="font-medium">{fill(t.pair, { label: o.file, value: t.refused })}</p>
                <ul className="list-disc pl-5">
                  {o.problems.map((p, j) => (
                    <li key={j}>{p}</li>
                  ))}
                </ul>
              </li>
            ),
          )}
        </ul>
      )}
    </form>
  );
}
