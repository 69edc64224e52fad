import type { Metadata } from "next";
import Link from "next/link";
import { NewUserForm, ResetPasswordForm, UserRowForm } from "@/components/admin/UserForms";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { listUsers } from "@/lib/users/service";
import { translate } from "@/lib/i18n/server";
import { people } from "@/lib/i18n/messages/people";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(people)).t.usersTitle };
}

export default async function UsersPage() {
  const actor = await pageActor();
  const [users, ctx, { t }] = await Promise.all([guarded(() => listUsers({ actor })), formContext(), translate(people)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.usersTitle}</h1>
      <p className="text-sm">
        <Link href="/admin/users/import" className="rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
          {t.importFromSheet}
        </Link>
      </p>
      <NewUserForm departments={ctx.departments} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t.username}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.displayName}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.state}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.roleAndDepartment}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.password}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id}>
                <td className="px-3 py-2">{u.username}</td>
                <td className="px-3 py-2">{u.displayName}</td>
                <td className="px-3 py-2">{u.active ? t.active : t.inactive}</td>
                <td className="px-3 py-2">
                  {u.role === "PARTNER" ? (
                    // A partner's sign-in belongs to its enterprise; it is managed with the enterprise.
                    <Link href="/admin/partners" className="text-sky-800 underline">
                      {t.partnerAccount}
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
                  {/* The admin's own password is changed under My account; a deactivated account is activated first. */}
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
