import { mayOnRecord } from "../auth/policy";
import { env } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { fill, type Lang } from "../i18n/define";
import { notifications } from "../i18n/messages/notifications";
import { RECORD_KINDS } from "../records/kinds";
import { db } from "../server/db";
import { formatDay } from "../time";
import { daysLeft } from "../years/service";
import { enqueueMails } from "./mail";

/**
 * Deadline reminders: for each OPEN year whose 填报截止日期 is at most `days` away (and not past),
 * every active department with unsubmitted records (drafts, returned ones, unsent revisions) or
 * with no record at all in the year is told, through the staff who may submit its records.
 * Once per user and deadline (a dedupe key), so the daily job can run as often as it likes.
 */
export async function remindDeadlines(options: { prisma?: PrismaClient; now?: Date; days?: number } = {}): Promise<number> {
  const prisma = options.prisma ?? db();
  const now = options.now ?? new Date();
  const days = options.days ?? env().NIANBAO_REMIND_DAYS;
  const years = await prisma.reportYear.findMany({ where: { state: "OPEN", deadline: { not: null } } });
  const [departments, users] = await Promise.all([
    prisma.department.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } }),
    prisma.user.findMany({
      where: { active: true },
      select: { id: true, username: true, displayName: true, role: true, departmentId: true },
    }),
  ]);
  let created = 0;
  for (const year of years) {
    const left = daysLeft(year.deadline!, now);
    if (left < 0 || left > days) continue;
    const groups = await prisma.record.groupBy({
      by: ["departmentId", "kind"],
      where: {
        year: year.year,
        deletedAt: null,
        OR: [{ status: { in: ["DRAFT", "RETURNED"] } }, { revisionStatus: { in: ["DRAFT", "RETURNED"] } }],
      },
      _count: { _all: true },
    });
    const withRecords = new Set(
      (await prisma.record.groupBy({ by: ["departmentId"], where: { year: year.year, deletedAt: null } })).map((g) => g.departmentId),
    );
    const deadline = formatDay(year.deadline!);
    for (const dept of departments) {
      const open = groups.filter((g) => g.departmentId === dept.id);
      const missing = !withRecords.has(dept.id);
      if (!missing && open.length === 0) continue;
      // Written in both languages; the Chinese is the notice's title and body, the English beside it.
      const say = (lang: Lang) => {
        const m = notifications[lang];
        const kindName = (model: string) => RECORD_KINDS.find((k) => k.model === model)?.[lang] ?? model;
        const list = open.map((g) => fill(m.kindCount, { kind: kindName(g.kind), n: g._count._all })).join(m.listSeparator);
        return {
          body: fill(missing ? m.deadlineNothing : m.deadlineOpen, { department: dept.name, list }),
          title: fill(m.deadlineTitle, { year: year.year, deadline, left: m.daysLeft(left) }),
        };
      };
      const [zh, en] = [say("zh"), say("en")];
      const recipients = users.filter((u) => mayOnRecord(u, "submit", { departmentId: dept.id }));
      if (recipients.length === 0) continue;
      const { count } = await prisma.notification.createMany({
        data: recipients.map((u) => ({
          userId: u.id,
          type: "DEADLINE",
          title: zh.title,
          body: zh.body,
          titleEn: en.title,
          bodyEn: en.body,
          href: `/admin/records`,
          dedupeKey: `deadline:${year.year}:${deadline}:${u.id}`,
        })),
        skipDuplicates: true,
      });
      created += count;
      if (count > 0)
        await enqueueMails(
          prisma,
          recipients.map((u) => u.id),
        );
    }
  }
  return created;
}
