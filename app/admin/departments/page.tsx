import type { Metadata } from "next";
import Link from "next/link";
import { DepartmentRowForm, NewDepartmentForm } from "@/components/admin/DepartmentForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { departmentsWithUse } from "@/lib/departments/service";
import { translate } from "@/lib/i18n/server";
import { people } from "@/lib/i18n/messages/people";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(people)).t.departmentsTitle };
}

export default async function DepartmentsPage() {
  const actor = await pageActor();
  await guarded(() => authorize(actor, "departments.manage"));
  const [departments, { t }] = await Promise.all([departmentsWithUse(), translate(people)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.departmentsTitle}</h1>
      <p className="text-sm text-slate-600">{t.departmentsNote}</p>
      <p className="text-sm">
        <Link href="/admin/departments/import" className="rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
          {t.importFromSheet}
        </Link>
      </p>
      <NewDepartmentForm />
      <ul className="space-y-2" data-testid="departments">
        {departments.map((d, i) => (
          <li
            key={d.id}
            className={`rounded-lg border p-3 ${d.active ? "border-slate-200 bg-white" : "border-dashed border-slate-400 bg-slate-50"}`}
          >
            <p className="mb-2 text-xs text-slate-500">{t.departmentLine(i + 1, d.active, d.users)}</p>
            <DepartmentRowForm department={d} first={i === 0} last={i === departments.length - 1} records={d.users > 0} />
          </li>
        ))}
      </ul>
    </div>
  );
}
