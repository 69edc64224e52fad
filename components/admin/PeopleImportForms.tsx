"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { INITIAL } from "@/lib/actions/result";
import { commitPeopleAction } from "@/lib/import/people/actions";
import type { PeopleCommit } from "@/lib/import/people/commit";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";
import { useLang, useMessages } from "@/components/i18n/LangProvider";
import { fill } from "@/lib/i18n/define";
import { recordImport } from "@/lib/i18n/messages/recordImport";

const MAX_BYTES = 10_000_000;

/** Step 1: the file goes to the server, which keeps it and shows the preview. */
export function PeopleUploadForm({ uploadUrl }: { uploadUrl: string }) {
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
    if (!(file instanceof File) || file.size === 0) return setError(t.chooseFile);
    if (file.size > MAX_BYTES) return setError(t.tooBig);
    setPending(true);
    try {
      const res = await fetch(uploadUrl, { method: "POST", body: form });
      const body = (await res.json().catch(() => null)) as { href?: string; error?: { message?: string } } | null;
      if (!res.ok || !body?.href) return setError(body?.error?.message ?? t.uploadFailed);
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

/** The one-time passwords as a CSV the admin saves at once (made in the browser; the server keeps none). */
function csvOf(list: PeopleCommit["oneTimePasswords"], t: (typeof recordImport)["zh"]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return (
    "\uFEFF" +
    [[t.username, t.displayName, t.oneTimePasswords], ...list.map((p) => [p.username, p.displayName, p.password])]
      .map((r) => r.map(q).join(","))
      .join("\r\n")
  );
}

/**
 * Step 2: 确认导入. The answer carries the one-time passwords; they live only in this page's
 * memory, so they are shown this once (leaving or reloading the page loses them).
 */
export function PeopleConfirmForm({
  sheet,
  token,
  count,
  blocked,
  listHref,
}: {
  sheet: "departments" | "users";
  token: string;
  count: number;
  blocked: boolean;
  listHref: string;
}) {
  const t = useMessages(recordImport);
  const lang = useLang();
  const { state, pending, formProps } = useKeptFormAction(commitPeopleAction, INITIAL);
  const done = state.ok && state.data ? (state.data as PeopleCommit) : null;
  if (done) {
    const passwords = done.oneTimePasswords;
    return (
      <div className="space-y-3">
        <p role="status" className="rounded bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="people-import-result">
          {fill(t.peopleImported, { n: done.created.length, what: sheet === "users" ? t.users : t.departments })}
          {lang === "zh" && <span className="text-xs">{fill(t.peopleImportedGloss, { n: done.created.length })}</span>}
        </p>
        {passwords.length > 0 && (
          <section className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
            <h2 className="font-semibold text-amber-900">
              {t.oneTimePasswords} {lang === "zh" && <span className="text-sm font-normal">{t.oneTimePasswordsGloss}</span>}
            </h2>
            <p className="text-sm text-amber-900">
              {t.passwordsNote}
              {lang === "zh" && <span className="text-xs">{t.passwordsNoteGloss}</span>}
            </p>
            <button
              type="button"
              className="rounded bg-amber-700 px-3 py-1.5 text-sm text-white hover:bg-amber-800"
              onClick={() => {
                const url = URL.createObjectURL(new Blob([csvOf(passwords, t)], { type: "text/csv;charset=utf-8" }));
                const a = Object.assign(document.createElement("a"), { href: url, download: t.passwordsFile });
                a.click();
                URL.revokeObjectURL(url);
              }}
            >
              {t.downloadList} {lang === "zh" && <span className="text-xs opacity-80">{t.downloadListGloss}</span>}
            </button>
            <table className="min-w-full divide-y divide-amber-200 bg-white text-sm" data-testid="one-time-passwords">
              <thead className="text-left">
                <tr>
                  <th scope="col" className="px-3 py-1.5">
                    {t.usernameHead}
                  </th>
                  <th scope="col" className="px-3 py-1.5">
                    {t.nameHead}
                  </th>
                  <th scope="col" className="px-3 py-1.5">
                    {t.passwordHead}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-amber-100">
                {passwords.map((p) => (
                  <tr key={p.username} data-username={p.username}>
                    <td className="px-3 py-1.5">{p.username}</td>
                    <td className="px-3 py-1.5">{p.displayName}</td>
                    <td className="px-3 py-1.5 font-mono" data-testid="password">
                      {p.password}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        <p className="text-sm">
          <Link href={listHref} className="text-brand-700 underline">
            {t.backToList}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="_sheet" value={sheet} />
      <input type="hidden" name="token" value={token} />
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
