import Link from "next/link";
import { fill, type Lang } from "@/lib/i18n/define";
import { tasks } from "@/lib/i18n/messages/tasks";
import type { TaskRow } from "@/lib/tasks/service";
import { AssignTaskForm, CompleteTaskForm, RemindForm } from "@/components/tasks/TaskForms";
import { TaskStateBadge } from "@/components/tasks/TaskSummary";

type Option = { id: string; label: string };

/**
 * One task of the board on one line (wrapping on a phone): title, state, lead, writer, due date and
 * its actions; the assignment editor opens below it. Supporting departments and the note are shown
 * only when set, so an unassigned target costs one line, not a card.
 */
export function TaskLine({
  row: r,
  year,
  departments,
  writers,
  lang,
}: {
  row: TaskRow;
  year: number;
  departments: Option[];
  writers: Option[];
  lang: Lang;
}) {
  const t = tasks[lang];
  return (
    <li data-task={r.target} className="px-3 py-1.5 text-sm">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className={`min-w-0 ${r.level === 1 ? "font-semibold" : "font-medium"}`}>
          {r.href ? (
            <Link href={r.href} className="text-brand-800 hover:underline">
              {r.title}
            </Link>
          ) : (
            r.title
          )}
        </h3>
        <TaskStateBadge row={r} lang={lang} />
        <span className="text-slate-700">
          <span className="text-slate-500">{t.leadShort}</span> {r.lead?.name ?? t.unassigned}
        </span>
        {r.supporting.length > 0 && (
          <span className="text-slate-700">
            <span className="text-slate-500">{t.supportingShort}</span> {r.supporting.map((d) => d.name).join(t.listSeparator)}
          </span>
        )}
        <span className="text-slate-700">
          <span className="text-slate-500">{t.writerShort}</span> {r.writer?.name ?? t.unassigned}
        </span>
        <span className="text-slate-700">
          <span className="text-slate-500">{t.due}</span> {r.dueDate ?? t.notSet}
          {r.dueWords && r.daysLeft !== null && (
            <span className={r.state === "OVERDUE" ? "ml-1 font-medium text-rose-800" : "ml-1"}>
              {fill(t.dueWords, { words: t.dueIn(r.daysLeft) })}
            </span>
          )}
        </span>
        {r.doneByApproval && <span className="text-slate-600">{t.caseApproved}</span>}
        {r.note && <span className="text-slate-600">{fill(t.noteLine, { note: r.note })}</span>}
        <span className="ml-auto flex flex-wrap items-center gap-2">
          {r.state === "OVERDUE" && <RemindForm year={year} target={r.target} title={r.title} />}
          {!r.doneByApproval && <CompleteTaskForm year={year} target={r.target} done={Boolean(r.completedAt)} title={r.title} />}
        </span>
        {/* On the task's own line while closed; open, the editor takes the full width below it. */}
        <details className="open:basis-full">
          <summary className="cursor-pointer text-xs text-brand-700">
            {t.editAssignment}
            <span className="sr-only">{fill(t.editAssignmentOf, { title: r.title })}</span>
          </summary>
          <div className="mt-2 rounded border border-slate-200 bg-slate-50 p-3">
            <AssignTaskForm
              values={{
                year,
                target: r.target,
                kind: r.kind,
                version: r.version,
                leadId: r.lead?.id ?? null,
                leadName: r.lead?.name ?? null,
                supportingIds: r.supporting.map((d) => d.id),
                writerId: r.writer?.id ?? null,
                dueDate: r.dueDate,
                note: r.note,
              }}
              departments={departments}
              writers={writers}
            />
          </div>
        </details>
      </div>
    </li>
  );
}
