import { z } from "zod";
import type { Actor, MaybeActor } from "../auth/actor";
import { deny, may, mayOnRecord } from "../auth/policy";
import { AppError, invalidInput } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import type { RecordKind } from "../records/kinds";
import { db } from "../server/db";
import { printed } from "../text";
import { counted, handOff, settleGroup, settleRecords } from "./handoff";

/**
 * Notifications: news for one user, written in the same transaction as the change they report
 * (a record returned, approved or awaiting review), shown under the bell in the admin header and
 * mailed when SMTP_URL is set (lib/notifications/mail.ts). Every read is scoped to the actor.
 */
// TASK: a writing task assigned, overdue or reminded (lib/tasks); CARRIED: drafts carried into a new year;
// SIGNOFF: a report awaiting a leader's sign-off; SIGNED / SIGNOFF_RETURNED: the leader's decision, for the office.
export type NotificationType =
  "RETURNED" | "APPROVED" | "SUBMITTED" | "DEADLINE" | "TASK" | "CARRIED" | "SIGNOFF" | "SIGNED" | "SIGNOFF_RETURNED";

type Tx = Prisma.TransactionClient;
type WorkflowRecord = { id: string; year: number; departmentId: string; status: string; authorId?: string | null } & Record<
  string,
  unknown
>;

const recordTitle = (kind: RecordKind, record: Record<string, unknown>) => {
  const title = printed(record[kind.columns[0]?.field ?? ""] ?? "");
  return title ? `${kind.zh}「${title}」` : kind.zh;
};

const actorOf = (u: { id: string; username: string; displayName: string; role: Actor["role"]; departmentId: string | null }): Actor => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  departmentId: u.departmentId,
});

const USER_FIELDS = { id: true, username: true, displayName: true, role: true, departmentId: true } as const;

/**
 * The workflow's hook (lib/workflow/transitions.ts): who hears of a transition, as grouped hand-off
 * notices (lib/notifications/handoff.ts). A submission goes to everyone the policy lets take the
 * next step (the department head when the review chain has that step, else the quality office);
 * the head's pass to the quality office; a return or approval to the record's author (or, for a
 * record without a living author, to the department's staff who may edit it). Never to the person
 * who acted. The step a transition completes clears the notices that asked for it.
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
  const what = `${event.revision ? "修订：" : ""}${recordTitle(kind, record)}`;
  const recordHref = `/admin/records/${kind.slug}/${record.id}`;
  // What this step completes: a review step clears the reviewers' notices; a (re)submission the author's.
  await settleRecords(tx, {
    recordIds: [record.id],
    types: event.transition === "submit" ? ["RETURNED", "CARRIED"] : ["SUBMITTED"],
  });
  const users = await tx.user.findMany({ where: { active: true, id: { not: actor.id } }, select: USER_FIELDS });
  const may = (step: "deptApprove" | "approve") =>
    users
      .map(actorOf)
      .filter((u) => mayOnRecord(u, step, { departmentId: record.departmentId, status: "SUBMITTED" }))
      .map((u) => u.id);
  const department = async () =>
    (await tx.department.findUnique({ where: { id: record.departmentId }, select: { name: true } }))?.name ?? "";
  const authors = () => {
    const author = users.find((u) => u.id === record.authorId);
    return author
      ? [author.id]
      : users
          .map(actorOf)
          .filter((u) => mayOnRecord(u, "update", { departmentId: record.departmentId, status: "DRAFT" }))
          .map((u) => u.id);
  };
  const common = { recordIds: [record.id] };
  if (event.transition === "submit") {
    const toHead = Boolean(event.departmentReview);
    const dept = await department();
    return handOff(tx, {
      ...common,
      userIds: may(toHead ? "deptApprove" : "approve"),
      type: "SUBMITTED",
      groupKey: `review:${toHead ? "department" : "office"}:${record.year}:${record.departmentId}`,
      title: (n) => `${dept}提交了 ${counted(n)}待您审核`,
      body: `最近：${what}（${actor.displayName} 提交，${record.year}年度）`,
      href: () => reviewHref(record.year, record.departmentId),
    });
  }
  if (event.transition === "deptApprove") {
    const dept = await department();
    return handOff(tx, {
      ...common,
      userIds: may("approve"),
      type: "SUBMITTED",
      groupKey: `review:office:${record.year}:${record.departmentId}`,
      title: (n) => `${dept}部门审核通过 ${counted(n)}，待您审核`,
      body: `最近：${what}（${actor.displayName} 部门审核通过，${record.year}年度）`,
      href: () => reviewHref(record.year, record.departmentId),
    });
  }
  if (event.transition === "return") {
    return handOff(tx, {
      ...common,
      userIds: authors(),
      type: "RETURNED",
      groupKey: `returned:${record.year}:${actor.id}`,
      title: (n) => `${actor.displayName}退回了 ${counted(n)}，请修改后重新提交`,
      body: `最近：${what}；退回原因：${event.reason ?? ""}`,
      href: (ids) => (ids.length === 1 ? recordHref : "/admin/todo#returned"),
    });
  }
  if (event.transition === "approve") {
    return handOff(tx, {
      ...common,
      userIds: authors(),
      type: "APPROVED",
      groupKey: `approved:${record.year}`,
      title: (n) => `${counted(n)}已审核通过`,
      body: `最近：${what}（审核人：${actor.displayName}）`,
      href: (ids) => (ids.length === 1 ? recordHref : `/admin/records?year=${record.year}`),
    });
  }
  return 0;
}

/** The review queue of a year and department: where department heads and the quality office act on submissions. */
export const reviewHref = (year: number, departmentId: string) => `/admin/review?year=${year}&departmentId=${departmentId}`;

/**
 * 沿用上年: the carried drafts of a newly opened year, one notice per department to its staff who
 * may submit them (「12 条记录沿用上年，请确认后提交」), cleared draft by draft as each is submitted.
 */
export async function notifyCarried(tx: Tx, options: { actor: MaybeActor; year: number }) {
  const drafts = await tx.record.findMany({
    where: { year: options.year, carriedFromId: { not: null }, status: "DRAFT", deletedAt: null },
    select: { id: true, departmentId: true },
  });
  const byDepartment = new Map<string, typeof drafts>();
  for (const d of drafts) byDepartment.set(d.departmentId, [...(byDepartment.get(d.departmentId) ?? []), d]);
  const users = (await tx.user.findMany({ where: { active: true }, select: USER_FIELDS })).map(actorOf);
  let sent = 0;
  for (const [departmentId, rows] of byDepartment) {
    sent += await handOff(tx, {
      userIds: users.filter((u) => u.id !== options.actor?.id && mayOnRecord(u, "submit", { departmentId })).map((u) => u.id),
      type: "CARRIED",
      groupKey: `carried:${options.year}:${departmentId}`,
      title: (n) => `${options.year}年度有 ${counted(n)}沿用上年，请确认后提交`,
      body: "沿用上年的记录是草稿：核对或更新后提交审核，不再适用的可删除。",
      href: () => "/admin/todo#carried",
      recordIds: rows.map((r) => r.id),
    });
  }
  return sent;
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

/**
 * Opening a notice (its link on 通知): marks it read and answers where the person acts. Another
 * user's notice is not found.
 */
export async function openNotification(options: { actor: MaybeActor; id: string; prisma?: PrismaClient }): Promise<string> {
  const actor = signedIn(options.actor);
  const prisma = options.prisma ?? db();
  const n = await prisma.notification.findFirst({ where: { id: options.id, userId: actor.id }, select: { href: true, readAt: true } });
  if (!n) throw new AppError("NOT_FOUND", bi("通知不存在", "notification not found"));
  if (!n.readAt)
    await prisma.notification.updateMany({ where: { id: options.id, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return n.href ?? "/admin/notifications";
}

/** The link a notice shows on the site: through `openNotification`, so following it clears it. */
export const openHref = (id: string) => `/admin/notifications/${id}`;

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

/** The preview of a year's report: where a leader signs it off and the quality office publishes it. */
export const signoffHref = (year: number) => `/admin/report/${year}/preview#signoff-h`;

async function peopleWho(tx: Tx, action: "report.signoff" | "report.publish", except: string | undefined) {
  const users = await tx.user.findMany({ where: { active: true }, select: USER_FIELDS });
  return users
    .map(actorOf)
    .filter((u) => u.id !== except && may(u, action))
    .map((u) => u.id);
}

/**
 * 提交审定 → the leaders: the year's report awaits their sign-off. A new request also clears the
 * office's notice of the last decision (that hand-off has been acted on).
 */
export async function notifySignoffRequest(tx: Tx, options: { actor: Actor; year: number }) {
  await settleGroup(tx, `signoff-decided:${options.year}`);
  return handOff(tx, {
    userIds: await peopleWho(tx, "report.signoff", options.actor.id),
    type: "SIGNOFF",
    groupKey: `signoff:${options.year}`,
    title: () => `${options.year}年度质量报告待您审定`,
    body: `${options.actor.displayName} 提交审定`,
    href: () => signoffHref(options.year),
  });
}

/** 审定通过 / 退回 → the quality office; the leaders' notices of the request are handled. */
export async function notifySignoffDecision(
  tx: Tx,
  options: { actor: Actor; year: number; decision: "sign" | "return"; comment: string | null },
) {
  await settleGroup(tx, `signoff:${options.year}`);
  const signed = options.decision === "sign";
  return handOff(tx, {
    userIds: await peopleWho(tx, "report.publish", options.actor.id),
    type: signed ? "SIGNED" : "SIGNOFF_RETURNED",
    groupKey: `signoff-decided:${options.year}`,
    title: () =>
      signed ? `${options.year}年度质量报告已审定通过，可以发布` : `${options.year}年度质量报告被校领导退回，请修改后重新提交审定`,
    body: signed ? `审定人：${options.actor.displayName}` : `${options.actor.displayName}的意见：${options.comment ?? ""}`,
    href: () => signoffHref(options.year),
  });
}

/** Publishing uses the sign-off: the office's 「可以发布」 notice is handled. */
export const settlePublished = (tx: Tx, year: number) => settleGroup(tx, `signoff-decided:${year}`);
