import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/accounts";
import { accountContact, isDemoInstallation } from "@/lib/institution/service";
import { LoginForm } from "@/components/auth/LoginForm";
import { currentActor } from "@/lib/auth/session";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { account } from "@/lib/i18n/messages/account";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(account)).t.signInTitle };
}

function safeCallback(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return sameOriginPath(value, "/admin");
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const callbackUrl = safeCallback(query.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const oidcName = env().OIDC_ISSUER ? env().OIDC_NAME : undefined;
  const [contact, { t }] = await Promise.all([accountContact(), translate(account)]);
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold text-brand-800">{t.signInTitle}</h1>
      {query.sso === "link" && (
        <p role="status" data-testid="sso-link" className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {t.ssoLink}
        </p>
      )}
      {query.setup === "1" && (
        <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
          {t.setupDone}
        </p>
      )}
      <LoginForm callbackUrl={callbackUrl} oidcName={oidcName} />
      <p className="text-sm text-slate-600" data-testid="account-help">
        {fill(t.forgotPassword, { contact: contact ?? t.yourAdministrator })}
      </p>
      {(await isDemoInstallation()) && (
        <div className="rounded border border-amber-200 bg-amber-50 p-3 text-xs text-amber-900" data-testid="demo-accounts">
          <p className="font-medium">
            {t.demoAccounts} <code>{DEMO_PASSWORD}</code>
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
