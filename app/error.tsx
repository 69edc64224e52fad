"use client";

import { useEffect } from "react";
import { useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { site } from "@/lib/i18n/messages/site";

/**
 * Anything unexpected while rendering a page. The error's own text stays in the server log
 * (Next.js sends the browser only a digest); the visitor gets a plain explanation and a retry.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useMessages(site);
  useEffect(() => {
    console.error(error.digest ?? "page error");
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-800">{t.errorTitle}</h1>
      <p className="text-slate-600">{t.errorNote}</p>
      {error.digest && <p className="text-xs text-slate-500">{fill(t.errorReference, { digest: error.digest })}</p>}
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-3 py-1.5 text-sm text-white">
        {t.retry}
      </button>
    </div>
  );
}
