import Link from "next/link";
import { DepartmentRowForm, NewDepartmentForm } from "@/components/admin/DepartmentForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { authorize } from "@/lib/auth/policy";
import { departmentsWithUse } from "@/lib/departments/service";

export const metadata = { title: "部门管理" };

export default async function DepartmentsPage() {
  const actor = await pageActor();
  await guarded(() => authorize(actor, "departments.manage"));
  const departments = await departmentsWithUse();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        部门管理 <span className="text-sm font-normal text-slate-500">Departments</span>
      </h1>
      <p className="text-sm text-slate-600">
        停用的部门保留其记录和历史，但不能再新建记录；已有记录或用户的部门不能删除。列表顺序即报告和各列表中部门的顺序。
      </p>
      <p className="text-sm">
        <Link href="/admin/departments/import" className="rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
          从表格导入 <span className="text-xs">Import from spreadsheet</span>
        </Link>
      </p>
      <NewDepartmentForm />
      <ul className="space-y-2" data-testid="departments">
        {departments.map((d, i) => (
          <li
            key={d.id}
            className={`rounded-lg border p-3 ${d.active ? "border-slate-200 bg-white" : "border-dashed border-slate-400 bg-slate-50"}`}
          >
            <p className="mb-2 text-xs text-slate-500">
              {i + 1}. {d.active ? "启用" : "已停用"} · 用户 {d.users} 人
            </p>
            <DepartmentRowForm department={d} first={i === 0} last={i === departments.length - 1} records={d.users > 0} />
          </li>
        ))}
      </ul>
    </div>
  );
}
