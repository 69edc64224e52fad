import { pageActor } from "@/lib/admin/guard";
import { deadlineWords } from "@/lib/years/schema";
import { daysLeft, listYears } from "@/lib/years/service";
import Link from "next/link";
import { workingDepartment } from "@/lib/auth/policy";
import { enumLabel } from "@/lib/i18n/labels";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { statusCounts } from "@/lib/records/status-counts";

export const metadata = { title: "数据填报" };

export default async function AdminRecordsIndex() {
  const actor = await pageActor();
  const open = (await listYears()).filter((y) => y.state === "OPEN" && y.deadline);
  const counts = await statusCounts({ actor, departmentId: workingDepartment(actor) || undefined });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        数据填报 <span className="text-sm font-normal text-slate-500">Records</span>
      </h1>
      {open.map((y) => (
        <p key={y.year} role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="deadline">
          {y.year}年度填报截止 {y.deadline!.toISOString().slice(0, 10)}（{deadlineWords(daysLeft(y.deadline!))}）
        </p>
      ))}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {RECORD_KINDS.map((k) => {
          const c = counts.get(k.slug) ?? {};
          return (
            <li key={k.slug}>
              <Link
                href={`/admin/records/${k.slug}`}
                data-kind={k.slug}
                className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
              >
                <span className="block font-medium">
                  {k.zh} <span className="text-xs text-slate-500">{k.en}</span>
                </span>
                <span className="mt-2 flex flex-wrap gap-2 text-xs text-slate-600">
                  {(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const).map((s) => (
                    <span key={s}>
                      {enumLabel(s)} {c[s] ?? 0}
                    </span>
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
