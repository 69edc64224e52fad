import Link from "next/link";
import { NewUserForm, ResetPasswordForm, UserRowForm } from "@/components/admin/UserForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { listUsers } from "@/lib/users/service";

export const metadata = { title: "用户管理" };

export default async function UsersPage() {
  const actor = await pageActor();
  const [users, ctx] = await Promise.all([guarded(() => listUsers({ actor })), formContext()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        用户管理 <span className="text-sm font-normal text-slate-500">Users</span>
      </h1>
      <p className="text-sm">
        <Link href="/admin/users/import" className="rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
          从表格导入 <span className="text-xs">Import from spreadsheet</span>
        </Link>
      </p>
      <NewUserForm departments={ctx.departments} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                用户名
              </th>
              <th scope="col" className="px-3 py-2">
                姓名
              </th>
              <th scope="col" className="px-3 py-2">
                状态
              </th>
              <th scope="col" className="px-3 py-2">
                角色与部门
              </th>
              <th scope="col" className="px-3 py-2">
                密码
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id}>
                <td className="px-3 py-2">{u.username}</td>
                <td className="px-3 py-2">{u.displayName}</td>
                <td className="px-3 py-2">{u.active ? "启用" : "已停用"}</td>
                <td className="px-3 py-2">
                  {u.role === "PARTNER" ? (
                    // A partner's sign-in belongs to its enterprise; it is managed with the enterprise.
                    <Link href="/admin/partners" className="text-sky-800 underline">
                      合作企业账号（在「合作企业年报」管理）
                    </Link>
                  ) : (
                    <UserRowForm
                      userId={u.id}
                      role={u.role}
                      departmentId={u.departmentId}
                      active={u.active}
                      departments={ctx.departments}
                    />
                  )}
                </td>
                <td className="px-3 py-2">
                  {/* The admin's own password is changed under 我的账号; a deactivated account is activated first. */}
                  {u.role !== "PARTNER" && u.active && u.id !== actor.id && <ResetPasswordForm userId={u.id} username={u.username} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
