import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { diffDocuments, getEdition, listEditions } from "@/lib/report/editions/editions";
import { formatDateTime } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "历次版本" };

type Props = { params: Promise<{ year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const num = (v: string | string[] | undefined) => {
  const s = Array.isArray(v) ? v[0] : v;
  return s && /^\d{1,6}$/.test(s) ? Number(s) : undefined;
};
const TYPE = { added: "新增", removed: "删除", changed: "修改" } as const;

/** The editions of a year, and what changed between two of them. */
export default async function EditionsPage({ params, searchParams }: Props) {
  const y = num((await params).year);
  if (!y || y < 2000 || y > 2100) notFound();
  const editions = await listEditions({ year: y });
  if (!editions.length) notFound();
  const sp = await searchParams;
  const a = num(sp.from) ?? editions[1]?.version;
  const b = num(sp.to) ?? editions[0]?.version;
  const [ea, eb] =
    a && b && a !== b ? await Promise.all([getEdition({ year: y, version: a }), getEdition({ year: y, version: b })]) : [null, null];
  const changes = ea && eb ? diffDocuments(ea.document, eb.document) : null;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <nav aria-label="位置" className="text-sm text-slate-600">
        <Link href="/reports" className="underline">
          质量年度报告
        </Link>{" "}
        /{" "}
        <Link href={`/reports/${y}`} className="underline">
          {y}
        </Link>{" "}
        / 历次版本
      </nav>
      <h1 className="text-2xl font-bold text-brand-800">{y}年度质量报告 · 历次版本</h1>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">已发布版本</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="border px-2 py-1.5 text-left">
              版本
            </th>
            <th scope="col" className="border px-2 py-1.5 text-left">
              发布时间
            </th>
            <th scope="col" className="border px-2 py-1.5 text-left">
              发布人
            </th>
            <th scope="col" className="border px-2 py-1.5 text-left">
              更新说明
            </th>
            <th scope="col" className="border px-2 py-1.5 text-left">
              校领导审定
            </th>
            <th scope="col" className="border px-2 py-1.5 text-left">
              阅读
            </th>
            <th scope="col" className="border px-2 py-1.5 text-left">
              下载
            </th>
          </tr>
        </thead>
        <tbody>
          {editions.map((e) => (
            <tr key={e.id} data-version={e.version}>
              <td className="border px-2 py-1.5">第{e.version}版</td>
              <td className="border px-2 py-1.5">{formatDateTime(e.publishedAt)}</td>
              <td className="border px-2 py-1.5">{e.publishedBy ?? "系统"}</td>
              <td className="border px-2 py-1.5" data-note>
                {e.note ?? "—"}
              </td>
              <td className="border px-2 py-1.5" data-signoff>
                {e.signoff ? (
                  <>
                    {e.signoff.by ?? "校领导"}
                    {e.signoff.at && <>（{formatDateTime(e.signoff.at)}）</>}
                    {/* The content hash stays in the API (machines compare it); people read who and when. */}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="border px-2 py-1.5">
                <Link className="text-brand-700 underline" href={`/reports/${y}/editions/${e.version}`}>
                  阅读第{e.version}版
                </Link>
              </td>
              <td className="border px-2 py-1.5">
                {/* Plain links (not <Link>): the routes answer with files or with a page that waits for them. */}
                <span className="flex flex-wrap gap-x-3">
                  <a className="text-brand-700 underline" href={`/reports/${y}/editions/${e.version}/pdf`} data-download-pdf>
                    下载PDF
                  </a>
                  <a className="text-brand-700 underline" href={`/reports/${y}/docx?edition=${e.version}`} data-download-docx>
                    下载Word
                  </a>
                  <a className="text-brand-700 underline" href={`/reports/${y}/xlsx?edition=${e.version}`} data-download-xlsx>
                    下载数据表
                  </a>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editions.length > 1 && (
        <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4 text-sm">
          <label>
            从{" "}
            <select name="from" defaultValue={a} className="rounded border border-slate-300 px-2 py-1">
              {editions.map((e) => (
                <option key={e.id} value={e.version}>
                  第{e.version}版
                </option>
              ))}
            </select>
          </label>
          <label>
            到{" "}
            <select name="to" defaultValue={b} className="rounded border border-slate-300 px-2 py-1">
              {editions.map((e) => (
                <option key={e.id} value={e.version}>
                  第{e.version}版
                </option>
              ))}
            </select>
          </label>
          <button className="rounded bg-brand-600 px-3 py-1.5 text-white">比较</button>
        </form>
      )}
      {changes && (
        <section aria-labelledby="diff-h" className="space-y-2">
          <h2 id="diff-h" className="text-lg font-semibold">
            第{a}版 → 第{b}版：{changes.length}处差异
          </h2>
          {changes.length === 0 ? (
            <p className="text-slate-600">两个版本内容相同。</p>
          ) : (
            <ul className="space-y-2" data-diff>
              {changes.map((c, i) => (
                <li key={i} className="rounded border border-slate-200 bg-white p-3 text-sm" data-change={c.type}>
                  <p>
                    <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">{TYPE[c.type]}</span>
                    <span className="font-medium">{c.where}</span> · {c.what}
                  </p>
                  {c.before !== undefined && (
                    <p className="mt-1 text-rose-800">
                      <span className="sr-only">原内容：</span>− {c.before.slice(0, 400)}
                    </p>
                  )}
                  {c.after !== undefined && (
                    <p className="mt-1 text-emerald-800">
                      <span className="sr-only">新内容：</span>+ {c.after.slice(0, 400)}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
