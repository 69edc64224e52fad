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
      {actor.mustChangePassword && (
        <p role="alert" className="rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid="must-change-password">
          你正在使用一次性初始密码，请先设置自己的新密码，之后才能填写企业年度报告。
          <span className="text-xs"> You signed in with a one-time password: set your own before anything else.</span>
        </p>
      )}
      <PasswordForm />
    </div>
  );
}
