"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { INITIAL } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/define";
import { people } from "@/lib/i18n/messages/people";
import { createDepartmentAction, editDepartmentAction } from "@/lib/departments/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { ActionMessage } from "@/components/ui/ActionMessage";

const input = "rounded border border-slate-300 px-2 py-1";

export function NewDepartmentForm() {
  const { state, pending, formProps } = useKeptFormAction(createDepartmentAction, INITIAL, { resetOnSuccess: true });
  const t = useMessages(people);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <label>
        {t.departmentName}
        <input name="name" required maxLength={50} className={`ml-1 ${input}`} />
      </label>
      <label>
        {t.shortName}
        <input name="shortName" maxLength={20} className={`ml-1 w-24 ${input}`} />
      </label>
      <label>
        {t.code}
        <input name="code" maxLength={20} placeholder={t.optional} className={`ml-1 w-24 ${input}`} />
      </label>
      <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60">
        {t.newDepartment}
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
  const t = useMessages(people);
  const d = department;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2 text-sm" aria-label={fill(t.departmentForm, { name: d.name })}>
      <input type="hidden" name="id" value={d.id} />
      <input
        name="name"
        defaultValue={d.name}
        aria-label={fill(t.nameOf, { name: d.name })}
        required
        maxLength={50}
        // On a phone the name has a line of its own: squeezed beside the short name and code it showed three characters.
        className={`min-w-0 flex-1 basis-full sm:basis-0 ${input}`}
      />
      <input
        name="shortName"
        defaultValue={d.shortName ?? ""}
        aria-label={fill(t.shortNameOf, { name: d.name })}
        maxLength={20}
        className={`w-24 ${input}`}
      />
      <input name="code" defaultValue={d.code} aria-label={fill(t.codeOf, { name: d.name })} maxLength={20} className={`w-28 ${input}`} />
      <button name="_op" value="save" disabled={pending} className="rounded bg-slate-700 px-2 py-1 text-white">
        {t.save}
      </button>
      <button
        name="_op"
        value="up"
        disabled={pending || first}
        aria-label={fill(t.moveUp, { name: d.name })}
        className="rounded border border-slate-300 px-2 py-1 disabled:opacity-40"
      >
        ↑
      </button>
      <button
        name="_op"
        value="down"
        disabled={pending || last}
        aria-label={fill(t.moveDown, { name: d.name })}
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
          if (d.active && !window.confirm(fill(t.confirmDeactivateDepartment, { name: d.name }))) e.preventDefault();
        }}
      >
        {d.active ? t.deactivate : t.activate}
      </button>
      {!records && (
        <button
          name="_op"
          value="delete"
          disabled={pending}
          className="rounded bg-rose-700 px-2 py-1 text-white"
          onClick={(e) => {
            if (!window.confirm(fill(t.confirmDeleteDepartment, { name: d.name }))) e.preventDefault();
          }}
        >
          {t.delete}
        </button>
      )}
      <ActionMessage state={state} />
    </form>
  );
}
