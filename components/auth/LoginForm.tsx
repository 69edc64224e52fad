"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { formText } from "@/lib/text";

const MESSAGES: Record<string, string | undefined> & { INVALID_CREDENTIALS: string } = {
  RATE_LIMITED: "尝试次数过多，请15分钟后再试（too many attempts, try again in 15 minutes）",
  INVALID_CREDENTIALS: "用户名或密码错误（wrong username or password）",
};

export function LoginForm({ callbackUrl, oidcName }: { callbackUrl: string; oidcName?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

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
    else setError(MESSAGES[result?.error ?? ""] ?? MESSAGES.INVALID_CREDENTIALS);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={(e) => void onSubmit(e)} className="space-y-4">
        <label className="block text-sm">
          <span className="mb-1 block font-medium">
            用户名 <span className="text-xs text-slate-500">Username</span>
          </span>
          <input name="username" autoComplete="username" required className="w-full rounded border border-slate-300 px-3 py-2" />
        </label>
        <label className="block text-sm">
          <span className="mb-1 block font-medium">
            密码 <span className="text-xs text-slate-500">Password</span>
          </span>
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
          {pending ? "登录中…" : "登录 Sign in"}
        </button>
      </form>
      {oidcName && (
        <button
          type="button"
          onClick={() => void signIn("oidc", { callbackUrl })}
          className="w-full rounded border border-brand-600 py-2 text-brand-700 hover:bg-brand-50"
        >
          {oidcName}登录
        </button>
      )}
    </div>
  );
}
