import Link from "next/link";
import { fill, type Lang } from "@/lib/i18n/define";
import { tasks } from "@/lib/i18n/messages/tasks";
import type { TaskRow } from "@/lib/tasks/service";
import { formatDateTime } from "@/lib/time";

const TONES: Record<TaskRow["state"], string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800 ring-slate-300",
  IN_PROGRESS: "bg-sky-50 text-sky-900 ring-sky-300",
  DONE: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  OVERDUE: "bg-rose-50 text-rose-900 ring-rose-400",
};

export function TaskStateBadge({ row, lang }: { row: TaskRow; lang: Lang }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${TONES[row.state]}`} data-state={row.state}>
      {tasks[lang][row.state]}
    </span>
  );
}

/**
 * One task in words: who leads, supports and writes it, and by when. `link` is where the viewer works
 * on it (the board: the section in the outline editor or the case; staff: 我的章节 or the case), or none.
 */
export function TaskSummary({ row, link, lang }: { row: TaskRow; link: { href: string; label: string } | null; lang: Lang }) {
  const t = tasks[lang];
  const list = (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-700">
      <dt className="text-slate-600">{t.leadShort}</dt>
      <dd>{row.lead?.name ?? t.unassigned}</dd>
      <dt className="text-slate-600">{t.supportingShort}</dt>
      <dd>{row.supporting.length ? row.supporting.map((d) => d.name).join(t.listSeparator) : "—"}</dd>
      <dt className="text-slate-600">{t.writer}</dt>
      <dd>{row.writer?.name ?? t.unassigned}</dd>
      <dt className="text-slate-600">{t.due}</dt>
      <dd>
        {row.dueDate ? (
          <>
            {row.dueDate}
            {row.dueWords && row.daysLeft !== null && (
              <span className={row.state === "OVERDUE" ? "ml-1 font-medium text-rose-800" : "ml-1"}>
                {fill(t.dueWords, { words: t.dueIn(row.daysLeft) })}
              </span>
            )}
          </>
        ) : (
          t.notSet
        )}
      </dd>
      {row.completedAt && (
        <>
          <dt className="text-slate-600">{t.completed}</dt>
          <dd>
            {formatDateTime(row.completedAt)} {row.completedBy}
          </dd>
        </>
      )}
      {row.doneByApproval && (
        <>
          <dt className="text-slate-600">{t.completed}</dt>
          <dd>{t.caseApproved}</dd>
        </>
      )}
      {row.note && (
        <>
          <dt className="text-slate-600">{t.note}</dt>
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
