import { z } from "zod";
import type { Actor, MaybeActor } from "../auth/actor";
import { deny, mayOnRecord } from "../auth/policy";
import { AppError, invalidInput } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import type { RecordKind } from "../records/kinds";
import { db } from "../server/db";
import { recordTitle } from "../records/declare";

/**
 * Notifications: news for one user, written in the same transaction as the change they report
 * (a record returned, approved or awaiting review), shown under the bell in the admin header and
 * mailed when SMTP_URL is set (lib/notifications/mail.ts). Every read is scoped to the actor.
 */
// TASK: a writing task's reminder from the quality office (lib/tasks/reminders.ts).
export type NotificationType = "RETURNED" | "APPROVED" | "SUBMITTED" | "DEADLINE" | "TASK";

type Tx = Prisma.TransactionClient;
type WorkflowRecord = { id: string; year: number; departmentId: string; status: string; authorId?: string | null } & Record<
  string,
  unknown
>;

/** 毕业生就业「2025届 机电一体化技术」: the kind and the record's declared title. */
const named = (kind: RecordKind, record: Record<string, unknown>) => `${kind.zh}「${recordTitle(kind, record)}」`;

const actorOf = (u: { id: string; username: string; displayName: string; role: Actor["role"]; departmentId: string | null }): Actor => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  departmentId: u.departmentId,
});

const USER_FIELDS = { id: true, username: true, displayName: true, role: true, departmentId: true } as const;

/**
 * The workflow's hook (lib/workflow/transitions.ts): who hears of a transition. A submission goes
 * to everyone the policy lets approve it; a return or approval to the record's author (or, for
 * a record without a living author, to the department's staff who may edit it). Never to the
 * person who acted.
 */
export async function notifyTransition(
  tx: Tx,
  event: {
    actor: Actor;
    kind: RecordKind;
    record: WorkflowRecord;
    transition: string;
    revision: boolean;
    reason: string | null;
    /** The institution's department-review step (lib/workflow/chain.ts): a submission goes to the department head first. */
    departmentReview?: boolean;
  },
) {
  const { actor, kind, record } = event;
  const href = `/admin/records/${kind.slug}/${record.id}`;
  const what = `${event.revision ? "修订：" : ""}${named(kind, record)}`;
  let type: NotificationType;
  let title: string;
  let body: string | null = null;
  let recipients: Actor[];
  const users = await tx.user.findMany({ where: { active: true, id: { not: actor.id } }, select: USER_FIELDS });
  if (event.transition === "submit") {
    type = "SUBMITTED";
    title = `待审核：${what}`;
    body = `${actor.displayName} 提交审核（${record.year}年度）`;
    const step = event.departmentReview ? "deptApprove" : "approve";
    recipients = users.map(actorOf).filter((u) => mayOnRecord(u, step, { departmentId: record.departmentId, status: "SUBMITTED" }));
  } else if (event.transition === "deptApprove") {
    // Passed by the department head: now it waits for the quality office.
    type = "SUBMITTED";
    title = `待审核：${what}`;
    body = `${actor.displayName} 部门审核通过（${record.year}年度）`;
    recipients = users.map(actorOf).filter((u) => mayOnRecord(u, "approve", { departmentId: record.departmentId, status: "SUBMITTED" }));
  } else if (event.transition === "return" || event.transition === "approve") {
    type = event.transition === "return" ? "RETURNED" : "APPROVED";
    title = type === "RETURNED" ? `已退回：${what}` : `已审核通过：${what}`;
    body = type === "RETURNED" ? `退回原因：${event.reason ?? ""}（${actor.displayName}）` : `审核人：${actor.displayName}`;
    const author = users.find((u) => u.id === record.authorId);
    recipients = author
      ? [actorOf(author)]
      : users.map(actorOf).filter((u) => mayOnRecord(u, "update", { departmentId: record.departmentId, status: "DRAFT" }));
  } else {
    return 0;
  }
  if (recipients.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: recipients.map((u) => ({ userId: u.id, type, title, body, href, recordId: record.id })),
  });
  return count;
}

function signedIn(actor: MaybeActor): Actor {
  if (!actor) deny(actor);
  return actor;
}

/** The actor's own notifications, newest first. */
export async function listNotifications(options: { actor: MaybeActor; take?: number; prisma?: PrismaClient }) {
  const actor = signedIn(options.actor);
  return (options.prisma ?? db()).notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 200,
  });
}

/** The number under the bell. */
export async function unreadCount(options: { actor: MaybeActor; prisma?: PrismaClient }): Promise<number> {
  const actor = signedIn(options.actor);
  return (options.prisma ?? db()).notification.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks one (by id) or all of the actor's notifications read; another user's id is simply not found. */
export async function markRead(options: { actor: MaybeActor; id?: string; prisma?: PrismaClient }): Promise<number> {
  const actor = signedIn(options.actor);
  const { count } = await (options.prisma ?? db()).notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(options.id ? { id: options.id } : {}) },
    data: { readAt: new Date() },
  });
  if (options.id && count === 0) {
    const own = await (options.prisma ?? db()).notification.count({ where: { userId: actor.id, id: options.id } });
    if (!own) throw new AppError("NOT_FOUND", bi("通知不存在", "notification not found"));
  }
  return count;
}

export const ZMailSettings = z.object({
  email: z
    .string()
    .trim()
    .max(200)
    .transform((v) => (v === "" ? null : v))
    .pipe(z.email(bi("邮箱格式不正确", "invalid e-mail address")).nullable()),
  digest: z.enum(["each", "daily"], bi("请选择邮件方式", "choose how to receive mail")).transform((v) => v === "daily"),
});

/** The actor's own mail address and whether mail comes per event or as a daily digest. */
export async function mailSettings(options: { actor: MaybeActor; prisma?: PrismaClient }) {
  const actor = signedIn(options.actor);
  const u = await (options.prisma ?? db()).user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, notifyDigest: true } });
  return { email: u.email, digest: u.notifyDigest };
}

export async function saveMailSettings(options: { actor: MaybeActor; input: unknown; prisma?: PrismaClient }) {
  const actor = signedIn(options.actor);
  const parsed = ZMailSettings.safeParse(options.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const prisma = options.prisma ?? db();
  if (parsed.data.email) {
    const taken = await prisma.user.count({ where: { email: parsed.data.email, id: { not: actor.id } } });
    if (taken) {
      const message = bi("该邮箱已被其他账号使用", "another account uses this e-mail address");
      throw new AppError("CONFLICT", message, { email: [message] });
    }
  }
  await prisma.user.update({ where: { id: actor.id }, data: { email: parsed.data.email, notifyDigest: parsed.data.digest } });
  return parsed.data;
}
