import { SignOutButton } from "@/components/auth/SignOutButton";
import Link from "next/link";
import { partnerPageActor } from "@/lib/admin/guard";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { partners } from "@/lib/i18n/messages/partners";

export const dynamic = "force-dynamic";

/** The partner enterprise's own corner: its reports, nothing else. Every page asks partnerPageActor itself. */
export default async function PartnerLayout({ children }: { children: React.ReactNode }) {
  const [actor, { t }] = await Promise.all([partnerPageActor(), translate(partners)]);
  return (
    <div className="space-y-6">
      <nav className="flex flex-wrap items-center gap-4 rounded-lg bg-brand-800 px-4 py-2 text-sm text-white" aria-label={t.nav}>
        <Link href="/partner" className="hover:underline">
          {t.home}
        </Link>
        <Link href="/partner/account" className="ml-auto text-brand-100 hover:underline" data-testid="whoami">
          {fill(t.whoami, { name: actor.displayName })}
        </Link>
        <SignOutButton />
      </nav>
      {children}
    </div>
  );
}
