import Link from "next/link";
import { guarded, pageActor } from "@/lib/admin/guard";
import { mySections } from "@/lib/report/outline/my-sections";
import { deadlineWords } from "@/lib/years/schema";
import { daysLeft } from "@/lib/years/service";

export const metadata = { title: "我的章节" };
export const dynamic = "force-dynamic";

/** 我的章节: the report sections the staff member's department answers for, and what each still lacks. */
export default async function MySectionsPage() {
  const actor = await pageActor();
  const sections = await guarded(() => mySections({ actor }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        我的章节 <span className="text-sm font-normal text-slate-500">My sections</span>
      </h1>
      <p className="text-sm text-slate-700">
        本部门负责撰写和提供数据的报告章节，以及发布前还缺少的内容。撰写人、截止日期和配合部门见{" "}
        <Link href="/admin/tasks/mine" className="text-brand-700 underline">
          我的任务
        </Link>
        。
      </p>
      {sections.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-600">
          管理员尚未给本部门分配章节（no sections are assigned to your department yet）。
        </p>
      ) : (
        <ul className="space-y-3">
          {sections.map((s) => (
            <li key={`${s.year}-${s.key}`} data-section={s.key} className="rounded border border-slate-200 bg-white p-4">
              <h2 className="font-semibold">
                {s.year}年度 · {s.title}
              </h2>
              <p className="text-sm text-slate-600">
                已审核 {s.approved} 条 · 待审核 {s.waiting} 条 · 草稿或退回 {s.drafts} 条
                {s.deadline ? `　填报截止 ${s.deadline.toISOString().slice(0, 10)}（${deadlineWords(daysLeft(s.deadline))}）` : ""}
              </p>
              {s.missing.length ? (
                <ul className="mt-2 list-disc pl-5 text-sm text-amber-800" aria-label="尚缺内容">
                  {s.missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-emerald-700">内容齐全（complete）</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
