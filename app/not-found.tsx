import Link from "next/link";
import { translate } from "@/lib/i18n/server";
import { site } from "@/lib/i18n/messages/site";

/**
 * Every "not found" — a page or record that does not exist, or one the visitor may not see
 * (the policy's refusals look the same, so nothing is revealed). See lib/admin/guard.ts.
 */
export default async function NotFound() {
  const { t } = await translate(site);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-800">{t.notFoundTitle}</h1>
      <p className="space-x-4">
        <Link href="/" className="text-brand-700 underline">
          {t.backHome}
        </Link>
        <Link href="/login" className="text-brand-700 underline">
          {t.signInAgain}
        </Link>
      </p>
    </div>
  );
}
