import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { may } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { enumLabel } from "@/lib/i18n/labels";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/login?callbackUrl=/admin");
  return (
    <div className="space-y-6">
      <nav className="flex flex-wrap items-center gap-4 rounded-lg bg-brand-800 px-4 py-2 text-sm text-white" aria-label="管理导航">
        <Link href="/admin/records" className="hover:underline">数据填报</Link>
        {may(actor, "review.queue") && <Link href="/admin/review" className="hover:underline">审核队列</Link>}
        {may(actor, "review.queue") && <Link href="/admin/dashboard" className="hover:underline">填报进度</Link>}
        {may(actor, "report.preview") && <Link href="/admin/report" className="hover:underline">年报预览与发布</Link>}
        {may(actor, "users.manage") && <Link href="/admin/users" className="hover:underline">用户管理</Link>}
        <span className="ml-auto text-brand-100" data-testid="whoami">{actor.displayName}（{enumLabel(actor.role)}）</span>
        <SignOutButton />
      </nav>
      {children}
    </div>
  );
}
