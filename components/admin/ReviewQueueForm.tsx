"use client";

import Link from "next/link";
import { INITIAL } from "@/lib/actions/result";
import { bulkReviewAction } from "@/lib/workflow/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

export type QueueRow = {
  value: string;
  href: string;
  kind: string;
  title: string;
  department: string;
  year: number;
  revision: boolean;
  changes: [string, unknown, unknown][];
};

export function ReviewQueueForm({ rows }: { rows: QueueRow[] }) {
  const { state, pending, formProps } = useKeptFormAction(bulkReviewAction, INITIAL);
  const reasonError = !state.ok ? state.fieldErrors?.reason?.join("；") : undefined;
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
      {rows.length === 0 && <p className="text-slate-500">暂无待审核记录（nothing to review）</p>}
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
                      全选
                    </label>
                  </th>
                  <th scope="col" className="px-3 py-2">
                    类型
                  </th>
                  <th scope="col" className="px-3 py-2">
                    名称
                  </th>
                  <th scope="col" className="px-3 py-2">
                    部门
                  </th>
                  <th scope="col" className="px-3 py-2">
                    年度
                  </th>
                  <th scope="col" className="px-3 py-2">
                    修订内容（原 → 新）
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((r) => (
                  <tr key={r.value} className="align-top">
                    <td className="px-3 py-2">
                      <input type="checkbox" name="item" value={r.value} aria-label={`选择 ${r.title}`} />
                    </td>
                    <td className="px-3 py-2">
                      {r.kind}
                      {r.revision && <span className="ml-1 rounded bg-amber-100 px-1 text-xs">修订</span>}
                    </td>
                    <td className="px-3 py-2">
                      <Link href={r.href} className="text-brand-700 hover:underline">
                        {r.title || "（无标题）"}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{r.department}</td>
                    <td className="px-3 py-2">{r.year}</td>
                    <td className="px-3 py-2 text-xs">
                      {r.changes.map(([f, b, a]) => (
                        <div key={f}>
                          <span className="text-slate-500">{f}：</span>
                          <span className="text-rose-700 line-through">{JSON.stringify(b)}</span> →{" "}
                          <span className="text-emerald-700">{JSON.stringify(a)}</span>
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <button
              name="_transition"
              value="approve"
              disabled={pending}
              onClick={(e) => {
                const n = e.currentTarget.form?.querySelectorAll('input[name="item"]:checked').length ?? 0;
                if (n > 0 && !window.confirm(`确认通过所选 ${n} 条记录？（approve ${n} selected）`)) e.preventDefault();
              }}
              className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
            >
              通过所选 Approve selected
            </button>
            <label className="text-sm">
              退回原因{" "}
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
              退回所选 Return selected
            </button>
          </div>
        </>
      )}
    </form>
  );
}
