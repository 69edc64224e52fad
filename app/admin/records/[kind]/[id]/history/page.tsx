import Link from "next/link";
import { notFound } from "next/navigation";
import { guarded, pageActor } from "@/lib/admin/guard";
import { recordHistory } from "@/lib/audit/queries";
import { kindBySlug } from "@/lib/records/kinds";

const ACTIONS: Record<string, string> = {
  CREATE: "创建",
  UPDATE: "修改",
  REVISE: "修订",
  CORRECT: "审核人修正",
  DETACH: "删除附件",
  SUBMIT: "提交",
  WITHDRAW: "撤回",
  APPROVE: "审核通过",
  RETURN: "退回",
};

export default async function HistoryPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind: slug, id } = await params;
  const kind = kindBySlug(slug);
  if (!kind) notFound();
  const actor = await pageActor();
  const items = await guarded(() => recordHistory({ actor, kind, id }));
  return (
    <div className="space-y-4">
      <nav className="text-sm text-slate-500">
        <Link href={`/admin/records/${kind.slug}/${id}`} className="hover:underline">
          ← 返回记录
        </Link>
      </nav>
      <h1 className="text-2xl font-bold text-brand-800">
        历史记录 <span className="text-sm font-normal text-slate-500">History</span>
      </h1>
      <ol className="space-y-3" data-testid="history">
        {items.map((h) => (
          <li key={h.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-action={h.action}>
            <p>
              <strong>{ACTIONS[h.action] ?? h.action}</strong> · <span data-testid="actor">{h.actorName}</span> ·{" "}
              <time dateTime={h.at}>{h.at.replace("T", " ").slice(0, 19)}</time>
            </p>
            {h.reason && <p className="mt-1 text-rose-800">原因：{h.reason}</p>}
            {h.changes && typeof h.changes === "object" && (
              <table className="mt-2 text-xs">
                <tbody>
                  {Object.entries(h.changes as Record<string, { before: unknown; after: unknown }>).map(([field, c]) => (
                    <tr key={field}>
                      <th scope="row" className="pr-2 text-left font-normal text-slate-500">
                        {field}
                      </th>
                      <td className="pr-2 text-rose-700 line-through">{JSON.stringify(c?.before ?? null)}</td>
                      <td className="text-emerald-700">{JSON.stringify(c?.after ?? null)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
