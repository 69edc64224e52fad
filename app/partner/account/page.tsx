import type { Metadata } from "next";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { account } from "@/lib/i18n/messages/account";
import { PasswordForm } from "@/components/admin/PasswordForm";
import { partnerPageActor } from "@/lib/admin/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(account)).t.partnerAccount };
}

/** The partner's own sign-in: change the one-time password it was given. */
export default async function PartnerAccountPage() {
  const [actor, { t }] = await Promise.all([partnerPageActor(), translate(account)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.partnerAccount}</h1>
      <p className="text-sm text-slate-600">{fill(t.whoIs, { name: actor.displayName, username: actor.username })}</p>
      {actor.mustChangePassword && (
        <p role="alert" className="rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid="must-change-password">
          {t.oneTimePasswordPartner}
        </p>
      )}
      <PasswordForm />
    </div>
  );
}
