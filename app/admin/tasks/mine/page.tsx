import { CompleteTaskForm } from "@/components/tasks/TaskForms";
import { TaskStateBadge, TaskSummary } from "@/components/tasks/TaskSummary";
import { mayOnTask } from "@/lib/auth/policy";
import { guarded, pageActor } from "@/lib/admin/guard";
import { fill } from "@/lib/i18n/define";
import { tasks } from "@/lib/i18n/messages/tasks";
import { translate } from "@/lib/i18n/server";
import { myTasks, type TaskRow } from "@/lib/tasks/service";

export async function generateMetadata() {
  const { t } = await translate(tasks);
  return { title: t.myTitle };
}
export const dynamic = "force-dynamic";

/**
 * Where staff work on a task: a case's record (their own department's, or an approved one they may
 * read); a section's writer (撰写人) drafts it on the sections page; for the lead department a
 * section's text goes to the quality office, so its link is 我的章节 with what is still missing.
 */
function workLink(r: TaskRow, actor: { id: string; departmentId: string | null }, t: (typeof tasks)["zh"]) {
  if (r.kind === "case") return r.href ? { href: r.href, label: t.openCase } : null;
  if (r.writer?.id === actor.id && r.href) return { href: r.href, label: t.writeDraft };
  return r.lead?.id === actor.departmentId ? { href: "/admin/my-sections", label: t.seeMySections } : null;
}

/** 我的任务: what the staff member writes, or their department leads or supports, and by when. */
export default async function MyTasksPage() {
  const actor = await pageActor();
  const rows = await guarded(() => myTasks({ actor }));
  const { lang, t } = await translate(tasks);
  const open = rows.filter((r) => r.state !== "DONE");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t.myTitle}</h1>
      <p className="text-sm text-slate-700">
        {fill(t.myIntro, { open: open.length, overdue: open.filter((r) => r.state === "OVERDUE").length })}
      </p>
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-600">{t.myEmpty}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => {
            const role = r.writer?.id === actor.id ? t.roleWriter : r.lead?.id === actor.departmentId ? t.roleLead : t.roleSupporting;
            return (
              <li
                key={`${r.year}-${r.target}`}
                data-task={r.target}
                className={`space-y-2 rounded border bg-white p-3 ${r.state === "OVERDUE" ? "border-rose-300" : "border-slate-200"}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="font-medium">{fill(t.taskTitle, { year: r.year, title: r.title })}</h2>
                  <TaskStateBadge row={r} lang={lang} />
                  <span className="text-xs text-slate-600">{fill(t.roleLine, { role })}</span>
                </div>
                <TaskSummary row={r} link={workLink(r, actor, t)} lang={lang} />
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
