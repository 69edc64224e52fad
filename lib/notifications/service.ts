import { z } from "zod";
import type { Actor, MaybeActor } from "../auth/actor";
import { deny, mayOnRecord } from "../auth/policy";
import { AppError, invalidInput } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import type { RecordKind } from "../records/kinds";
import { db } from "../server/db";
import { printed } from "../text";
import { createHash, randomBytes } from "node:crypto";
import { env } from "../env";
import { errorFields, logger } from "../ops/log";
import { toAppError } from "../server/db-errors";
import { mailTransport, type Mailer } from "./mail";
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

/** The actor's own mail address, one waiting for its confirmation link, and whether mail comes per event or as a daily digest. */
export async function mailSettings(options: { actor: MaybeActor; prisma?: PrismaClient }) {
  const actor = signedIn(options.actor);
  const u = await (options.prisma ?? db()).user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, notifyDigest: true, pendingEmail: true, emailTokenExpires: true },
  });
  const pending = u.pendingEmail && u.emailTokenExpires && u.emailTokenExpires > new Date() ? u.pendingEmail : null;
  return { email: u.email, digest: u.notifyDigest, pendingEmail: pending };
}

/** How long a mailed confirmation link works. */
export const EMAIL_CONFIRM_HOURS = 24;
export const CONFIRM_PAGE = "/admin/notifications/confirm";
const tokenHash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/**
 * 邮件设置. A new address is used only once its owner followed the link mailed to it: until then
 * it waits as `pendingEmail` and mail keeps going to the confirmed one. The answer is the same
 * whether another account uses the address or not (the link's page tells only the mailbox's
 * owner), so the form reveals nothing about other accounts, and nobody can claim an address they
 * cannot read. Clearing the address, or keeping it, takes effect at once.
 */
export async function saveMailSettings(options: { actor: MaybeActor; input: unknown; prisma?: PrismaClient; mailer?: Mailer | null }) {
  const actor = signedIn(options.actor);
  const parsed = ZMailSettings.safeParse(options.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const prisma = options.prisma ?? db();
  const { email, digest } = parsed.data;
  const current = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  if (email === null || email === current.email) {
    await prisma.user.update({
      where: { id: actor.id },
      data: { email, notifyDigest: digest, pendingEmail: null, emailTokenHash: null, emailTokenExpires: null },
    });
    return { email, digest, confirmationSent: false };
  }
  const token = randomBytes(24).toString("base64url");
  await prisma.user.update({
    where: { id: actor.id },
    data: {
      notifyDigest: digest,
      pendingEmail: email,
      emailTokenHash: tokenHash(token),
      emailTokenExpires: new Date(Date.now() + EMAIL_CONFIRM_HOURS * 3600_000),
    },
  });
  await mailConfirmation({ mailer: options.mailer, to: email, name: actor.displayName, token });
  return { email: current.email, digest, confirmationSent: true };
}

async function mailConfirmation(options: { mailer?: Mailer | null; to: string; name: string; token: string }) {
  const mailer = options.mailer === undefined ? mailTransport() : options.mailer;
  if (!mailer) return;
  const link = `${env().NEXTAUTH_URL ?? ""}${CONFIRM_PAGE}?token=${options.token}`;
  try {
    await mailer.sendMail({
      from: env().SMTP_FROM,
      to: options.to,
      subject: "【年报】请确认您的通知邮箱 Confirm your e-mail address",
      text: [
        `${options.name}，您好：`,
        "",
        `请在${EMAIL_CONFIRM_HOURS}小时内打开下面的链接（需登录），确认用此邮箱接收年报的通知：`,
        `Open this link within ${EMAIL_CONFIRM_HOURS} hours (signed in) to receive Nianbao's notifications at this address:`,
        link,
        "",
        "如果不是您本人的操作，请忽略此邮件。If you did not ask for this, ignore this mail.",
        "",
        "——年报 Nianbao",
      ].join("\n"),
    });
  } catch (err) {
    // The same answer either way: the person can ask again; the operator sees why in the log.
    logger().warn({ ...errorFields(err), to: options.to }, "confirmation mail not sent");
  }
}

const linkGone = () =>
  new AppError(
    "NOT_FOUND",
    bi("确认链接无效或已过期，请在「邮件通知」中重新填写邮箱", "this confirmation link is invalid or expired: enter the address again"),
  );

/** The address a confirmation link is for (its page shows it before the person confirms), or not found. */
export async function pendingConfirmation(options: { actor: MaybeActor; token: string; prisma?: PrismaClient }) {
  const actor = signedIn(options.actor);
  const user = await (options.prisma ?? db()).user.findUnique({
    where: { emailTokenHash: tokenHash(options.token) },
    select: { id: true, pendingEmail: true, emailTokenExpires: true },
  });
  // Another account's link is "not found" too: the link works only for the account that asked.
  if (!user || user.id !== actor.id || !user.pendingEmail || !user.emailTokenExpires || user.emailTokenExpires <= new Date())
    throw linkGone();
  return { email: user.pendingEmail };
}

/** Follows a confirmation link: the waiting address becomes the account's mail address. */
export async function confirmMailAddress(options: { actor: MaybeActor; token: string; prisma?: PrismaClient }) {
  const actor = signedIn(options.actor);
  const prisma = options.prisma ?? db();
  const { email } = await pendingConfirmation({ actor, token: options.token, prisma });
  // Only the mailbox's owner gets this far, so telling them the address is in use reveals nothing new.
  const taken = await prisma.user.count({ where: { email, id: { not: actor.id } } });
  if (taken) {
    const message = bi("该邮箱已是另一个账号的通知邮箱", "this address is already confirmed for another account");
    throw new AppError("CONFLICT", message);
  }
  try {
    await prisma.user.update({
      where: { id: actor.id },
      data: { email, pendingEmail: null, emailTokenHash: null, emailTokenExpires: null },
    });
  } catch (err) {
    throw toAppError(err) ?? err;
  }
  return { email };
}
