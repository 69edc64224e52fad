import { ReviewQueueForm } from "@/components/admin/ReviewQueueForm";
import { PartnerQueueLink } from "@/components/partners/PartnerQueueLink";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { queueQuery, reviewQueue } from "@/lib/workflow/queue";
import { formatDateTimeWords } from "@/lib/time";

export const metadata = { title: "审核队列" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await pageActor();
  const sp = await searchParams;
  const [items, ctx] = await Promise.all([
    guarded(() =>
      reviewQueue({
        actor,
        kindSlug: sp.kind || undefined,
        departmentId: sp.departmentId || undefined,
        year: sp.year ? Number(sp.year) : undefined,
      }),
    ),
    formContext(),
  ]);
  // The record page keeps the queue's filters, so 通过并下一条 stays in this queue.
  const query = queueQuery({
    kindSlug: sp.kind || undefined,
    departmentId: sp.departmentId || undefined,
    year: sp.year ? Number(sp.year) : undefined,
  });
  const rows = items.map((i) => ({
    value: `${i.kind.slug}:${i.id}:${i.version}`,
    href: `/admin/records/${i.kind.slug}/${i.id}${query ? `?${new URLSearchParams({ queue: query })}` : ""}`,
    kind: i.kind.zh,
    title: i.title,
    department: ctx.departmentNames.get(i.departmentId) ?? "",
    year: i.year,
    revision: i.revision,
    diff: i.diff,
    deptApproved: i.deptApproved ? `${i.deptApproved.by}（${formatDateTimeWords(i.deptApproved.at)}）` : null,
    submitter: i.submitter,
    submittedAt: formatDateTimeWords(i.submittedAt),
    figures: i.figures,
  }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        审核队列 <span className="text-sm font-normal text-slate-500">Review queue · {items.length}</span>
      </h1>
      {sp.cleared && (
        <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-800">
          已通过；队列中没有其他待审核记录（approved; nothing else is waiting in this queue）
        </p>
      )}
      <PartnerQueueLink actor={actor} />
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <label>
          类型
          <select name="kind" defaultValue={sp.kind ?? ""} className="ml-1 rounded border border-slate-300 px-2 py-1">
            <option value="">全部</option>
            {RECORD_KINDS.map((k) => (
              <option key={k.slug} value={k.slug}>
                {k.zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          部门
          <select name="departmentId" defaultValue={sp.departmentId ?? ""} className="ml-1 rounded border border-slate-300 px-2 py-1">
            <option value="">全部</option>
            {ctx.departments.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded bg-slate-700 px-3 py-1 text-white">筛选</button>
      </form>
      <ReviewQueueForm rows={rows} step={actor?.role === "DEPT_HEAD" ? "department" : "office"} />
    </div>
  );
}
