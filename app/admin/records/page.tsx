import { pageActor } from "@/lib/admin/guard";
import Link from "next/link";
import { enumLabel } from "@/lib/i18n/labels";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { statusCounts } from "@/lib/records/status-counts";

export const metadata = { title: "数据填报" };

export default async function AdminRecordsIndex() {
  const actor = await pageActor();
  const counts = await statusCounts({ actor, departmentId: actor?.role === "STAFF" ? actor.departmentId ?? undefined : undefined });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">数据填报 <span className="text-sm font-normal text-slate-500">Records</span></h1>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {RECORD_KINDS.map((k) => {
          const c = counts.get(k.slug) ?? {};
          return (
            <li key={k.slug}>
              <Link href={`/admin/records/${k.slug}`} data-kind={k.slug} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
                <span className="block font-medium">{k.zh} <span className="text-xs text-slate-500">{k.en}</span></span>
                <span className="mt-2 flex flex-wrap gap-2 text-xs text-slate-600">
                  {(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const).map((s) => (
                    <span key={s}>{enumLabel(s)} {c[s] ?? 0}</span>
                  ))}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
