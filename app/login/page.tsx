import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/LoginForm";
import { currentActor } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata = { title: "登录" };

function safeCallback(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/admin";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const oidcName = env().OIDC_ISSUER ? env().OIDC_NAME : undefined;
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold text-brand-800">登录 <span className="text-sm font-normal text-slate-500">Sign in</span></h1>
      <LoginForm callbackUrl={callbackUrl} oidcName={oidcName} />
    </div>
  );
}
