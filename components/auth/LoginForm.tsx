"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { account } from "@/lib/i18n/messages/account";
import { formText } from "@/lib/text";

export function LoginForm({ callbackUrl, oidcName }: { callbackUrl: string; oidcName?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const t = useMessages(account);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const result = await signIn("credentials", {
      username: formText(form, "username"),
      password: formText(form, "password"),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) window.location.assign(callbackUrl);
    else setError(result?.error === "RATE_LIMITED" ? t.rateLimited : t.invalidCredentials);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={(e) => void onSubmit(e)} className="space-y-4">
        <label className="block text-sm">
          <span className="mb-1 block font-medium">{t.username}</span>
          <input name="username" autoComplete="username" required className="w-full rounded border border-slate-300 px-3 py-2" />
        </label>
        <label className="block text-sm">
          <span className="mb-1 block font-medium">{t.password}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="w-full rounded border border-slate-300 px-3 py-2"
          />
        </label>
        {error && (
          <p role="alert" className="text-sm text-rose-700">
            {error}
          </p>
        )}
        <button disabled={pending} className="w-full rounded bg-brand-600 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t.signingIn : t.signInButton}
        </button>
      </form>
      {oidcName && (
        <button
          type="button"
          onClick={() => void signIn("oidc", { callbackUrl })}
          className="w-full rounded border border-brand-600 py-2 text-brand-700 hover:bg-brand-50"
        >
          {fill(t.signInWith, { name: oidcName })}
        </button>
      )}
    </div>
  );
}
