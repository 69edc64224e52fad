import { z } from "zod";
import type { Actor, MaybeActor } from "../auth/actor";
import { deny, may, mayOnRecord } from "../auth/policy";
import { AppError, invalidInput } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { fill, type Lang } from "../i18n/define";
import { notifications } from "../i18n/messages/notifications";
import type { RecordKind } from "../records/kinds";
import { db } from "../server/db";
import { createHash, randomBytes } from "node:crypto";
import { env } from "../env";
import { errorFields, logger } from "../ops/log";
import { toAppError } from "../server/db-errors";
import { enqueue } from "../jobs/queue";
import { wakeWorker } from "../jobs/wake";
import { mailTransport, type Mailer } from "./mail";
import { recordTitle } from "../records/declare";
import { handOff, settleGroup, settleRecords } from "./handoff";

/**
 * Notifications: news for one user, written in the same transaction as the change they report
 * (a record returned, approved or awaiting review), shown under the bell in the admin header and
 * mailed when SMTP_URL is set (lib/notifications/mail.ts). Every read is scoped to the actor.
 */
// TASK: a writing task assigned, overdue or reminded (lib/tasks); CARRIED: drafts carried into a new year;
// SIGNOFF: a report awaiting a leader's sign-off; SIGNED / SIGNOFF_RETURNED: the leader's decision, for the office.
// DRAFT_*: a section's draft submitted to the office, accepted or returned to its writer (lib/report/outline/drafts.ts).
export type NotificationType =
  | "RETURNED"
  | "APPROVED"
  | "SUBMITTED"
  | "DEADLINE"
  | "TASK"
  | "CARRIED"
  | "SIGNOFF"
  | "SIGNED"
  | "SIGNOFF_RETURNED"
  | "DRAFT_SUBMITTED"
  | "DRAFT_ACCEPTED"
  | "DRAFT_RETURNED"
  // Province mode: the 报送 board's reminder to a college that has not handed in (lib/province/board.ts).
  | "HANDIN";

type Tx = Prisma.TransactionClient;
type WorkflowRecord = { id: string; year: number; departmentId: string; status: string; authorId?: string | null } & Record<
  string,
  unknown
>;

/** 毕业生就业「2025届 机电一体化技术」: the kind and the record's declared title. */
const named = (kind: RecordKind, record: Record<string, unknown>, lang: Lang) =>
  fill(notifications[lang].named, { kind: kind[lang], title: recordTitle(kind, record) });

/** A notice's wording in both languages, from the same values: the Chinese one is stored as title/body, the English beside it. */
const words = (key: keyof (typeof notifications)["zh"], values: Record<string, string | number>) => ({
  zh: fill(notifications.zh[key] as string, values),
  en: fill(notifications.en[key] as string, values),
});

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
  const what = (lang: Lang) => `${event.revision ? notifications[lang].revision : ""}${named(kind, record, lang)}`;
  /** A title or body from its message, each language with its own record wording and count. */
  const say = (lang: Lang, key: keyof (typeof notifications)["zh"], values: Record<string, string | number>, n = 1) =>
    fill(notifications[lang][key] as string, { ...values, what: what(lang), records: notifications[lang].records(n) });
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
      title: (n) => say("zh", "submittedTitle", { department: dept }, n),
      body: say("zh", "submittedBody", { actor: actor.displayName, year: record.year }),
      en: {
        title: (n) => say("en", "submittedTitle", { department: dept }, n),
        body: say("en", "submittedBody", { actor: actor.displayName, year: record.year }),
      },
      href: () => reviewHref(record.year, record.departmentId),
    });
  }
  if (event.transition === "deptApprove") {
    const dept = await department();
    return handOff(tx, {
      ...common,
      userIds: may("approve"),
      type: "SUBMITTED",
      // Its own group, apart from submissions made straight to the office (while the chain was off):
      // 「部门审核通过 N 条」 counts only what the head passed, and clears when those are reviewed.
      groupKey: `review:passed:${record.year}:${record.departmentId}`,
      title: (n) => say("zh", "passedTitle", { department: dept }, n),
      body: say("zh", "passedBody", { actor: actor.displayName, year: record.year }),
      en: {
        title: (n) => say("en", "passedTitle", { department: dept }, n),
        body: say("en", "passedBody", { actor: actor.displayName, year: record.year }),
      },
      href: () => reviewHref(record.year, record.departmentId),
    });
  }
  if (event.transition === "return") {
    return handOff(tx, {
      ...common,
      userIds: authors(),
      type: "RETURNED",
      groupKey: `returned:${record.year}:${actor.id}`,
      title: (n) => say("zh", "returnedTitle", { actor: actor.displayName }, n),
      body: say("zh", "returnedBody", { reason: event.reason ?? "" }),
      en: {
        title: (n) => say("en", "returnedTitle", { actor: actor.displayName }, n),
        body: say("en", "returnedBody", { reason: event.reason ?? "" }),
      },
      href: (ids) => (ids.length === 1 ? recordHref : "/admin/todo#returned"),
    });
  }
  if (event.transition === "approve") {
    return handOff(tx, {
      ...common,
      userIds: authors(),
      type: "APPROVED",
      groupKey: `approved:${record.year}`,
      title: (n) => say("zh", "approvedTitle", {}, n),
      body: say("zh", "approvedBody", { actor: actor.displayName }),
      en: { title: (n) => say("en", "approvedTitle", {}, n), body: say("en", "approvedBody", { actor: actor.displayName }) },
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
 * Returns the departments nobody could be told about (no active account may submit their drafts),
 * for whoever opened the year to hear of instead: left unsaid, those drafts would never reach the report.
 */
export async function notifyCarried(
  tx: Tx,
  options: { actor: MaybeActor; year: number },
): Promise<{ sent: number; unheard: { departmentId: string; name: string; records: number }[] }> {
  const drafts = await tx.record.findMany({
    where: { year: options.year, carriedFromId: { not: null }, status: "DRAFT", deletedAt: null },
    select: { id: true, departmentId: true },
  });
  const byDepartment = new Map<string, typeof drafts>();
  for (const d of drafts) byDepartment.set(d.departmentId, [...(byDepartment.get(d.departmentId) ?? []), d]);
  const users = (await tx.user.findMany({ where: { active: true }, select: USER_FIELDS })).map(actorOf);
  let sent = 0;
  const unheard: { departmentId: string; records: number }[] = [];
  for (const [departmentId, rows] of byDepartment) {
    const userIds = users.filter((u) => u.id !== options.actor?.id && mayOnRecord(u, "submit", { departmentId })).map((u) => u.id);
    // Only the department's own staff may fill and submit its drafts: without one, nobody can.
    if (userIds.length === 0) unheard.push({ departmentId, records: rows.length });
    sent += await handOff(tx, {
      userIds,
      type: "CARRIED",
      groupKey: `carried:${options.year}:${departmentId}`,
      title: (n) => fill(notifications.zh.carriedTitle, { year: options.year, records: notifications.zh.records(n) }),
      body: notifications.zh.carriedBody,
      en: {
        title: (n) => fill(notifications.en.carriedTitle, { year: options.year, records: notifications.en.records(n) }),
        body: notifications.en.carriedBody,
      },
      href: () => "/admin/todo#carried",
      recordIds: rows.map((r) => r.id),
    });
  }
  if (unheard.length === 0) return { sent, unheard: [] };
  // Named in the college's order of departments.
  const records = new Map(unheard.map((u) => [u.departmentId, u.records]));
  const departments = await tx.department.findMany({
    where: { id: { in: [...records.keys()] } },
    select: { id: true, name: true },
    orderBy: { sortOrder: "asc" },
  });
  return { sent, unheard: departments.map((d) => ({ departmentId: d.id, name: d.name, records: records.get(d.id)! })) };
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
  const pending = {
    notifyDigest: digest,
    pendingEmail: email,
    emailTokenHash: null,
    emailTokenExpires: new Date(Date.now() + EMAIL_CONFIRM_HOURS * 3600_000),
  };
  if (options.mailer) {
    // A transport given by the caller (a test) sends at once instead of through the job.
    await prisma.user.update({ where: { id: actor.id }, data: pending });
    await mailAddressConfirmation({ prisma, mailer: options.mailer, userId: actor.id });
  } else {
    // The mail is a job enqueued with the change: it survives a process that dies before sending it,
    // a refused send is retried with backoff, and the person saving does not wait for the mail server.
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.id }, data: pending });
      await enqueue({ client: tx, name: "mail.confirm-address", key: `mail-confirm:${actor.id}`, payload: { userId: actor.id } });
    });
    wakeWorker();
  }
  return { email: current.email, digest, confirmationSent: true };
}

/**
 * The job `mail.confirm-address`: mails the link that confirms the user's waiting address. The token
 * is made here, at sending, so only its hash is ever stored (not even in the job's payload); each
 * attempt makes a new one, and only the mailed link works. Nothing waits (cleared, confirmed, or
 * expired): nothing is sent. `strict` (the job) throws when the mail server refuses, so it is retried.
 * Returns the mails sent.
 */
export async function mailAddressConfirmation(options: {
  prisma?: PrismaClient;
  mailer?: Mailer | null;
  userId: string;
  strict?: boolean;
}): Promise<number> {
  const mailer = options.mailer === undefined ? mailTransport() : options.mailer;
  if (!mailer) return 0;
  const prisma = options.prisma ?? db();
  const user = await prisma.user.findUnique({
    where: { id: options.userId },
    select: { displayName: true, active: true, pendingEmail: true, emailTokenExpires: true },
  });
  const to = user?.pendingEmail;
  if (!user?.active || !to || !user.emailTokenExpires || user.emailTokenExpires <= new Date()) return 0;
  const token = randomBytes(24).toString("base64url");
  // Only while the same address still waits: a newer save clears the hash and mails its own link.
  const { count } = await prisma.user.updateMany({
    where: { id: options.userId, pendingEmail: to },
    data: { emailTokenHash: tokenHash(token) },
  });
  if (count === 0) return 0;
  const link = `${env().NEXTAUTH_URL ?? ""}${CONFIRM_PAGE}?token=${token}`;
  try {
    await mailer.sendMail({
      from: env().SMTP_FROM,
      to,
      subject: "【年报】请确认您的通知邮箱 Confirm your e-mail address",
      text: [
        `${user.displayName}，您好：`,
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
    return 1;
  } catch (err) {
    // The same answer either way: the person can ask again; the operator sees why in the log.
    logger().warn({ ...errorFields(err), to }, "confirmation mail not sent");
    if (options.strict) throw new Error("confirmation mail refused by the mail server", { cause: err });
    return 0;
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
    title: () => words("signoffTitle", { year: options.year }).zh,
    body: words("signoffBody", { actor: options.actor.displayName }).zh,
    en: {
      title: () => words("signoffTitle", { year: options.year }).en,
      body: words("signoffBody", { actor: options.actor.displayName }).en,
    },
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
  const title = words(signed ? "signedTitle" : "signoffReturnedTitle", { year: options.year });
  const body = words(signed ? "signedBody" : "signoffReturnedBody", { actor: options.actor.displayName, comment: options.comment ?? "" });
  return handOff(tx, {
    userIds: await peopleWho(tx, "report.publish", options.actor.id),
    type: signed ? "SIGNED" : "SIGNOFF_RETURNED",
    groupKey: `signoff-decided:${options.year}`,
    title: () => title.zh,
    body: body.zh,
    en: { title: () => title.en, body: body.en },
    href: () => signoffHref(options.year),
  });
}

/** Publishing uses the sign-off: the office's 「可以发布」 notice is handled. */
export const settlePublished = (tx: Tx, year: number) => settleGroup(tx, `signoff-decided:${year}`);
