import { PasswordForm } from "@/components/admin/PasswordForm";
import { partnerPageActor } from "@/lib/admin/guard";

export const metadata = { title: "企业账号" };

/** The partner's own sign-in: change the one-time password it was given. */
export default async function PartnerAccountPage() {
  const actor = await partnerPageActor();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        企业账号 <span className="text-sm font-normal text-slate-500">Account</span>
      </h1>
      <p className="text-sm text-slate-600">
        {actor.displayName}（{actor.username}）
      </p>
      <PasswordForm />
    </div>
  );
}
