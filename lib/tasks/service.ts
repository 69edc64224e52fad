import { audit, changedFields } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import { authorize, authorizeTask, deny, may, mayOnRecord, type TaskScope } from "../auth/policy";
import { AppError } from "../errors";
import type { Prisma, PrismaClient, Role } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { anchorOf } from "../site/anchors";
import { fill } from "../i18n/define";
import { tasks as taskMessages } from "../i18n/messages/tasks";
import { recordTitle } from "../records/declare";
import { kindBySlug } from "../records/kinds";
import { db } from "../server/db";
import { handOff, settleGroup, taskGroup } from "../notifications/handoff";
import { mailSoon } from "../notifications/mail";
import { formatDate, formatDay } from "../time";
import { parseWith } from "../validation";
import { assertYearWritable } from "../years/service";
import { taskAssignmentSchema, ZTaskDone, ZTaskTarget, type TTaskTarget } from "./schema";
import { daysUntil, dueWords, TASK_STATE_LABELS, taskState, type TaskState } from "./state";

// A case on the board is named as everywhere else: by its kind's declared title.
const CASE_KIND = kindBySlug("cases")!;

/**
 * 任务看板: every outline section and case of a year, with its lead department (牵头), supporting
 * departments (配合), writer and due date, and its derived state (lib/tasks/state.ts). A task row is
 * made the first time someone assigns or completes a target; until then the target is listed with
 * its lead department only. The lead is the section's department (我的章节) or the case record's.
 */
type Ctx = { actor: MaybeActor; prisma?: PrismaClient; now?: Date };

export type TaskRow = {
  /** `section:<key>` or `case:<record id>` (lib/tasks/schema.ts). */
  target: string;
  kind: "section" | "case";
  year: number;
  title: string;
  level: number;
  taskId: string | null;
  /** The task row's version (0 before it exists), for the editor's conflict check. */
  version: number;
  lead: { id: string; name: string } | null;
  supporting: { id: string; name: string }[];
  writer: { id: string; name: string } | null;
  /** YYYY-MM-DD as entered (a date-only column). */
  dueDate: string | null;
  daysLeft: number | null;
  dueWords: string | null;
  state: TaskState;
  stateLabel: string;
  completedAt: Date | null;
  completedBy: string | null;
  /** A case counts as done once its record is approved, whether or not anyone marked it. */
  doneByApproval: boolean;
  note: string;
  /** Where the work is done: the section in the outline editor, or the case record (null: not readable by the viewer). */
  href: string | null;
  scope: TaskScope;
};

const TASK_INCLUDE = {
  writer: { select: { id: true, displayName: true } },
  completedBy: { select: { displayName: true } },
} as const;
type TaskWithPeople = Prisma.WritingTaskGetPayload<{ include: typeof TASK_INCLUDE }>;

/** A case another department has not yet had approved, as those who may not read it see it listed. */
export const HIDDEN_CASE_TITLE = "案例（牵头部门的草稿，暂不可见）";

/** A new task's notice in English (the Chinese is written beside it, where it is sent). */
function assignedInEnglish(year: number, title: string, dueDate: Date | null, by: string) {
  const m = taskMessages.en;
  const body = [dueDate ? fill(m.noticeDue, { date: formatDay(dueDate) }) : m.noticeNoDue, fill(m.noticeAssignedBy, { name: by })];
  return { title: () => fill(m.noticeAssigned, { year, title }), body: body.join(m.noticeSeparator) };
}

/** Where a task's person acts: the quality office on the board, everyone else under 我的任务. */
export const taskHref = (user: { role: string }, year: number) =>
  user.role === "ADMIN" || user.role === "REVIEWER" ? `/admin/tasks?year=${year}` : "/admin/tasks/mine";

const targetKey = (t: TTaskTarget) => `${t.kind}:${t.ref}`;

/** A year from a URL or form: a whole number, else a clear refusal instead of a database error. */
export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new AppError("INVALID", bi("年度无效", "invalid report year"));
  }
}

async function departmentNames(prisma: PrismaClient | Prisma.TransactionClient) {
  const rows = await prisma.department.findMany({ select: { id: true, name: true }, orderBy: { sortOrder: "asc" } });
  return new Map(rows.map((d) => [d.id, d.name]));
}

function row(
  base: { target: string; kind: "section" | "case"; year: number; title: string; level: number; href: string | null },
  lead: string | null,
  task: TaskWithPeople | null,
  facts: { started: boolean; approved?: boolean },
  names: Map<string, string>,
  now: Date,
): TaskRow {
  const supportingIds = task?.supportingDepartmentIds ?? [];
  const done = Boolean(task?.completedAt) || Boolean(facts.approved);
  const state = taskState({ done, started: facts.started, dueDate: task?.dueDate ?? null }, now);
  return {
    ...base,
    taskId: task?.id ?? null,
    version: task?.version ?? 0,
    lead: lead ? { id: lead, name: names.get(lead) ?? "（已删除的部门）" } : null,
    supporting: supportingIds.map((id) => ({ id, name: names.get(id) ?? "（已删除的部门）" })),
    writer: task?.writer ? { id: task.writer.id, name: task.writer.displayName } : null,
    dueDate: task?.dueDate ? formatDay(task.dueDate) : null,
    daysLeft: task?.dueDate ? daysUntil(task.dueDate, now) : null,
    dueWords: task?.dueDate && !done ? dueWords(task.dueDate, now) : null,
    state,
    stateLabel: TASK_STATE_LABELS[state],
    completedAt: task?.completedAt ?? null,
    completedBy: task?.completedBy?.displayName ?? null,
    doneByApproval: Boolean(facts.approved) && !task?.completedAt,
    note: task?.note ?? "",
    scope: { writerId: task?.writerId ?? null, leadDepartmentId: lead, supportingDepartmentIds: supportingIds },
  };
}

/** Every section and case of the given years (or only those whose task matches `taskWhere`), in reading order. */
async function loadRows(
  prisma: PrismaClient,
  options: { years: number[]; taskWhere?: Prisma.WritingTaskWhereInput; now: Date; viewer?: MaybeActor },
): Promise<TaskRow[]> {
  const taskFilter = options.taskWhere ? { writingTask: { is: options.taskWhere } } : {};
  const [names, sections, cases] = await Promise.all([
    departmentNames(prisma),
    prisma.outlineSection.findMany({
      where: { year: { in: options.years }, ...taskFilter },
      orderBy: [{ year: "desc" }, { sortOrder: "asc" }],
      include: { writingTask: { include: TASK_INCLUDE } },
    }),
    prisma.record.findMany({
      where: { year: { in: options.years }, kind: "case", deletedAt: null, ...taskFilter },
      orderBy: [{ year: "desc" }, { sortOrder: "asc" }, { createdAt: "asc" }],
      include: { case: { select: { title: true } }, writingTask: { include: TASK_INCLUDE } },
    }),
  ]);
  const rows: TaskRow[] = [];
  for (const year of [...options.years].sort((a, b) => b - a)) {
    for (const s of sections.filter((x) => x.year === year)) {
      const base = {
        target: `section:${s.key}`,
        kind: "section" as const,
        year,
        title: `${s.number}${s.title}`,
        level: s.level,
        href: `/admin/report/${year}/sections#${anchorOf("sec", s.key)}`,
      };
      rows.push(row(base, s.departmentId, s.writingTask, { started: s.narrative.trim() !== "" }, names, options.now));
    }
    for (const c of cases.filter((x) => x.year === year)) {
      // A supporting department or a writer from elsewhere does not read another department's draft case.
      const readable = !options.viewer || mayOnRecord(options.viewer, "read", { departmentId: c.departmentId, status: c.status });
      const base = {
        target: `case:${c.id}`,
        kind: "case" as const,
        year,
        title: readable ? `案例：${recordTitle(CASE_KIND, c.case ?? {})}` : HIDDEN_CASE_TITLE,
        level: 2,
        href: readable ? `/admin/records/cases/${c.id}` : null,
      };
      rows.push(row(base, c.departmentId, c.writingTask, { started: true, approved: c.status === "APPROVED" }, names, options.now));
    }
  }
  return rows;
}

export type TaskBoard = { year: number; rows: TaskRow[]; overdue: number; done: number; total: number };

/** The quality office's board for one year. */
export async function taskBoard(ctx: Ctx & { year: number }): Promise<TaskBoard> {
  authorize(ctx.actor, "tasks.manage");
  checkYear(ctx.year);
  const prisma = ctx.prisma ?? db();
  const rows = await loadRows(prisma, { years: [ctx.year], now: ctx.now ?? new Date() });
  return {
    year: ctx.year,
    rows,
    overdue: rows.filter((r) => r.state === "OVERDUE").length,
    done: rows.filter((r) => r.state === "DONE").length,
    total: rows.length,
  };
}

/** Overdue tasks with a writer, in years still being written (for the daily reminder; no viewer: titles in full). */
export async function overdueTasks(options: { prisma: PrismaClient; now: Date }): Promise<TaskRow[]> {
  const years = (await options.prisma.reportYear.findMany({ where: { state: "OPEN" }, select: { year: true } })).map((y) => y.year);
  if (!years.length) return [];
  const rows = await loadRows(options.prisma, { years, now: options.now, taskWhere: { writerId: { not: null }, completedAt: null } });
  return rows.filter((r) => r.state === "OVERDUE");
}

/**
 * 我的任务: tasks in years still being written where the actor is the writer, or their department
 * leads or supports — chosen in the query itself, not filtered afterwards.
 */
export async function myTasks(ctx: Ctx & { year?: number }): Promise<TaskRow[]> {
  authorize(ctx.actor, "tasks.own");
  const actor = ctx.actor!;
  const prisma = ctx.prisma ?? db();
  const departmentId = actor.departmentId!;
  if (ctx.year !== undefined) checkYear(ctx.year);
  const years = ctx.year
    ? [ctx.year]
    : (await prisma.reportYear.findMany({ where: { state: { not: "ARCHIVED" } }, select: { year: true } })).map((y) => y.year);
  return loadRows(prisma, {
    years,
    now: ctx.now ?? new Date(),
    viewer: actor,
    taskWhere: {
      OR: [
        { writerId: actor.id },
        { supportingDepartmentIds: { has: departmentId } },
        { section: { is: { departmentId } } },
        { caseRecord: { is: { departmentId } } },
      ],
    },
  });
}

/** The section or case a target names, in the year, or NOT_FOUND. */
async function resolveTarget(prisma: PrismaClient | Prisma.TransactionClient, year: number, target: TTaskTarget) {
  if (target.kind === "section") {
    const s = await prisma.outlineSection.findUnique({
      where: { year_key: { year, key: target.ref } },
      select: { id: true, departmentId: true, narrative: true, number: true, title: true, version: true },
    });
    if (s) return { kind: "section" as const, id: s.id, lead: s.departmentId, title: `${s.number}${s.title}`, narrative: s.narrative };
  } else {
    const r = await prisma.record.findFirst({
      where: { id: target.ref, year, kind: "case", deletedAt: null },
      select: { id: true, departmentId: true, case: { select: { title: true } } },
    });
    if (r)
      return {
        kind: "case" as const,
        id: r.id,
        lead: r.departmentId,
        title: `案例：${recordTitle(CASE_KIND, r.case ?? {})}`,
        narrative: null,
      };
  }
  throw new AppError("NOT_FOUND", bi("没有这个章节或案例", "no such section or case in this year"));
}

const taskOf = (prisma: PrismaClient | Prisma.TransactionClient, t: { kind: "section" | "case"; id: string }) =>
  prisma.writingTask.findUnique({ where: t.kind === "section" ? { sectionId: t.id } : { caseRecordId: t.id } });

/** One target's row, as the board shows it (after a change). */
export async function rowOf(prisma: PrismaClient, year: number, target: string, now: Date): Promise<TaskRow> {
  const rows = await loadRows(prisma, { years: [year], now });
  return rows.find((r) => r.target === target)!;
}

/**
 * The board's edit: lead (sections: the section's department; a case's lead is its record's
 * department and cannot change here), supporting departments, writer, due date and note.
 */
export async function assignTask(ctx: Ctx & { year: number; target: unknown; input: unknown; ip?: string | null }): Promise<TaskRow> {
  authorize(ctx.actor, "tasks.manage");
  checkYear(ctx.year);
  const target = parseWith(ZTaskTarget, ctx.target);
  const prisma = ctx.prisma ?? db();
  // The due-date rule needs today and the date the task has; the write below checks the version.
  const current = await resolveTarget(prisma, ctx.year, target).then((found) => taskOf(prisma, found));
  const rule = { today: formatDate(ctx.now ?? new Date()), current: current?.dueDate ? formatDay(current.dueDate) : null };
  const input = parseWith(taskAssignmentSchema(rule), ctx.input);
  await assertYearWritable(ctx.year, prisma);

  await prisma.$transaction(async (tx) => {
    const found = await resolveTarget(tx, ctx.year, target);
    let lead = found.lead;
    if (input.leadDepartmentId !== undefined && input.leadDepartmentId !== found.lead) {
      if (found.kind === "case") {
        const message = bi(
          "案例的牵头部门就是填报该案例的部门，不能在任务看板上更改",
          "a case's lead department is the department that entered it; it cannot be changed on the board",
        );
        throw new AppError("INVALID", message, { leadDepartmentId: [message] });
      }
      lead = input.leadDepartmentId;
    }
    const supporting = [...new Set(input.supportingDepartmentIds)].filter((d) => d !== lead);
    const departmentIds = [...supporting, ...(lead ? [lead] : [])];
    const known = await tx.department.count({ where: { id: { in: departmentIds } } });
    if (known !== departmentIds.length) {
      const message = bi("所选部门不存在", "a chosen department does not exist");
      throw new AppError("INVALID", message, { supportingDepartmentIds: [message] });
    }
    if (input.writerId) {
      const writer = await tx.user.findUnique({ where: { id: input.writerId }, select: { active: true, role: true } });
      if (!writer || !writer.active || !WRITER_ROLES.includes(writer.role)) {
        const message = bi("撰写人应为在用的本校账号（不含校领导）", "the writer must be an active college account (not the leader)");
        throw new AppError("INVALID", message, { writerId: [message] });
      }
    }
    const before = await taskOf(tx, found);
    if (input.version !== undefined && input.version !== (before?.version ?? 0)) {
      throw new AppError(
        "CONFLICT",
        bi("该任务刚被他人修改，请刷新页面后再改", "someone else has just changed this task; reload the page and try again"),
      );
    }
    const data = {
      supportingDepartmentIds: supporting,
      writerId: input.writerId,
      dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
      note: input.note,
    };
    const saved = before
      ? await tx.writingTask.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.writingTask.create({
          data: { ...data, year: ctx.year, ...(found.kind === "section" ? { sectionId: found.id } : { caseRecordId: found.id }) },
        });
    if (found.kind === "section" && lead !== found.lead) {
      await tx.outlineSection.update({ where: { id: found.id }, data: { departmentId: lead, version: { increment: 1 } } });
    }
    const fields = (t: typeof before, leadId: string | null) =>
      t && {
        leadDepartmentId: leadId,
        supportingDepartmentIds: t.supportingDepartmentIds,
        writerId: t.writerId,
        dueDate: t.dueDate,
        note: t.note,
      };
    // Task assigned → the writer (a new one only; the old writer's notice of it is handled).
    if (saved.writerId !== (before?.writerId ?? null)) {
      const key = taskGroup(ctx.year, targetKey(target));
      await settleGroup(tx, key);
      if (saved.writerId && saved.writerId !== ctx.actor!.id) {
        const writer = await tx.user.findUniqueOrThrow({
          where: { id: saved.writerId },
          select: { id: true, username: true, displayName: true, role: true, departmentId: true },
        });
        const readable =
          found.kind === "section" ||
          writer.departmentId === lead ||
          mayOnRecord(writer, "read", { departmentId: lead ?? "", status: "DRAFT" });
        await handOff(tx, {
          userIds: [writer.id],
          type: "TASK",
          groupKey: key,
          title: () => `新任务：${ctx.year}年度 ${readable ? found.title : HIDDEN_CASE_TITLE}`,
          body: [data.dueDate ? `截止 ${formatDay(data.dueDate)}` : "未定截止日期", `分派人：${ctx.actor!.displayName}`].join("；"),
          en: assignedInEnglish(ctx.year, readable ? found.title : taskMessages.en.hiddenCase, data.dueDate, ctx.actor!.displayName),
          href: () => taskHref(writer, ctx.year),
        });
      }
    }
    await audit(tx, {
      actor: ctx.actor,
      action: "TASK_ASSIGN",
      entityType: "WritingTask",
      entityId: saved.id,
      changes: { target: targetKey(target), ...changedFields(fields(before, found.lead), fields(saved, lead)) },
      ip: ctx.ip ?? null,
    });
  });
  mailSoon(); // the new writer's notice, after the commit
  return rowOf(prisma, ctx.year, targetKey(target), ctx.now ?? new Date());
}

/**
 * Marks a task done (or not done again): the quality office, the writer or the lead department.
 * A section counts as done only once its narrative is written.
 */
export async function completeTask(ctx: Ctx & { year: number; target: unknown; input: unknown; ip?: string | null }): Promise<TaskRow> {
  // Roles that can have no task at all are refused before anything is looked up.
  if (!may(ctx.actor, "tasks.manage") && !may(ctx.actor, "tasks.own")) deny(ctx.actor);
  checkYear(ctx.year);
  const target = parseWith(ZTaskTarget, ctx.target);
  const { done } = parseWith(ZTaskDone, ctx.input);
  const prisma = ctx.prisma ?? db();
  await assertYearWritable(ctx.year, prisma);
  await prisma.$transaction(async (tx) => {
    const found = await resolveTarget(tx, ctx.year, target);
    const task = await taskOf(tx, found);
    authorizeTask(ctx.actor, "complete", {
      writerId: task?.writerId ?? null,
      leadDepartmentId: found.lead,
      supportingDepartmentIds: task?.supportingDepartmentIds ?? [],
    });
    if (done && found.narrative !== null && found.narrative.trim() === "") {
      throw new AppError(
        "INVALID",
        bi("该章节还没有叙述文字，写好后才能标记完成", "the section has no narrative yet; write it before marking the task done"),
      );
    }
    if (Boolean(task?.completedAt) === done) return;
    const data = done ? { completedAt: new Date(), completedById: ctx.actor!.id } : { completedAt: null, completedById: null };
    const saved = task
      ? await tx.writingTask.update({ where: { id: task.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.writingTask.create({
          data: { ...data, year: ctx.year, ...(found.kind === "section" ? { sectionId: found.id } : { caseRecordId: found.id }) },
        });
    // A task done clears its writer's notices (assigned, overdue, reminded).
    if (done) await settleGroup(tx, taskGroup(ctx.year, targetKey(target)));
    await audit(tx, {
      actor: ctx.actor,
      action: done ? "TASK_DONE" : "TASK_REOPEN",
      entityType: "WritingTask",
      entityId: saved.id,
      changes: { target: targetKey(target) },
      ip: ctx.ip ?? null,
    });
  });
  return rowOf(prisma, ctx.year, targetKey(target), ctx.now ?? new Date());
}

/**
 * Who may write a section or case: the college's own staff, heads and quality office. Not the
 * leader (校领导 signs the report off, it does not draft it) nor a partner enterprise.
 */
const WRITER_ROLES: readonly Role[] = ["ADMIN", "REVIEWER", "STAFF", "DEPT_HEAD"];

/** Who may be assigned: active accounts of those roles, outside deactivated departments, for the board's writer list. */
export async function assignableWriters(ctx: Ctx) {
  authorize(ctx.actor, "tasks.manage");
  const users = await (ctx.prisma ?? db()).user.findMany({
    where: { active: true, role: { in: [...WRITER_ROLES] }, OR: [{ departmentId: null }, { department: { active: true } }] },
    orderBy: [{ role: "asc" }, { displayName: "asc" }],
    select: { id: true, displayName: true, username: true, department: { select: { name: true } } },
  });
  return users.map((u) => ({ id: u.id, label: `${u.displayName}（${u.department?.name ?? u.username}）` }));
}

/** Departments for the lead and supporting choices (active ones). */
export async function taskDepartments(ctx: Ctx) {
  authorize(ctx.actor, "tasks.manage");
  return (ctx.prisma ?? db()).department.findMany({
    where: { active: true },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true },
  });
}
