import { YearSwitch } from "@/components/admin/YearSwitch";
import Link from "next/link";
import { RemindForm } from "@/components/tasks/TaskForms";
import { TaskLine } from "@/components/tasks/TaskLine";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { assignableWriters, taskBoard, taskDepartments, type TaskRow } from "@/lib/tasks/service";
import { TASK_STATE_LABELS, type TaskState } from "@/lib/tasks/state";

export const metadata = { title: "任务看板" };
export const dynamic = "force-dynamic";

/** The groups in the order the office works them: what is late first, what is done last. */
const GROUPS: readonly TaskState[] = ["OVERDUE", "NOT_STARTED", "IN_PROGRESS", "DONE"];
const NONE = "none";
const select = "ml-1 max-w-[12rem] rounded border border-slate-300 px-2 py-1";

/** The board's filters from the query string (`filter=overdue` is the old link to the overdue ones). */
function boardFilters(params: Record<string, string | undefined>) {
  const state = GROUPS.find((s) => s === params.state) ?? (params.filter === "overdue" ? "OVERDUE" : undefined);
  const kind = params.kind === "section" || params.kind === "case" ? params.kind : undefined;
  return { state, kind, lead: params.lead || undefined, writer: params.writer || undefined };
}

function matches(r: TaskRow, f: ReturnType<typeof boardFilters>): boolean {
  if (f.state && r.state !== f.state) return false;
  if (f.kind && r.kind !== f.kind) return false;
  if (f.lead && (f.lead === NONE ? r.lead : r.lead?.id !== f.lead)) return false;
  if (f.writer && (f.writer === NONE ? r.writer : r.writer?.id !== f.writer)) return false;
  return true;
}

/** 任务看板: the quality office assigns every section and case; one line each, grouped by state, filtered. */
/** A filter over a list (departments, writers) with 全部 and 未指定 (none assigned). */
function AssignmentFilter(props: { label: string; name: string; value?: string; options: readonly { id: string; label: string }[] }) {
  return (
    <label>
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""} className={select}>
        <option value="">全部</option>
        <option value={NONE}>未指定</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function TaskBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await pageActor();
  const params = await searchParams;
  const ctx = await formContext();
  const year = Number(params.year) || (ctx.writableYears[0] ?? ctx.years[0] ?? new Date().getFullYear());
  const filters = boardFilters(params);
  const [board, departments, writers] = await guarded(() =>
    Promise.all([taskBoard({ actor, year }), taskDepartments({ actor }), assignableWriters({ actor })]),
  );
  const rows = board.rows.filter((r) => matches(r, filters));
  const filtered = Boolean(filters.state || filters.kind || filters.lead || filters.writer);
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
        {filters.state === "OVERDUE" ? (
          <Link href={`/admin/tasks?year=${year}`} className="text-brand-700 underline">
            显示全部
          </Link>
        ) : (
          <Link href={`/admin/tasks?year=${year}&state=OVERDUE`} className="text-brand-700 underline">
            只看逾期（{board.overdue}）
          </Link>
        )}
        {board.overdue > 0 && <RemindForm year={year} />}
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="筛选任务">
        <input type="hidden" name="year" value={year} />
        <label>
          状态
          <select name="state" defaultValue={filters.state ?? ""} className={select}>
            <option value="">全部</option>
            {GROUPS.map((s) => (
              <option key={s} value={s}>
                {TASK_STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          类型
          <select name="kind" defaultValue={filters.kind ?? ""} className={select}>
            <option value="">全部</option>
            <option value="section">章节</option>
            <option value="case">案例</option>
          </select>
        </label>
        <AssignmentFilter label="牵头部门" name="lead" value={filters.lead} options={departmentOptions} />
        <AssignmentFilter label="撰写人" name="writer" value={filters.writer} options={writers} />
        <button className="rounded bg-slate-700 px-3 py-1 text-white">筛选</button>
        {filtered && (
          <Link href={`/admin/tasks?year=${year}`} className="text-brand-700 underline">
            清除筛选
          </Link>
        )}
      </form>
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-600">
          {filtered
            ? filters.state === "OVERDUE"
              ? "没有逾期任务（nothing overdue）。"
              : "没有符合条件的任务（nothing matches）。"
            : "本年度尚无大纲章节或案例（no sections or cases yet）。"}
        </p>
      ) : (
        GROUPS.map((state) => {
          const group = rows.filter((r) => r.state === state);
          if (!group.length) return null;
          return (
            <section key={state} aria-labelledby={`group-${state}`} data-group={state}>
              <h2
                id={`group-${state}`}
                className={`mb-1 text-base font-semibold ${state === "OVERDUE" ? "text-rose-800" : "text-slate-800"}`}
              >
                {TASK_STATE_LABELS[state]}（{group.length}）
              </h2>
              <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
                {group.map((r) => (
                  <TaskLine key={r.target} row={r} year={year} departments={departmentOptions} writers={writers} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
