import { YearSwitch } from "@/components/admin/YearSwitch";
import Link from "next/link";
import { RemindForm } from "@/components/tasks/TaskForms";
import { TaskLine } from "@/components/tasks/TaskLine";
import { guarded, pageActor } from "@/lib/admin/guard";
import { formContext } from "@/lib/admin/options";
import { assignableWriters, taskBoard, taskDepartments, type TaskRow } from "@/lib/tasks/service";
import { fill } from "@/lib/i18n/define";
import { tasks } from "@/lib/i18n/messages/tasks";
import { translate } from "@/lib/i18n/server";
import type { TaskState } from "@/lib/tasks/state";

export async function generateMetadata() {
  const { t } = await translate(tasks);
  return { title: t.boardTitle };
}
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
function AssignmentFilter(props: {
  label: string;
  name: string;
  value?: string;
  options: readonly { id: string; label: string }[];
  t: (typeof tasks)["zh"];
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""} className={select}>
        <option value="">{props.t.all}</option>
        <option value={NONE}>{props.t.unassigned}</option>
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
  const { lang, t } = await translate(tasks);
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
          {t.boardTitle} <span className="text-sm font-normal text-slate-500">{year}</span>
        </h1>
        <YearSwitch years={ctx.years} year={year} />
      </div>
      <div className="flex flex-wrap items-center gap-4 rounded border border-slate-200 bg-white p-3 text-sm" data-testid="task-counts">
        <span>
          {fill(t.counts, { total: board.total, done: board.done })}
          <strong className={board.overdue ? "text-rose-800" : ""}>{fill(t.overdueCount, { n: board.overdue })}</strong>
        </span>
        {filters.state === "OVERDUE" ? (
          <Link href={`/admin/tasks?year=${year}`} className="text-brand-700 underline">
            {t.showAll}
          </Link>
        ) : (
          <Link href={`/admin/tasks?year=${year}&state=OVERDUE`} className="text-brand-700 underline">
            {fill(t.onlyOverdue, { n: board.overdue })}
          </Link>
        )}
        {board.overdue > 0 && <RemindForm year={year} />}
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label={t.filterTasks}>
        <input type="hidden" name="year" value={year} />
        <label>
          {t.state}
          <select name="state" defaultValue={filters.state ?? ""} className={select}>
            <option value="">{t.all}</option>
            {GROUPS.map((s) => (
              <option key={s} value={s}>
                {t[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.kind}
          <select name="kind" defaultValue={filters.kind ?? ""} className={select}>
            <option value="">{t.all}</option>
            <option value="section">{t.section}</option>
            <option value="case">{t.case}</option>
          </select>
        </label>
        <AssignmentFilter label={t.lead} name="lead" value={filters.lead} options={departmentOptions} t={t} />
        <AssignmentFilter label={t.writer} name="writer" value={filters.writer} options={writers} t={t} />
        <button className="rounded bg-slate-700 px-3 py-1 text-white">{t.filter}</button>
        {filtered && (
          <Link href={`/admin/tasks?year=${year}`} className="text-brand-700 underline">
            {t.clearFilters}
          </Link>
        )}
      </form>
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-600">
          {filtered ? (filters.state === "OVERDUE" ? t.noneOverdue : t.noneMatch) : t.noTargets}
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
                {fill(t.groupTitle, { state: t[state], n: group.length })}
              </h2>
              <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
                {group.map((r) => (
                  <TaskLine key={r.target} row={r} year={year} departments={departmentOptions} writers={writers} lang={lang} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
