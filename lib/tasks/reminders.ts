import { audit } from "../audit/log";
import type { MaybeActor } from "../auth/actor";
import { authorize, mayOnRecord } from "../auth/policy";
import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { mailTransport, sendInstantMails, type Mailer } from "../notifications/mail";
import { errorFields, logger } from "../ops/log";
import { db } from "../server/db";
import { parseWith } from "../validation";
import { ZTaskRemind } from "./schema";
import { checkYear, HIDDEN_CASE_TITLE, taskBoard, type TaskRow } from "./service";

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
      const { count } = await tx.notification.createMany({
        data: [...recipients].map((userId) => ({
          userId,
          type: "TASK",
          title: title(hiddenFrom(r, userId) ? HIDDEN_CASE_TITLE : r.title),
          body,
          href: boardPeople.has(userId) ? `/admin/tasks?year=${options.year}` : "/admin/tasks/mine",
        })),
      });
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
  // A reminder is meant to arrive now, not with tomorrow's job: mail what is due when SMTP is set.
  const mailer = options.mailer === undefined ? mailTransport() : options.mailer;
  if (notified > 0 && mailer) {
    // Not awaited: a slow mail server must not hold the office's button; the outbox retries what fails.
    void sendInstantMails({ prisma, mailer }).catch((err: unknown) => logger().warn(errorFields(err), "task reminder mail not sent"));
  }
  return { tasks: chosen.length - nobody.length, notified, nobody };
}
