import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { env } from "../env";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { enqueue } from "../jobs/queue";
import { wakeWorker } from "../jobs/wake";
import { errorFields, logger } from "../ops/log";
import { db } from "../server/db";
import { formatDateTime } from "../time";

/**
 * Notifications by mail, when SMTP_URL is set. A notification row is the outbox: `emailedAt` is
 * claimed before sending (so two senders never mail it twice) and released if the server refuses.
 * Sending is a job (lib/jobs): `mail.instant` per user, enqueued in the transaction that wrote the
 * notice (`enqueueMails`), so a mail survives a process that dies before sending it, and a refused
 * send is retried with backoff. Users who chose the daily digest get one mail a day instead (the
 * scheduled `daily.run` job; `npm run notify:digest` runs it by hand).
 */
export type Mailer = Pick<Transporter, "sendMail">;

let cached: { url: string; transport: Transporter } | undefined;

/** The transport for SMTP_URL, or null without one. */
export function mailTransport(): Mailer | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

const link = (href: string | null) => (href ? `${env().NEXTAUTH_URL ?? ""}${href}` : "");

type Due = { id: string; title: string; body: string | null; href: string | null; createdAt: Date };

function lines(n: Due): string {
  return [`${formatDateTime(n.createdAt)}  ${n.title}`, n.body, link(n.href)].filter(Boolean).join("\n");
}

async function claim(prisma: PrismaClient, ids: string[], at: Date): Promise<boolean> {
  const { count } = await prisma.notification.updateMany({ where: { id: { in: ids }, emailedAt: null }, data: { emailedAt: at } });
  if (count === ids.length) return true;
  // Someone else took part of it: give back what we took and leave it to them.
  await prisma.notification.updateMany({ where: { id: { in: ids }, emailedAt: at }, data: { emailedAt: null } });
  return false;
}

type Outcome = "sent" | "taken" | "failed";

async function deliver(
  prisma: PrismaClient,
  mailer: Mailer,
  ids: string[],
  mail: { to: string; subject: string; text: string },
): Promise<Outcome> {
  const at = new Date();
  if (!(await claim(prisma, ids, at))) return "taken";
  try {
    await mailer.sendMail({ from: env().SMTP_FROM, ...mail });
    return "sent";
  } catch (err) {
    await prisma.notification.updateMany({ where: { id: { in: ids }, emailedAt: at }, data: { emailedAt: null } });
    logger().warn({ ...errorFields(err), to: mail.to }, "notification mail not sent");
    return "failed";
  }
}

/** Counts what was sent; `strict` (a job) throws when any send was refused, so the job is retried. */
function tally(outcomes: Outcome[], strict: boolean | undefined): number {
  const failed = outcomes.filter((o) => o === "failed").length;
  if (strict && failed > 0) throw new Error(`${failed} notification mail(s) refused by the mail server`);
  return outcomes.filter((o) => o === "sent").length;
}

type SendOptions = { prisma?: PrismaClient; mailer?: Mailer | null; strict?: boolean };

/**
 * A notice handled before its mail went out (the records reviewed, the sign-off decided) needs no
 * mail any more: it leaves the outbox unsent, in the instant mails and the digests alike.
 */
async function dropHandled(prisma: PrismaClient) {
  await prisma.notification.updateMany({ where: { emailedAt: null, handledAt: { not: null } }, data: { emailedAt: new Date() } });
}

/** One mail per notification, for users with an address who did not choose the digest. Returns mails sent. */
export async function sendInstantMails(options: SendOptions & { userId?: string } = {}): Promise<number> {
  const mailer = options.mailer === undefined ? mailTransport() : options.mailer;
  if (!mailer) return 0;
  const prisma = options.prisma ?? db();
  await dropHandled(prisma);
  const due = await prisma.notification.findMany({
    where: {
      emailedAt: null,
      ...(options.userId ? { userId: options.userId } : {}),
      user: { active: true, notifyDigest: false, email: { not: null } },
    },
    include: { user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  const outcomes: Outcome[] = [];
  for (const n of due) {
    outcomes.push(
      await deliver(prisma, mailer, [n.id], {
        to: n.user.email!,
        subject: `【年报】${n.title}`,
        text: `${lines(n)}\n\n——年报 Nianbao`,
      }),
    );
  }
  return tally(outcomes, options.strict);
}

/** One mail per digest user with everything not yet mailed. Returns mails sent. */
export async function sendDigests(options: SendOptions = {}): Promise<number> {
  const mailer = options.mailer === undefined ? mailTransport() : options.mailer;
  if (!mailer) return 0;
  const prisma = options.prisma ?? db();
  await dropHandled(prisma);
  const users = await prisma.user.findMany({
    where: { active: true, notifyDigest: true, email: { not: null }, notifications: { some: { emailedAt: null } } },
    select: { id: true, email: true, displayName: true },
  });
  const outcomes: Outcome[] = [];
  for (const u of users) {
    const due = await prisma.notification.findMany({ where: { userId: u.id, emailedAt: null }, orderBy: { createdAt: "asc" } });
    if (due.length === 0) continue;
    outcomes.push(
      await deliver(
        prisma,
        mailer,
        due.map((n) => n.id),
        {
          to: u.email!,
          subject: `【年报】每日汇总：${due.length} 条通知`,
          text: `${u.displayName}，您好：\n\n${due.map(lines).join("\n\n")}\n\n——年报 Nianbao`,
        },
      ),
    );
  }
  return tally(outcomes, options.strict);
}

/**
 * Enqueues the mail of these users' new notices, in the caller's transaction (the one writing the
 * notices): committed together, or neither. One `mail.instant` job per user; a job already waiting
 * takes the new notice along, one already running runs once more. Nothing without SMTP_URL (the
 * daily run mails what is due once it is set).
 */
export async function enqueueMails(client: Prisma.TransactionClient | PrismaClient, userIds: readonly string[]): Promise<void> {
  if (!env().SMTP_URL) return;
  for (const userId of new Set(userIds)) await enqueue({ client, name: "mail.instant", key: `mail:${userId}`, payload: { userId } });
}

/**
 * After a workflow change has committed (its notices enqueued their mail jobs): wake this process's
 * worker, so the mail goes now without making the person who acted wait for SMTP.
 */
export function mailSoon(): void {
  if (!env().SMTP_URL) return;
  wakeWorker();
}
