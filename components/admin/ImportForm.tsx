"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { INITIAL } from "@/lib/actions/result";
import { commitImportAction, submitBatchAction } from "@/lib/import/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { recordImport } from "@/lib/i18n/messages/recordImport";

const MAX_BYTES = 10_000_000;

/** Step 1: choose the year and the file; the server keeps the file and shows the preview. */
export function ImportForm({ kindSlug, years, defaultYear }: { kindSlug: string; years: number[]; defaultYear: number }) {
  const t = useMessages(recordImport);
  const lang = useLang();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError(t.chooseFile);
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t.tooBig);
      return;
    }
    setPending(true);
    try {
      const res = await fetch(`/admin/records/${kindSlug}/import/upload`, { method: "POST", body: form });
      const body = (await res.json().catch(() => null)) as { href?: string; error?: { message?: string } } | null;
      if (!res.ok || !body?.href) {
        setError(body?.error?.message ?? t.uploadFailed);
        return;
      }
      router.push(body.href);
    } catch {
      setError(t.uploadFailed);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void upload(e)} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={t.uploadForm}>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="block">
          <span className="mb-1 block font-medium">
            {t.year} {lang === "zh" && <span className="text-xs text-slate-500">{t.yearGloss}</span>}
          </span>
          <select name="year" defaultValue={String(defaultYear)} className="rounded border border-slate-300 px-2 py-1.5">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="mb-1 block font-medium">
            {t.file} <span className="text-xs text-slate-500">{t.fileNote}</span>
          </span>
          <input
            type="file"
            name="file"
            required
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            className="block text-sm file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:py-1.5"
          />
        </label>
        <button disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t.checking : t.uploadPreview} {lang === "zh" && <span className="text-xs opacity-80">{t.uploadPreviewGloss}</span>}
        </button>
      </div>
      {error && (
        <p role="alert" className="rounded bg-rose-50 p-2 text-sm text-rose-800">
          {error}
        </p>
      )}
    </form>
  );
}

/** Step 2: save what the preview showed (the server re-validates the stored file). */
export function ImportConfirmForm({
  kindSlug,
  token,
  valid,
  duplicates,
  blocked,
}: {
  kindSlug: string;
  token: string;
  valid: number;
  duplicates: number;
  blocked: boolean;
}) {
  const t = useMessages(recordImport);
  const lang = useLang();
  const { state, pending, formProps } = useKeptFormAction(commitImportAction, INITIAL);
  const [include, setInclude] = useState(false);
  const count = include ? valid : valid - duplicates;
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="_kind" value={kindSlug} />
      <input type="hidden" name="token" value={token} />
      {duplicates > 0 && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="includeDuplicates" checked={include} onChange={(e) => setInclude(e.target.checked)} />
          {fill(t.includeDuplicates, { n: duplicates })} <span className="text-xs text-slate-500">{t.includeDuplicatesGloss}</span>
        </label>
      )}
      <button
        disabled={blocked || pending || count <= 0}
        className="rounded bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {pending ? t.importing : fill(t.confirmImport, { n: count })}{" "}
        {lang === "zh" && <span className="text-xs opacity-80">{t.confirmImportGloss}</span>}
      </button>
      {blocked && <p className="text-sm text-rose-700">{t.fixErrors}</p>}
      {!state.ok && (
        <p role="alert" className="rounded bg-rose-50 p-2 text-sm text-rose-800">
          {state.message}
        </p>
      )}
    </form>
  );
}

/** Step 3: submit every draft the import created for review. */
export function ImportSubmitForm({ kindSlug, batch, drafts }: { kindSlug: string; batch: string; drafts: number }) {
  const t = useMessages(recordImport);
  const lang = useLang();
  const { state, pending, formProps } = useKeptFormAction(submitBatchAction, INITIAL);
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="_kind" value={kindSlug} />
      <input type="hidden" name="batch" value={batch} />
      <button
        disabled={pending || drafts === 0}
        className="rounded bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700 disabled:opacity-50"
      >
        {t.submitAll} {lang === "zh" && <span className="text-xs opacity-80">{fill(t.submitAllGloss, { n: drafts })}</span>}
      </button>
      {!state.ok && (
        <p role="alert" className="rounded bg-rose-50 p-2 text-sm text-rose-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
