import type { Prisma } from "../generated/prisma/client";
import { notifications } from "../i18n/messages/notifications";
import { enqueueMails } from "./mail";

/**
 * Hand-off notices: one open notice per group and recipient (「智能制造系提交了 13 条记录待您审核」,
 * not 13 bells). A later hand-off of the same group joins the open notice (its records, the count in
 * its title, its latest body, moved to the top); once read or handled, the next hand-off opens a new
 * one. A notice clears (handled and read) when the thing it asks for is done: each record leaves it
 * as it is handled (`settleRecords`), a whole group at once for things that are not records
 * (`settleGroup`: a sign-off decided, a task done).
 *
 * Counted titles carry their count as 「N 条记录」 (`counted`), so a notice that loses a record says
 * how many are left without keeping a second copy of its wording; once handled it says how many it
 * was about (`recordCount`).
 */
type Tx = Prisma.TransactionClient;

export type HandOff = {
  userIds: readonly string[];
  type: string;
  groupKey: string;
  /** The title for a number of records (called with 1 for a notice about no records). */
  title: (count: number) => string;
  body?: string | null;
  /** The same title and body in English, for a reader who chose English (lib/i18n/messages/notifications.ts). */
  en?: { title: (count: number) => string; body?: string | null };
  /** Where the person acts, for the records the notice holds now. */
  href: (recordIds: readonly string[]) => string;
  recordIds?: readonly string[];
  /** A reminder is news again: a joined notice is mailed again (others are mailed once per group). */
  remail?: boolean;
};

/** 「N 条记录」 inside a title: the one place a count is written into (and rewritten in) a title. */
export const counted = (n: number) => notifications.zh.records(n);
const COUNT = /\d+ 条记录/;
/** The English title's count (「3 records」), rewritten the same way. */
const countedEn = (n: number) => notifications.en.records(n);
const COUNT_EN = /\d+ records?\b/;

const open = { readAt: null, handledAt: null } as const;

/** Creates or joins each recipient's open notice of the group; returns the notices written. */
export async function handOff(tx: Tx, h: HandOff): Promise<number> {
  const userIds = [...new Set(h.userIds)];
  if (userIds.length === 0) return 0;
  const existing = await tx.notification.findMany({
    where: { userId: { in: userIds }, groupKey: h.groupKey, ...open },
    select: { id: true, userId: true, recordIds: true, recordCount: true },
  });
  const now = new Date();
  const fresh: Prisma.NotificationCreateManyInput[] = [];
  const mailTo: string[] = [];
  for (const userId of userIds) {
    const mine = existing.find((n) => n.userId === userId);
    const recordIds = [...new Set([...(mine?.recordIds ?? []), ...(h.recordIds ?? [])])];
    // Records handled earlier left recordIds but still count for what the notice was about.
    const added = recordIds.length - (mine?.recordIds.length ?? 0);
    const data = {
      type: h.type,
      title: h.title(Math.max(recordIds.length, 1)),
      body: h.body ?? null,
      titleEn: h.en?.title(Math.max(recordIds.length, 1)) ?? null,
      bodyEn: h.en?.body ?? null,
      href: h.href(recordIds),
      recordId: recordIds.length === 1 ? recordIds[0]! : null,
      recordIds,
      recordCount: (mine?.recordCount ?? 0) + added,
    };
    // Joined notices keep their mail state: the person was mailed about this group once already.
    if (mine)
      await tx.notification.update({ where: { id: mine.id }, data: { ...data, createdAt: now, ...(h.remail ? { emailedAt: null } : {}) } });
    else fresh.push({ ...data, userId, groupKey: h.groupKey });
    if (!mine || h.remail) mailTo.push(userId);
  }
  if (fresh.length) await tx.notification.createMany({ data: fresh });
  // The mail job commits with the notice: a process that dies after the commit loses no mail.
  await enqueueMails(tx, mailTo);
  return userIds.length;
}

/**
 * Takes handled records out of the notices of these types not yet handled (read or not: opening a
 * notice is not doing the work); a notice left with none is handled.
 */
export async function settleRecords(tx: Tx, options: { recordIds: readonly string[]; types: readonly string[] }): Promise<number> {
  if (options.recordIds.length === 0) return 0;
  const notices = await tx.notification.findMany({
    where: { type: { in: [...options.types] }, recordIds: { hasSome: [...options.recordIds] }, handledAt: null },
    select: { id: true, title: true, titleEn: true, recordIds: true, recordCount: true, readAt: true },
  });
  const now = new Date();
  for (const n of notices) {
    const left = n.recordIds.filter((id) => !options.recordIds.includes(id));
    await tx.notification.update({
      where: { id: n.id },
      data:
        left.length === 0
          ? {
              recordIds: left,
              handledAt: now,
              readAt: n.readAt ?? now,
              // Done: the title counts every record the notice was about, not the last one left.
              ...(n.recordCount > 0
                ? {
                    title: n.title.replace(COUNT, counted(n.recordCount)),
                    titleEn: n.titleEn?.replace(COUNT_EN, countedEn(n.recordCount)) ?? null,
                  }
                : {}),
            }
          : {
              recordIds: left,
              title: n.title.replace(COUNT, counted(left.length)),
              titleEn: n.titleEn?.replace(COUNT_EN, countedEn(left.length)) ?? null,
              recordId: left.length === 1 ? left[0]! : null,
            },
    });
  }
  return notices.length;
}

/**
 * One notice group per writing task (\`target\`: \`section:<key>\` or \`case:<record id>\`): its assigned,
 * overdue and reminded notices join, and clear when it is done (marked on the board, or its section's
 * draft accepted). Here, below both, because the task board and the report's drafts each settle it.
 */
export const taskGroup = (year: number, target: string) => `task:${year}:${target}`;

/** Marks every notice of a group not yet handled as handled (for everyone who has one). */
export async function settleGroup(tx: Tx, groupKey: string): Promise<number> {
  const now = new Date();
  await tx.notification.updateMany({ where: { groupKey, handledAt: null, readAt: { not: null } }, data: { handledAt: now } });
  const { count } = await tx.notification.updateMany({ where: { groupKey, handledAt: null }, data: { handledAt: now, readAt: now } });
  return count;
}
