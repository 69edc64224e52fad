import type { InputHTMLAttributes } from "react";

/** A labelled input with its error below it (Chinese label first, English beside it). */
export function Field({
  name,
  zh,
  en,
  errors,
  hint,
  required,
  ...input
}: {
  name: string;
  zh: string;
  en: string;
  errors?: Record<string, string[]>;
  hint?: string;
  required?: boolean;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`;
  const err = errors?.[name] ?? [];
  return (
    <div className="text-sm">
      <label htmlFor={id} className="mb-1 block font-medium">
        {zh}{" "}
        {required && (
          <span className="text-rose-600" aria-hidden>
            *
          </span>
        )}
        <span className="ml-1 text-xs font-normal text-slate-500">{en}</span>
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
          {err.join("；")}
        </p>
      )}
    </div>
  );
}
