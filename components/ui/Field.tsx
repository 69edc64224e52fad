"use client";

import type { InputHTMLAttributes } from "react";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { ui } from "@/lib/i18n/messages/ui";

/**
 * A labelled input with its error below it. The label is `label`, already in the reader's
 * language (from the catalogue); forms not yet moved to the catalogue pass `zh` and `en` instead:
 * Chinese with the English beside it, or the English alone for an English reader.
 */
export function Field({
  name,
  label,
  zh,
  en,
  errors,
  hint,
  required,
  ...input
}: {
  name: string;
  errors?: Record<string, string[]>;
  hint?: string;
  required?: boolean;
} & ({ label: string; zh?: undefined; en?: undefined } | { label?: undefined; zh: string; en: string }) &
  InputHTMLAttributes<HTMLInputElement>) {
  const lang = useLang();
  const t = useMessages(ui);
  const id = `field-${name}`;
  const err = errors?.[name] ?? [];
  const text = label ?? (lang === "zh" ? zh : en);
  const aside = label === undefined && lang === "zh" ? en : null;
  return (
    <div className="text-sm">
      <label htmlFor={id} className="mb-1 block font-medium">
        {text}{" "}
        {required && (
          <span className="text-rose-600" aria-hidden>
            *
          </span>
        )}
        {aside && <span className="ml-1 text-xs font-normal text-slate-500">{aside}</span>}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={err.length > 0 || undefined}
        aria-describedby={err.length ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={`w-full rounded border px-2 py-1.5 ${err.length ? "border-rose-500" : "border-slate-300"}`}
        {...input}
      />
      {hint && !err.length && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {err.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-xs text-rose-700">
          {err.join(t.errorSeparator)}
        </p>
      )}
    </div>
  );
}
