import { SignOutButton } from "@/components/auth/SignOutButton";
import Link from "next/link";
import { partnerPageActor } from "@/lib/admin/guard";

export const dynamic = "force-dynamic";

/** The partner enterprise's own corner: its reports, nothing else. Every page asks partnerPageActor itself. */
export default async function PartnerLayout({ children }: { children: React.ReactNode }) {
  const actor = await partnerPageActor();
  return (
    <div className="space-y-6">
      <nav className="flex flex-wrap items-center gap-4 rounded-lg bg-brand-800 px-4 py-2 text-sm text-white" aria-label="企业导航">
        <Link href="/partner" className="hover:underline">
          企业年度报告
        </Link>
        <Link href="/partner/account" className="ml-auto text-brand-100 hover:underline" data-testid="whoami">
          {actor.displayName}（合作企业）
        </Link>
        <SignOutButton />
      </nav>
      {children}
    </div>
  );
}
