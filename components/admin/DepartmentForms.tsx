"use client";

import { INITIAL } from "@/lib/actions/result";
import { createDepartmentAction, editDepartmentAction } from "@/lib/departments/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";

const input = "rounded border border-slate-300 px-2 py-1";

export function NewDepartmentForm() {
  const { state, pending, formProps } = useKeptFormAction(createDepartmentAction, INITIAL, { resetOnSuccess: true });
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <label>
        部门名称 <span className="text-xs text-slate-500">Name</span>
        <input name="name" required maxLength={50} className={`ml-1 ${input}`} />
      </label>
      <label>
        简称 <span className="text-xs text-slate-500">Short</span>
        <input name="shortName" maxLength={20} className={`ml-1 w-24 ${input}`} />
      </label>
      <label>
        代码 <span className="text-xs text-slate-500">Code</span>
        <input name="code" maxLength={20} placeholder="可留空" className={`ml-1 w-24 ${input}`} />
      </label>
      <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60">
        新建部门
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

export function DepartmentRowForm({
  department,
  first,
  last,
  records,
}: {
  department: { id: string; name: string; shortName: string | null; code: string; active: boolean };
  first: boolean;
  last: boolean;
  records: boolean; // users or records point at it: deleting would be refused
}) {
  const { state, pending, formProps } = useKeptFormAction(editDepartmentAction, INITIAL);
  const d = department;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2 text-sm" aria-label={`部门 ${d.name}`}>
      <input type="hidden" name="id" value={d.id} />
      <input
        name="name"
        defaultValue={d.name}
        aria-label={`名称（${d.name}）`}
        required
        maxLength={50}
        className={`min-w-0 flex-1 ${input}`}
      />
      <input
        name="shortName"
        defaultValue={d.shortName ?? ""}
        aria-label={`简称（${d.name}）`}
        maxLength={20}
        className={`w-24 ${input}`}
      />
      <input name="code" defaultValue={d.code} aria-label={`代码（${d.name}）`} maxLength={20} className={`w-28 ${input}`} />
      <button name="_op" value="save" disabled={pending} className="rounded bg-slate-700 px-2 py-1 text-white">
        保存
      </button>
      <button
        name="_op"
        value="up"
        disabled={pending || first}
        aria-label={`上移 ${d.name}`}
        className="rounded border border-slate-300 px-2 py-1 disabled:opacity-40"
      >
        ↑
      </button>
      <button
        name="_op"
        value="down"
        disabled={pending || last}
        aria-label={`下移 ${d.name}`}
        className="rounded border border-slate-300 px-2 py-1 disabled:opacity-40"
      >
        ↓
      </button>
      <button
        name="_op"
        value={d.active ? "deactivate" : "activate"}
        disabled={pending}
        className={`rounded px-2 py-1 text-white ${d.active ? "bg-amber-700" : "bg-emerald-700"}`}
        onClick={(e) => {
          if (d.active && !window.confirm(`停用部门「${d.name}」？停用后不能再新建该部门的记录（可重新启用）。`)) e.preventDefault();
        }}
      >
        {d.active ? "停用" : "启用"}
      </button>
      {!records && (
        <button
          name="_op"
          value="delete"
          disabled={pending}
          className="rounded bg-rose-700 px-2 py-1 text-white"
          onClick={(e) => {
            if (!window.confirm(`删除部门「${d.name}」？此操作不能撤销。`)) e.preventDefault();
          }}
        >
          删除
        </button>
      )}
      <ActionMessage state={state} />
    </form>
  );
}
