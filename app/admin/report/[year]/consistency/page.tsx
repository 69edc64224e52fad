import { pageActor } from "@/lib/admin/guard";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guarded } from "@/lib/admin/guard";
import { consistencyReport } from "@/lib/report/admin";
import { NOT_SHOWN_TITLE } from "@/lib/report/checks/consistency";
import { checkReadiness } from "@/lib/report/checks/readiness";

export const dynamic = "force-dynamic";

/** Numbers that disagree, each with a link to the record or narrative to fix. */
export default async function ConsistencyPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await pageActor();
  const year = Number((await params).year);
  if (!Number.isInteger(year)) notFound();
  const mode = (await searchParams).mode === "approved" ? "approved" : "preview";
  // Beside the numbers: what is not ready to publish (under review, placeholders, sections without text), read alongside.
  const [all, readiness] = await Promise.all([
    guarded(() => consistencyReport(actor, year, mode)),
    guarded(() => checkReadiness({ year })),
  ]);
  if (!all) notFound();
  const issues = [...all.filter((i) => i.code !== "APPROVED_NOT_SHOWN"), ...readiness];
  const notShown = all.filter((i) => i.code === "APPROVED_NOT_SHOWN");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{year}年度数据一致性检查</h1>
      <p className="text-sm text-slate-700">
        范围：{mode === "preview" ? "全部待发布数据（含未审核）" : "仅已审核数据"} ·{" "}
        <Link className="text-brand-700 underline" href={`?mode=${mode === "preview" ? "approved" : "preview"}`}>
          改为检查{mode === "preview" ? "已审核数据" : "全部数据"}
        </Link>
        {" · "}
        <Link className="text-brand-700 underline" href={`/admin/report/${year}/preview`}>
          预览报告
        </Link>
      </p>
      {issues.length === 0 ? (
        <p className="rounded bg-emerald-50 p-4 text-emerald-900" data-issues="0">
          未发现不一致的数字，也没有待处理的提示。
        </p>
      ) : (
        <ul className="space-y-2" data-issues={issues.length}>
          {issues.map((i, n) => (
            <li
              key={n}
              className={`rounded border p-3 text-sm ${i.severity === "error" ? "border-rose-200 bg-rose-50" : "border-amber-200 bg-amber-50"}`}
              data-issue={i.code}
            >
              <p>
                <span className="mr-2 font-semibold">{i.severity === "error" ? "错误" : "提示"}</span>
                {i.message}
              </p>
              <p className="mt-1">
                <Link className="text-brand-700 underline" href={i.href}>
                  去修改
                </Link>
                {i.refs.length > 1 && <span className="ml-2 text-xs text-slate-600">涉及{i.refs.length}条记录</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="not-shown-h" className="space-y-2">
        <h2 id="not-shown-h" className="text-lg font-semibold text-brand-800">
          {NOT_SHOWN_TITLE}
        </h2>
        {notShown.length === 0 ? (
          <p className="rounded bg-emerald-50 p-3 text-sm text-emerald-900" data-not-shown="0">
            每条已审核的记录都在报告中出现（被叙述引用、列入数据表，或列在所属章节末尾）。
          </p>
        ) : (
          <ul className="space-y-2" data-not-shown={notShown.length}>
            {notShown.map((i) => (
              <li key={i.refs[0]!.id} className="rounded border border-amber-200 bg-amber-50 p-3 text-sm" data-issue={i.code}>
                <p>{i.message}</p>
                <p className="mt-1">
                  <Link className="text-brand-700 underline" href={i.href}>
                    去修改
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
