import { audit } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import { authorize, mayOnRecord } from "../auth/policy";
import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { mailSoon, sendInstantMails, type Mailer } from "../notifications/mail";
import { errorFields, logger } from "../ops/log";
import { db } from "../server/db";
import { parseWith } from "../validation";
import { ZTaskRemind } from "./schema";
import { checkYear, HIDDEN_CASE_TITLE, overdueTasks, taskBoard, taskHref, type TaskRow } from "./service";
import { handOff, taskGroup } from "../notifications/handoff";
import { fill } from "../i18n/define";
import { tasks as taskMessages } from "../i18n/messages/tasks";

/** A reminder's notice in English (the Chinese is written beside it): title, and due date, lead, writer and who reminded. */
function reminderInEnglish(r: TaskRow, year: number, what: string, by: string | null) {
  const m = taskMessages.en;
  const due = r.dueDate
    ? fill(m.noticeDueWords, { date: r.dueDate, words: r.daysLeft !== null && r.dueWords ? m.dueIn(r.daysLeft) : m[r.state] })
    : m.noticeNoDue;
  const body = [
    due,
    by && r.lead ? fill(m.noticeLead, { name: r.lead.name }) : null,
    by && r.writer ? fill(m.noticeWriter, { name: r.writer.name }) : null,
    by ? fill(m.noticeRemindedBy, { name: by }) : null,
  ];
  const title = fill(r.state === "OVERDUE" || !by ? m.noticeOverdue : m.noticeReminder, { year, title: what });
  return { title: () => title, body: body.filter(Boolean).join(m.noticeSeparator) };
}

/**
 * 发送提醒: the quality office reminds the people of unfinished tasks — the writer and the lead
 * department's staff — through the notifications (the bell, and mail when SMTP_URL is set).
 * Without targets: every overdue task of the year (「提醒全部逾期」). Each reminded task is audited.
 */
export async function remindTasks(options: {
  actor: MaybeActor;
  year: number;
  input: unknown;
  ip?: string | null;
  prisma?: PrismaClient;
  now?: Date;
  /** The mail transport (default: SMTP_URL's, none without it). */
  mailer?: Mailer | null;
}): Promise<{ tasks: number; notified: number; nobody: string[] }> {
  authorize(options.actor, "tasks.manage");
  checkYear(options.year);
  const { targets } = parseWith(ZTaskRemind, options.input);
  const prisma = options.prisma ?? db();
  const board = await taskBoard({ actor: options.actor, year: options.year, prisma, now: options.now });
  let chosen: TaskRow[];
  if (targets) {
    chosen = targets.map((t) => {
      const r = board.rows.find((x) => x.target === t);
      if (!r) throw new AppError("NOT_FOUND", bi("没有这个章节或案例", "no such section or case in this year"));
      if (r.state === "DONE") throw new AppError("CONFLICT", bi(`「${r.title}」已完成，无需提醒`, `"${r.title}" is done already`));
      return r;
    });
  } else {
    chosen = board.rows.filter((r) => r.state === "OVERDUE");
    if (chosen.length === 0) throw new AppError("CONFLICT", bi("本年度没有逾期任务", "no task of this year is overdue"));
  }
  const leads = [...new Set(chosen.map((r) => r.lead?.id).filter((d): d is string => Boolean(d)))];
  const staff = await prisma.user.findMany({
    where: { active: true, role: "STAFF", departmentId: { in: leads } },
    select: { id: true, departmentId: true },
  });
  const writers = await prisma.user.findMany({
    where: { active: true, id: { in: chosen.map((r) => r.writer?.id).filter((w): w is string => Boolean(w)) } },
    select: { id: true, username: true, displayName: true, role: true, departmentId: true },
  });
  const activeWriters = new Set(writers.map((w) => w.id));
  const caseRecords = await prisma.record.findMany({
    where: { id: { in: chosen.filter((r) => r.kind === "case").map((r) => r.target.slice("case:".length)) } },
    select: { id: true, status: true, departmentId: true },
  });
  // A writer from another department hears of a draft case without its title (the record is not theirs to read).
  const hiddenFrom = (r: TaskRow, userId: string) => {
    const record = caseRecords.find((c) => `case:${c.id}` === r.target);
    const writer = writers.find((w) => w.id === userId);
    return Boolean(record && writer && !mayOnRecord(writer, "read", record));
  };
  // A writer from the quality office has the board, not 我的任务.
  const boardPeople = new Set(writers.filter((w) => w.role === "ADMIN" || w.role === "REVIEWER").map((w) => w.id));
  let notified = 0;
  const nobody: string[] = [];
  await prisma.$transaction(async (tx) => {
    for (const r of chosen) {
      const recipients = new Set<string>();
      if (r.writer && activeWriters.has(r.writer.id)) recipients.add(r.writer.id);
      for (const u of staff) if (u.departmentId === r.lead?.id) recipients.add(u.id);
      recipients.delete(options.actor!.id);
      if (recipients.size === 0) {
        nobody.push(r.title);
        continue;
      }
      const when = r.dueDate ? `截止 ${r.dueDate}（${r.dueWords ?? r.stateLabel}）` : "未定截止日期";
      const title = (what: string) => `${r.state === "OVERDUE" ? "任务已逾期" : "任务提醒"}：${options.year}年度 ${what}`;
      const body = [
        when,
        r.lead ? `牵头：${r.lead.name}` : null,
        r.writer ? `撰写人：${r.writer.name}` : null,
        `提醒人：${options.actor!.displayName}`,
      ]
        .filter(Boolean)
        .join("；");
      // Each reminder joins the person's open notice of this task (assigned, overdue), cleared when it is done.
      let count = 0;
      for (const userId of recipients) {
        count += await handOff(tx, {
          userIds: [userId],
          type: "TASK",
          groupKey: taskGroup(options.year, r.target),
          title: () => title(hiddenFrom(r, userId) ? HIDDEN_CASE_TITLE : r.title),
          body,
          en: reminderInEnglish(r, options.year, hiddenFrom(r, userId) ? taskMessages.en.hiddenCase : r.title, options.actor!.displayName),
          href: () => (boardPeople.has(userId) ? `/admin/tasks?year=${options.year}` : "/admin/tasks/mine"),
          remail: true,
        });
      }
      notified += count;
      await audit(tx, {
        actor: options.actor,
        action: "TASK_REMIND",
        entityType: "WritingTask",
        entityId: r.taskId,
        changes: { target: r.target, recipients: count },
        ip: options.ip ?? null,
      });
    }
  });
  // A reminder is meant to arrive now, not with tomorrow's run: the notices enqueued their mail jobs
  // in the transaction; wake the worker. A transport given by the caller sends at once instead.
  if (notified > 0 && options.mailer) {
    // Not awaited: a slow mail server must not hold the office's button; the mail jobs retry what fails.
    void sendInstantMails({ prisma, mailer: options.mailer }).catch((err: unknown) =>
      logger().warn(errorFields(err), "task reminder mail not sent"),
    );
  } else if (notified > 0) mailSoon();
  return { tasks: chosen.length - nobody.length, notified, nobody };
}

/**
 * The daily job's part (`npm run notify:digest`): a task that has become overdue tells its writer
 * once (the notice joins the writer's open notice of the task and clears when it is done).
 */
export async function remindOverdueTasks(options: { prisma?: PrismaClient; now?: Date } = {}): Promise<number> {
  const prisma = options.prisma ?? db();
  const rows = await overdueTasks({ prisma, now: options.now ?? new Date() });
  let sent = 0;
  for (const r of rows) {
    if (!r.writer) continue;
    const groupKey = taskGroup(r.year, r.target);
    const writer = await prisma.user.findFirst({ where: { id: r.writer.id, active: true }, select: { id: true, role: true } });
    if (!writer) continue;
    const told = await prisma.notification.count({ where: { userId: writer.id, groupKey, title: { startsWith: "任务已逾期" } } });
    if (told) continue;
    sent += await prisma.$transaction((tx) =>
      handOff(tx, {
        userIds: [writer.id],
        type: "TASK",
        groupKey,
        title: () => `任务已逾期：${r.year}年度 ${r.title}`,
        body: `截止 ${r.dueDate}（${r.dueWords ?? r.stateLabel}）`,
        en: reminderInEnglish(r, r.year, r.title, null),
        href: () => taskHref(writer, r.year),
        remail: true,
      }),
    );
  }
  return sent;
}
