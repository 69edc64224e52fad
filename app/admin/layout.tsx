import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { may } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { enumLabel } from "@/lib/records/labels";
import { Bell } from "@/components/notifications/Bell";
import { unreadCount } from "@/lib/notifications/service";
import { usedModules } from "@/lib/admin/modules";
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
  const modules = await usedModules();
  return (
    <div className="space-y-6">
      <nav className="flex flex-wrap items-center gap-4 rounded-lg bg-brand-800 px-4 py-2 text-sm text-white" aria-label="管理导航">
        <Link href="/admin/todo" className="hover:underline">
          待办
        </Link>
        <Link href="/admin/records" className="hover:underline">
          数据填报
        </Link>
        {may(actor, "sections.own") && (
          <Link href="/admin/my-sections" className="hover:underline">
            我的章节
          </Link>
        )}
        {may(actor, "tasks.own") && (
          <Link href="/admin/tasks/mine" className="hover:underline">
            我的任务
          </Link>
        )}
        {may(actor, "review.queue") && (
          <Link href="/admin/review" className="hover:underline">
            审核队列
          </Link>
        )}
        {may(actor, "review.queue") && (
          <Link href="/admin/dashboard" className="hover:underline">
            填报进度
          </Link>
        )}
        {may(actor, "tasks.manage") && (
          <Link href="/admin/tasks" className="hover:underline">
            任务看板
          </Link>
        )}
        {may(actor, "report.preview") && (
          <Link href="/admin/report" className="hover:underline">
            年报预览与发布
          </Link>
        )}
        {may(actor, "users.manage") && (
          <Link href="/admin/users" className="hover:underline">
            用户管理
          </Link>
        )}
        {may(actor, "partners.review") && modules.partners && (
          <Link href="/admin/partners" className="hover:underline">
            合作企业年报
          </Link>
        )}
        {may(actor, "years.manage") && (
          <Link href="/admin/years" className="hover:underline">
            报告年度
          </Link>
        )}
        {may(actor, "rulePacks.read") && modules.rulePacks && (
          <Link href="/admin/rule-packs" className="hover:underline">
            规则包
          </Link>
        )}
        {may(actor, "departments.manage") && (
          <Link href="/admin/departments" className="hover:underline">
            部门管理
          </Link>
        )}
        {may(actor, "institution.manage") && (
          <Link href="/admin/settings" className="hover:underline">
            学校设置
          </Link>
        )}
        <span className="ml-auto">
          <Bell unread={await unreadCount({ actor })} />
        </span>
        <Link href="/admin/account" className="text-brand-100 hover:underline" data-testid="whoami">
          {actor.displayName}（{enumLabel(actor.role)}）
        </Link>
        <SignOutButton />
      </nav>
      {children}
    </div>
  );
}
