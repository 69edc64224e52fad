"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { INITIAL } from "@/lib/actions/result";
import { commitImportAction, submitBatchAction } from "@/lib/import/actions";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

const MAX_BYTES = 10_000_000;
const GENERIC = "上传失败，请稍后重试（upload failed, please try again）";

/** Step 1: choose the year and the file; the server keeps the file and shows the preview. */
export function ImportForm({ kindSlug, years, defaultYear }: { kindSlug: string; years: number[]; defaultYear: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError("请选择要上传的文件（choose a file）");
      return;
    }
    if (file.size > MAX_BYTES) {
      setError("文件不能超过 10 MB（the file must be at most 10 MB）");
      return;
    }
    setPending(true);
    try {
      const res = await fetch(`/admin/records/${kindSlug}/import/upload`, { method: "POST", body: form });
      const body = (await res.json().catch(() => null)) as { href?: string; error?: { message?: string } } | null;
      if (!res.ok || !body?.href) {
        setError(body?.error?.message ?? GENERIC);
        return;
      }
      router.push(body.href);
    } catch {
      setError(GENERIC);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void upload(e)} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="上传文件">
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="block">
          <span className="mb-1 block font-medium">
            年度 <span className="text-xs text-slate-500">Year</span>
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
            文件 <span className="text-xs text-slate-500">.xlsx / .csv，不超过 10 MB</span>
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
          {pending ? "正在检查…" : "上传并预览"} <span className="text-xs opacity-80">Preview</span>
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
          重复的 {duplicates} 行也导入 <span className="text-xs text-slate-500">(import duplicates too; skipped by default)</span>
        </label>
      )}
      <button
        disabled={blocked || pending || count <= 0}
        className="rounded bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {pending ? "正在导入…" : `确认导入 ${count} 行`} <span className="text-xs opacity-80">Import</span>
      </button>
      {blocked && <p className="text-sm text-rose-700">请先修改文件中的错误并重新上传（fix the errors and upload again）</p>}
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
  const { state, pending, formProps } = useKeptFormAction(submitBatchAction, INITIAL);
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="_kind" value={kindSlug} />
      <input type="hidden" name="batch" value={batch} />
      <button
        disabled={pending || drafts === 0}
        className="rounded bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700 disabled:opacity-50"
      >
        全部提交 <span className="text-xs opacity-80">Submit all {drafts} for review</span>
      </button>
      {!state.ok && (
        <p role="alert" className="rounded bg-rose-50 p-2 text-sm text-rose-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
