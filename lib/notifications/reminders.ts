import { mayOnRecord } from "../auth/policy";
import { env } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
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
      const list = open.map((g) => `${RECORD_KINDS.find((k) => k.model === g.kind)?.zh ?? g.kind} ${g._count._all} 条`).join("，");
      const body = missing ? `${dept.name}尚未填报本年度的任何记录。` : `${dept.name}尚有未提交审核的记录：${list}。`;
      const title = `${year.year}年度填报将于 ${deadline} 截止（${left === 0 ? "今天截止" : `还有 ${left} 天`}）`;
      const recipients = users.filter((u) => mayOnRecord(u, "submit", { departmentId: dept.id }));
      if (recipients.length === 0) continue;
      const { count } = await prisma.notification.createMany({
        data: recipients.map((u) => ({
          userId: u.id,
          type: "DEADLINE",
          title,
          body,
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
