"use client";

import { useEffect } from "react";

/**
 * Anything unexpected while rendering a page. The error's own text stays in the server log
 * (Next.js sends the browser only a digest); the visitor gets a plain explanation and a retry.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error.digest ?? "page error");
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-800">出错了，请稍后重试</h1>
      <p className="text-slate-600">Something went wrong on our side. Nothing you saved was lost; please try again.</p>
      {error.digest && <p className="text-xs text-slate-500">错误编号（reference）：{error.digest}</p>}
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-3 py-1.5 text-sm text-white">
        重试（try again）
      </button>
    </div>
  );
}
