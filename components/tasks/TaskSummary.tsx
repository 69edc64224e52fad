import Link from "next/link";
import type { TaskRow } from "@/lib/tasks/service";
import { formatDateTime } from "@/lib/time";

const TONES: Record<TaskRow["state"], string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800 ring-slate-300",
  IN_PROGRESS: "bg-sky-50 text-sky-900 ring-sky-300",
  DONE: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  OVERDUE: "bg-rose-50 text-rose-900 ring-rose-400",
};

export function TaskStateBadge({ row }: { row: TaskRow }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${TONES[row.state]}`} data-state={row.state}>
      {row.stateLabel}
    </span>
  );
}

/**
 * One task in words: who leads, supports and writes it, and by when. `link` is where the viewer works
 * on it (the board: the section in the outline editor or the case; staff: 我的章节 or the case), or none.
 */
export function TaskSummary({ row, link }: { row: TaskRow; link: { href: string; label: string } | null }) {
  const list = (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-700">
      <dt className="text-slate-600">牵头</dt>
      <dd>{row.lead?.name ?? "未指定"}</dd>
      <dt className="text-slate-600">配合</dt>
      <dd>{row.supporting.length ? row.supporting.map((d) => d.name).join("、") : "—"}</dd>
      <dt className="text-slate-600">撰写人</dt>
      <dd>{row.writer?.name ?? "未指定"}</dd>
      <dt className="text-slate-600">截止</dt>
      <dd>
        {row.dueDate ? (
          <>
            {row.dueDate}
            {row.dueWords && (
              <span className={row.state === "OVERDUE" ? "ml-1 font-medium text-rose-800" : "ml-1"}>（{row.dueWords}）</span>
            )}
          </>
        ) : (
          "未定"
        )}
      </dd>
      {row.completedAt && (
        <>
          <dt className="text-slate-600">完成</dt>
          <dd>
            {formatDateTime(row.completedAt)} {row.completedBy}
          </dd>
        </>
      )}
      {row.doneByApproval && (
        <>
          <dt className="text-slate-600">完成</dt>
          <dd>案例已审核通过</dd>
        </>
      )}
      {row.note && (
        <>
          <dt className="text-slate-600">备注</dt>
          <dd>{row.note}</dd>
        </>
      )}
    </dl>
  );
  return (
    <>
      {list}
      {link && (
        <p className="text-sm">
          <Link href={link.href} className="text-brand-700 underline">
            {link.label}
          </Link>
        </p>
      )}
    </>
  );
}
