import Link from "next/link";
import type { TaskRow } from "@/lib/tasks/service";
import { AssignTaskForm, CompleteTaskForm, RemindForm } from "@/components/tasks/TaskForms";
import { TaskStateBadge } from "@/components/tasks/TaskSummary";

type Option = { id: string; label: string };

/**
 * One task of the board on one line (wrapping on a phone): title, state, lead, writer, due date and
 * its actions; the assignment editor opens below it. Supporting departments and the note are shown
 * only when set, so an unassigned target costs one line, not a card.
 */
export function TaskLine({ row: r, year, departments, writers }: { row: TaskRow; year: number; departments: Option[]; writers: Option[] }) {
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
        <TaskStateBadge row={r} />
        <span className="text-slate-700">
          <span className="text-slate-500">牵头</span> {r.lead?.name ?? "未指定"}
        </span>
        {r.supporting.length > 0 && (
          <span className="text-slate-700">
            <span className="text-slate-500">配合</span> {r.supporting.map((d) => d.name).join("、")}
          </span>
        )}
        <span className="text-slate-700">
          <span className="text-slate-500">撰写</span> {r.writer?.name ?? "未指定"}
        </span>
        <span className="text-slate-700">
          <span className="text-slate-500">截止</span> {r.dueDate ?? "未定"}
          {r.dueWords && <span className={r.state === "OVERDUE" ? "ml-1 font-medium text-rose-800" : "ml-1"}>（{r.dueWords}）</span>}
        </span>
        {r.doneByApproval && <span className="text-slate-600">案例已审核通过</span>}
        {r.note && <span className="text-slate-600">备注：{r.note}</span>}
        <span className="ml-auto flex flex-wrap items-center gap-2">
          {r.state === "OVERDUE" && <RemindForm year={year} target={r.target} title={r.title} />}
          {!r.doneByApproval && <CompleteTaskForm year={year} target={r.target} done={Boolean(r.completedAt)} title={r.title} />}
        </span>
        {/* On the task's own line while closed; open, the editor takes the full width below it. */}
        <details className="open:basis-full">
          <summary className="cursor-pointer text-xs text-brand-700">
            编辑分配<span className="sr-only">：{r.title}</span>
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
