import Link from "next/link";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { ui } from "@/lib/i18n/messages/ui";

/**
 * A page a signed-in user reached but may not use (a reviewer on "new" or "import"): it says so
 * and why, instead of a 404 that reads as a broken link.
 */
export async function NoPermission({ what, why, back }: { what: string; why: string; back: { href: string; label: string } }) {
  const { t } = await translate(ui);
  return (
    <div className="max-w-2xl space-y-3" data-testid="no-permission">
      <h1 className="text-2xl font-bold text-brand-800">{fill(t.noPermission, { what })}</h1>
      <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{why}</p>
      <Link href={back.href} className="text-sm text-brand-700 underline">
        {back.label}
      </Link>
    </div>
  );
}
