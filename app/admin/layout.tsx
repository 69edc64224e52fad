import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { may } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { enumLabel } from "@/lib/records/labels";
import { Bell } from "@/components/notifications/Bell";
import { unreadCount } from "@/lib/notifications/service";
import { usedModules } from "@/lib/admin/modules";
import { fill } from "@/lib/i18n/define";
import { adminFrame } from "@/lib/i18n/messages/adminFrame";
import { translate } from "@/lib/i18n/server";
import { installationKind, isDepartment } from "@/lib/institution/kind";
import { ProvinceFrame } from "@/components/province/ProvinceFrame";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/login?callbackUrl=/admin");
  // Convenience only: every admin page refuses partners itself (pageActor).
  if (actor.role === "PARTNER") redirect("/partner");
  const kind = await installationKind();
  if (isDepartment(kind)) return <ProvinceFrame actor={actor}>{children}</ProvinceFrame>;
  const [modules, { lang, t }] = await Promise.all([usedModules(), translate(adminFrame)]);
  return (
    <div className="space-y-6">
      <nav className="flex flex-wrap items-center gap-4 rounded-lg bg-brand-800 px-4 py-2 text-sm text-white" aria-label={t.menu}>
        <Link href="/admin/todo" className="hover:underline">
          {t.todo}
        </Link>
        <Link href="/admin/records" className="hover:underline">
          {t.records}
        </Link>
        {may(actor, "sections.own") && (
          <Link href="/admin/my-sections" className="hover:underline">
            {t.mySections}
          </Link>
        )}
        {may(actor, "tasks.own") && (
          <Link href="/admin/tasks/mine" className="hover:underline">
            {t.myTasks}
          </Link>
        )}
        {may(actor, "review.queue") && (
          <Link href="/admin/review" className="hover:underline">
            {t.review}
          </Link>
        )}
        {may(actor, "review.queue") && (
          <Link href="/admin/dashboard" className="hover:underline">
            {t.dashboard}
          </Link>
        )}
        {may(actor, "tasks.manage") && (
          <Link href="/admin/tasks" className="hover:underline">
            {t.tasks}
          </Link>
        )}
        {may(actor, "report.preview") && (
          <Link href="/admin/report" className="hover:underline">
            {t.report}
          </Link>
        )}
        {may(actor, "users.manage") && (
          <Link href="/admin/users" className="hover:underline">
            {t.users}
          </Link>
        )}
        {may(actor, "partners.review") && modules.partners && (
          <Link href="/admin/partners" className="hover:underline">
            {t.partners}
          </Link>
        )}
        {may(actor, "years.manage") && (
          <Link href="/admin/years" className="hover:underline">
            {t.years}
          </Link>
        )}
        {may(actor, "rulePacks.read") && modules.rulePacks && (
          <Link href="/admin/rule-packs" className="hover:underline">
            {t.rulePacks}
          </Link>
        )}
        {may(actor, "departments.manage") && (
          <Link href="/admin/departments" className="hover:underline">
            {t.departments}
          </Link>
        )}
        {may(actor, "institution.manage") && (
          <Link href="/admin/settings" className="hover:underline">
            {t.settings}
          </Link>
        )}
        <span className="ml-auto">
          <Bell unread={await unreadCount({ actor })} lang={lang} />
        </span>
        <Link href="/admin/account" className="text-brand-100 hover:underline" data-testid="whoami">
          {fill(t.whoami, { name: actor.displayName, role: enumLabel(actor.role, lang) })}
        </Link>
        <SignOutButton />
      </nav>
      {children}
    </div>
  );
}
