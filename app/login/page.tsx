import { redirect } from "next/navigation";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/accounts";
import { accountContact, isDemoInstallation } from "@/lib/institution/service";
import { LoginForm } from "@/components/auth/LoginForm";
import { currentActor } from "@/lib/auth/session";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata = { title: "登录" };

function safeCallback(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return sameOriginPath(value, "/admin");
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const callbackUrl = safeCallback(query.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const oidcName = env().OIDC_ISSUER ? env().OIDC_NAME : undefined;
  const contact = await accountContact();
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold text-brand-800">
        登录 <span className="text-sm font-normal text-slate-500">Sign in</span>
      </h1>
      {query.sso === "link" && (
        <p role="status" data-testid="sso-link" className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          统一身份认证账号尚未关联本系统用户：请用本系统的用户名和密码登录一次，即完成关联，以后可直接用统一身份认证登录。
          <span className="block text-xs text-amber-800">
            Your single sign-on account is not linked yet: sign in once with your Nianbao user name and password to link it.
          </span>
        </p>
      )}
      {query.setup === "1" && (
        <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
          设置完成，请用管理员账号登录（set-up done: sign in as the administrator）
        </p>
      )}
      <LoginForm callbackUrl={callbackUrl} oidcName={oidcName} />
      <p className="text-sm text-slate-600" data-testid="account-help">
        忘记密码？请联系{contact ?? "本校系统管理员"}重置，重置后用一次性密码登录并设置新密码。
        <span className="block text-xs text-slate-500">
          Forgot your password? Ask {contact ?? "your college's administrator"} to reset it.
        </span>
      </p>
      {(await isDemoInstallation()) && (
        <div className="rounded border border-amber-200 bg-amber-50 p-3 text-xs text-amber-900" data-testid="demo-accounts">
          <p className="font-medium">
            演示账号（demo accounts），密码均为 <code>{DEMO_PASSWORD}</code>：
          </p>
          <ul className="mt-1 space-y-0.5">
            {DEMO_USERS.map((u) => (
              <li key={u.username}>
                <code>{u.username}</code> · {u.displayName}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
