import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { env } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { errorFields, logger } from "../ops/log";
import { db } from "../server/db";
import { formatDateTime } from "../time";

/**
 * Notifications by mail, when SMTP_URL is set. A notification row is the outbox: `emailedAt` is
 * claimed before sending (so two senders never mail it twice) and released if the server refuses,
 * so the next run retries. Users who chose the daily digest get one mail a day instead
 * (`npm run notify:digest`, run daily by cron or a timer).
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

async function deliver(prisma: PrismaClient, mailer: Mailer, ids: string[], mail: { to: string; subject: string; text: string }) {
  const at = new Date();
  if (!(await claim(prisma, ids, at))) return 0;
  try {
    await mailer.sendMail({ from: env().SMTP_FROM, ...mail });
    return 1;
  } catch (err) {
    await prisma.notification.updateMany({ where: { id: { in: ids }, emailedAt: at }, data: { emailedAt: null } });
    logger().warn({ ...errorFields(err), to: mail.to }, "notification mail not sent");
    return 0;
  }
}

/**
 * A notice handled before its mail went out (the records reviewed, the sign-off decided) needs no
 * mail any more: it leaves the outbox unsent, in the instant mails and the digests alike.
 */
async function dropHandled(prisma: PrismaClient) {
  await prisma.notification.updateMany({ where: { emailedAt: null, handledAt: { not: null } }, data: { emailedAt: new Date() } });
}

/** One mail per notification, for users with an address who did not choose the digest. Returns mails sent. */
export async function sendInstantMails(options: { prisma?: PrismaClient; mailer?: Mailer | null } = {}): Promise<number> {
  const mailer = options.mailer === undefined ? mailTransport() : options.mailer;
  if (!mailer) return 0;
  const prisma = options.prisma ?? db();
  await dropHandled(prisma);
  const due = await prisma.notification.findMany({
    where: { emailedAt: null, user: { active: true, notifyDigest: false, email: { not: null } } },
    include: { user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  let sent = 0;
  for (const n of due) {
    sent += await deliver(prisma, mailer, [n.id], {
      to: n.user.email!,
      subject: `【年报】${n.title}`,
      text: `${lines(n)}\n\n——年报 Nianbao`,
    });
  }
  return sent;
}

/** One mail per digest user with everything not yet mailed. Returns mails sent. */
export async function sendDigests(options: { prisma?: PrismaClient; mailer?: Mailer | null } = {}): Promise<number> {
  const mailer = options.mailer === undefined ? mailTransport() : options.mailer;
  if (!mailer) return 0;
  const prisma = options.prisma ?? db();
  await dropHandled(prisma);
  const users = await prisma.user.findMany({
    where: { active: true, notifyDigest: true, email: { not: null }, notifications: { some: { emailedAt: null } } },
    select: { id: true, email: true, displayName: true },
  });
  let sent = 0;
  for (const u of users) {
    const due = await prisma.notification.findMany({ where: { userId: u.id, emailedAt: null }, orderBy: { createdAt: "asc" } });
    if (due.length === 0) continue;
    sent += await deliver(
      prisma,
      mailer,
      due.map((n) => n.id),
      {
        to: u.email!,
        subject: `【年报】每日汇总：${due.length} 条通知`,
        text: `${u.displayName}，您好：\n\n${due.map(lines).join("\n\n")}\n\n——年报 Nianbao`,
      },
    );
  }
  return sent;
}

/** After a workflow change: mail what is due, without making the person who acted wait for SMTP. */
export function mailSoon(): void {
  if (!env().SMTP_URL) return;
  void sendInstantMails().catch((err) => logger().warn(errorFields(err), "notification mails failed"));
}
