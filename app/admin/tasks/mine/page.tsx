import { CompleteTaskForm } from "@/components/tasks/TaskForms";
import { TaskStateBadge, TaskSummary } from "@/components/tasks/TaskSummary";
import { mayOnTask } from "@/lib/auth/policy";
import { guarded, pageActor } from "@/lib/admin/guard";
import { myTasks, type TaskRow } from "@/lib/tasks/service";

export const metadata = { title: "我的任务" };
export const dynamic = "force-dynamic";

/**
 * Where staff work on a task: a case's record (their own department's, or an approved one they may
 * read); a section's writer (撰写人) drafts it on the sections page; for the lead department a
 * section's text goes to the quality office, so its link is 我的章节 with what is still missing.
 */
function workLink(r: TaskRow, actor: { id: string; departmentId: string | null }) {
  if (r.kind === "case") return r.href ? { href: r.href, label: "打开案例" } : null;
  if (r.writer?.id === actor.id && r.href) return { href: r.href, label: "撰写本节草稿" };
  return r.lead?.id === actor.departmentId ? { href: "/admin/my-sections", label: "在「我的章节」查看尚缺内容" } : null;
}

/** 我的任务: what the staff member writes, or their department leads or supports, and by when. */
export default async function MyTasksPage() {
  const actor = await pageActor();
  const rows = await guarded(() => myTasks({ actor }));
  const open = rows.filter((r) => r.state !== "DONE");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">
        我的任务 <span className="text-sm font-normal text-slate-500">My tasks</span>
      </h1>
      <p className="text-sm text-slate-700">
        由你撰写、或由本部门牵头或配合的报告章节和案例。未完成 {open.length} 项，其中已逾期{" "}
        {open.filter((r) => r.state === "OVERDUE").length} 项。
      </p>
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-600">
          质量办尚未给你或本部门分配任务（no tasks yet）。
        </p>
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => {
            const role = r.writer?.id === actor.id ? "撰写人" : r.lead?.id === actor.departmentId ? "本部门牵头" : "本部门配合";
            return (
              <li
                key={`${r.year}-${r.target}`}
                data-task={r.target}
                className={`space-y-2 rounded border bg-white p-3 ${r.state === "OVERDUE" ? "border-rose-300" : "border-slate-200"}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="font-medium">
                    {r.year}年度 · {r.title}
                  </h2>
                  <TaskStateBadge row={r} />
                  <span className="text-xs text-slate-600">（{role}）</span>
                </div>
                <TaskSummary row={r} link={workLink(r, actor)} />
                {!r.doneByApproval && mayOnTask(actor, "complete", r.scope) && (
                  <CompleteTaskForm year={r.year} target={r.target} done={Boolean(r.completedAt)} title={r.title} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
