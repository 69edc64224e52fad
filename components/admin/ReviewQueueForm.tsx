"use client";

import Link from "next/link";
import { Fragment } from "react";
import { INITIAL } from "@/lib/actions/result";
import { bulkReviewAction } from "@/lib/workflow/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { review } from "@/lib/i18n/messages/review";

export type QueueRow = {
  value: string;
  href: string;
  kind: string;
  title: string;
  department: string;
  year: number;
  revision: boolean;
  /** A revision: each field's approved and revised value in words, changed ones marked. */
  diff: { field: string; label: string; before: string; after: string; changed: boolean }[] | null;
  /** 部门负责人 who passed it and when (Beijing time), with the department-review step on. */
  deptApproved: string | null;
  /** Who submitted it and when, in words in the college's time (2026年12月6日 14:05). */
  submitter: string;
  submittedAt: string;
  /** The kind's key figures, label and value in words. */
  figures: { field: string; label: string; text: string }[];
};

/** `step`: a department head's queue approves at the department step, everyone else's at the office's. */
export function ReviewQueueForm({ rows, step = "office" }: { rows: QueueRow[]; step?: "department" | "office" }) {
  const t = useMessages(review);
  const showPassed = rows.some((r) => r.deptApproved);
  const { state, pending, formProps } = useKeptFormAction(bulkReviewAction, INITIAL);
  const reasonError = !state.ok ? state.fieldErrors?.reason?.join(t.errorSeparator) : undefined;
  return (
    <form {...formProps} className="space-y-3">
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
      {rows.length === 0 && <p className="text-slate-500">{t.nothing}</p>}
      {rows.length > 0 && (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    <label className="flex items-center gap-1 whitespace-nowrap text-xs font-normal">
                      <input
                        type="checkbox"
                        data-testid="select-all"
                        onChange={(e) => {
                          const all = e.currentTarget;
                          all.form?.querySelectorAll<HTMLInputElement>('input[name="item"]').forEach((c) => {
                            c.checked = all.checked;
                          });
                        }}
                      />
                      {t.selectAll}
                    </label>
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.kind}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.name}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.keyFigures}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.department}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.submitter}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.submittedAt}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t.year}
                  </th>
                  {showPassed && (
                    <th scope="col" className="px-3 py-2">
                      {t.deptHead}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((r) => (
                  <Fragment key={r.value}>
                    <tr className="align-top">
                      <td className="px-3 py-2">
                        <input type="checkbox" name="item" value={r.value} aria-label={fill(t.select, { title: r.title })} />
                      </td>
                      <td className="px-3 py-2">
                        {r.kind}
                        {r.revision && <span className="ml-1 rounded bg-amber-100 px-1 text-xs">{t.revision}</span>}
                      </td>
                      <td className="px-3 py-2">
                        <Link href={r.href} className="text-brand-700 hover:underline">
                          {r.title || t.untitled}
                        </Link>
                      </td>
                      <td className="px-3 py-2 text-xs text-slate-700" data-testid="key-figures">
                        {r.figures.map((f) => (
                          <span key={f.field} className="mr-2 inline-block whitespace-nowrap">
                            <span className="text-slate-500">{fill(t.figureLabel, { label: f.label })}</span>
                            {f.text}
                          </span>
                        ))}
                      </td>
                      <td className="px-3 py-2">{r.department}</td>
                      <td className="whitespace-nowrap px-3 py-2" data-testid="submitter">
                        {r.submitter || "—"}
                      </td>
                      <td className="whitespace-nowrap px-3 py-2" data-testid="submitted-at">
                        {r.submittedAt}
                      </td>
                      <td className="px-3 py-2">{r.year}</td>
                      {showPassed && (
                        <td className="px-3 py-2" data-testid="dept-approved">
                          {r.deptApproved}
                        </td>
                      )}
                    </tr>
                    {r.diff && (
                      <tr>
                        <td colSpan={showPassed ? 9 : 8} className="px-3 pb-3">
                          <RevisionDiff title={r.title} rows={r.diff} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <button
              name="_transition"
              value={step === "department" ? "deptApprove" : "approve"}
              disabled={pending}
              onClick={(e) => {
                const n = e.currentTarget.form?.querySelectorAll('input[name="item"]:checked').length ?? 0;
                if (n > 0 && !window.confirm(t.confirmApprove(n))) e.preventDefault();
              }}
              className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
            >
              {step === "department" ? t.deptApproveSelected : t.approveSelected}
            </button>
            <label className="text-sm">
              {t.returnReason}{" "}
              <input
                name="reason"
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={reasonError ? "reason-error" : undefined}
                className={`ml-1 rounded border px-2 py-1 ${reasonError ? "border-rose-500" : "border-slate-300"}`}
              />
              {reasonError && (
                <span id="reason-error" className="ml-2 text-xs text-rose-700">
                  {reasonError}
                </span>
              )}
            </label>
            <button
              name="_transition"
              value="return"
              disabled={pending}
              className="rounded bg-rose-600 px-3 py-1.5 text-sm text-white hover:bg-rose-700"
            >
              {t.returnSelected}
            </button>
          </div>
        </>
      )}
    </form>
  );
}

/** Approved and revised values side by side; changed fields highlighted and labelled (not by colour alone). */
function RevisionDiff({ title, rows }: { title: string; rows: NonNullable<QueueRow["diff"]> }) {
  const t = useMessages(review);
  const changed = rows.filter((r) => r.changed).length;
  return (
    <details open className="rounded border border-amber-200 bg-amber-50/40 text-xs" data-testid="revision-diff">
      <summary className="cursor-pointer px-2 py-1 text-slate-700">{t.diffSummary(changed)}</summary>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed border-t border-amber-200" aria-label={fill(t.diffTable, { title })}>
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col" className="w-28 px-2 py-1 font-medium">
                {t.field}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {t.before}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {t.after}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr
                key={d.field}
                data-field={d.field}
                data-changed={d.changed ? "true" : undefined}
                className={d.changed ? "bg-amber-100 font-medium" : "text-slate-500"}
              >
                <th scope="row" className="px-2 py-1 text-left align-top font-normal">
                  {d.label}
                  {d.changed && <span className="ml-1 rounded bg-amber-300 px-1 text-[10px] text-amber-950">{t.changed}</span>}
                </th>
                <td className={`break-words px-2 py-1 align-top ${d.changed ? "text-rose-800 line-through decoration-rose-400" : ""}`}>
                  {d.before || "—"}
                </td>
                <td className={`break-words px-2 py-1 align-top ${d.changed ? "text-emerald-900" : ""}`}>{d.after || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
