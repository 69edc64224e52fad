import { YearSwitch } from "@/components/admin/YearSwitch";
import Link from "next/link";
import { AssignTaskForm, CompleteTaskForm, RemindForm } from "@/components/tasks/TaskForms";
import { TaskStateBadge, TaskSummary } from "@/components/tasks/TaskSummary";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { assignableWriters, taskBoard, taskDepartments } from "@/lib/tasks/service";

export const metadata = { title: "任务看板" };
export const dynamic = "force-dynamic";

/** 任务看板: the quality office assigns every section and case and sees overdue ones at a glance. */
export default async function TaskBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await pageActor();
  const params = await searchParams;
  const ctx = await formContext();
  const year = Number(params.year) || (ctx.writableYears[0] ?? ctx.years[0] ?? new Date().getFullYear());
  const overdueOnly = params.filter === "overdue";
  const [board, departments, writers] = await guarded(() =>
    Promise.all([taskBoard({ actor, year }), taskDepartments({ actor }), assignableWriters({ actor })]),
  );
  const rows = overdueOnly ? board.rows.filter((r) => r.state === "OVERDUE") : board.rows;
  const departmentOptions = departments.map((d) => ({ id: d.id, label: d.name }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <h1 className="text-2xl font-bold text-brand-800">
          任务看板 <span className="text-sm font-normal text-slate-500">Task board · {year}</span>
        </h1>
        <YearSwitch years={ctx.years} year={year} />
      </div>
      <div className="flex flex-wrap items-center gap-4 rounded border border-slate-200 bg-white p-3 text-sm" data-testid="task-counts">
        <span>
          共 {board.total} 项 · 已完成 {board.done} 项 ·{" "}
          <strong className={board.overdue ? "text-rose-800" : ""}>已逾期 {board.overdue} 项</strong>
        </span>
        {overdueOnly ? (
          <Link href={`/admin/tasks?year=${year}`} className="text-brand-700 underline">
            显示全部
          </Link>
        ) : (
          <Link href={`/admin/tasks?year=${year}&filter=overdue`} className="text-brand-700 underline">
            只看逾期（{board.overdue}）
          </Link>
        )}
        {board.overdue > 0 && <RemindForm year={year} />}
      </div>
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-600">
          {overdueOnly ? "没有逾期任务（nothing overdue）。" : "本年度尚无大纲章节或案例（no sections or cases yet）。"}
        </p>
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => (
            <li
              key={r.target}
              data-task={r.target}
              className={`space-y-2 rounded border bg-white p-3 ${r.state === "OVERDUE" ? "border-rose-300" : "border-slate-200"}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <h2 className={r.level === 1 ? "font-semibold" : "font-medium"}>{r.title}</h2>
                <TaskStateBadge row={r} />
              </div>
              <TaskSummary row={r} link={r.href ? { href: r.href, label: r.kind === "section" ? "在大纲中打开章节" : "打开案例" } : null} />
              <div className="flex flex-wrap items-center gap-3">
                {r.state === "OVERDUE" && <RemindForm year={year} target={r.target} title={r.title} />}
                {!r.doneByApproval && <CompleteTaskForm year={year} target={r.target} done={Boolean(r.completedAt)} title={r.title} />}
              </div>
              <details>
                <summary className="cursor-pointer text-sm text-brand-700">编辑分配：{r.title}</summary>
                <div className="mt-2">
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
                    departments={departmentOptions}
                    writers={writers}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
