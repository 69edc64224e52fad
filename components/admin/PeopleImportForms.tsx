"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { INITIAL } from "@/lib/actions/result";
import { commitPeopleAction } from "@/lib/import/people/actions";
import type { PeopleCommit } from "@/lib/import/people/commit";
import { useKeptFormAction } from "@/components/ui/useKeptFormAction";

const MAX_BYTES = 10_000_000;
const GENERIC = "上传失败，请稍后重试（upload failed, please try again）";

/** Step 1: the file goes to the server, which keeps it and shows the preview. */
export function PeopleUploadForm({ uploadUrl }: { uploadUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return setError("请选择要上传的文件（choose a file）");
    if (file.size > MAX_BYTES) return setError("文件不能超过 10 MB（the file must be at most 10 MB）");
    setPending(true);
    try {
      const res = await fetch(uploadUrl, { method: "POST", body: form });
      const body = (await res.json().catch(() => null)) as { href?: string; error?: { message?: string } } | null;
      if (!res.ok || !body?.href) return setError(body?.error?.message ?? GENERIC);
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

/** The one-time passwords as a CSV the admin saves at once (made in the browser; the server keeps none). */
function csvOf(list: PeopleCommit["oneTimePasswords"]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return (
    "\uFEFF" +
    [["用户名", "姓名", "一次性密码"], ...list.map((p) => [p.username, p.displayName, p.password])]
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
  const { state, pending, formProps } = useKeptFormAction(commitPeopleAction, INITIAL);
  const done = state.ok && state.data ? (state.data as PeopleCommit) : null;
  if (done) {
    const passwords = done.oneTimePasswords;
    return (
      <div className="space-y-3">
        <p role="status" className="rounded bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="people-import-result">
          已导入 {done.created.length} 个{sheet === "users" ? "用户" : "部门"}
          <span className="text-xs"> · imported {done.created.length}</span>
        </p>
        {passwords.length > 0 && (
          <section className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
            <h2 className="font-semibold text-amber-900">
              一次性密码 <span className="text-sm font-normal">One-time passwords</span>
            </h2>
            <p className="text-sm text-amber-900">
              这些密码只显示这一次，系统不保存明文；请现在下载或抄下并分别交给本人。用户首次登录后必须修改密码。
              <span className="text-xs"> Shown this once and never stored: save them now. Each user must change it at first sign-in.</span>
            </p>
            <button
              type="button"
              className="rounded bg-amber-700 px-3 py-1.5 text-sm text-white hover:bg-amber-800"
              onClick={() => {
                const url = URL.createObjectURL(new Blob([csvOf(passwords)], { type: "text/csv;charset=utf-8" }));
                const a = Object.assign(document.createElement("a"), { href: url, download: "一次性密码.csv" });
                a.click();
                URL.revokeObjectURL(url);
              }}
            >
              下载名单 <span className="text-xs opacity-80">Download list (.csv)</span>
            </button>
            <table className="min-w-full divide-y divide-amber-200 bg-white text-sm" data-testid="one-time-passwords">
              <thead className="text-left">
                <tr>
                  <th scope="col" className="px-3 py-1.5">
                    用户名 Username
                  </th>
                  <th scope="col" className="px-3 py-1.5">
                    姓名 Name
                  </th>
                  <th scope="col" className="px-3 py-1.5">
                    一次性密码 Password
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
            返回列表
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
