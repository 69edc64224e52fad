import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { audit } from "../audit/log";
import type { PrismaClient } from "../generated/prisma/client";
import { requireDepartmentInstallation } from "../institution/kind";
import { handOff } from "../notifications/handoff";
import { db } from "../server/db";
import { parseWith } from "../validation";
import { ZHandInDue, ZYear } from "./schema";

/**
 * The 报送 board: every registered college with the edition it handed in for a year (the current
 * one: the latest edition), when and by whom; who is missing, and who is late against the year's
 * due date. Reminders go to the missing colleges' accounts as grouped notices (one open notice per
 * college and year, joined by later reminders and cleared when the college hands in).
 */
type Client = PrismaClient;

export const handInGroup = (year: number, collegeId: string) => `hand-in:${year}:${collegeId}`;
export const HAND_IN_PAGE = "/admin/hand-in";

export type BoardStatus = "handedIn" | "late" | "missing" | "overdue";

/** Due by the end of the day, China time (the departments this serves are all in UTC+8). */
export const dueAtOf = (day: string) => new Date(`${day}T23:59:59.999+08:00`);

export async function defaultBoardYear(prisma: Client = db()): Promise<number> {
  const [due, sub] = await Promise.all([
    prisma.handInDue.aggregate({ _max: { year: true } }),
    prisma.submission.aggregate({ _max: { year: true } }),
  ]);
  return Math.max(due._max.year ?? 0, sub._max.year ?? 0) || new Date().getFullYear() - 1;
}

export async function handInBoard(options: { actor: MaybeActor; year: unknown; prisma?: Client; now?: Date }) {
  const prisma = options.prisma ?? db();
  authorize(options.actor, "province.board");
  await requireDepartmentInstallation(prisma);
  const year = parseWith(ZYear, options.year);
  const now = options.now ?? new Date();
  const [colleges, due, current, first] = await Promise.all([
    prisma.college.findMany({
      orderBy: [{ city: "asc" }, { code: "asc" }],
      include: { _count: { select: { users: { where: { active: true } } } } },
    }),
    prisma.handInDue.findUnique({ where: { year } }),
    prisma.submission.findMany({
      where: { year, current: true },
      select: { id: true, collegeId: true, editionVersion: true, receivedAt: true, receivedById: true },
    }),
    prisma.submission.groupBy({ by: ["collegeId"], where: { year }, _min: { receivedAt: true } }),
  ]);
  const people = new Map(
    (
      await prisma.user.findMany({
        where: { id: { in: current.flatMap((s) => (s.receivedById ? [s.receivedById] : [])) } },
        select: { id: true, displayName: true },
      })
    ).map((u) => [u.id, u.displayName]),
  );
  const currentOf = new Map(current.map((s) => [s.collegeId, s]));
  const firstOf = new Map(first.map((f) => [f.collegeId, f._min.receivedAt]));
  const dueAt = due?.dueAt ?? null;
  const rows = colleges.map((college) => {
    const s = currentOf.get(college.id);
    const firstAt = firstOf.get(college.id) ?? null;
    const status: BoardStatus = s
      ? dueAt && firstAt && firstAt > dueAt
        ? "late"
        : "handedIn"
      : dueAt && now > dueAt
        ? "overdue"
        : "missing";
    return {
      college: {
        id: college.id,
        code: college.code,
        name: college.name,
        type: college.type,
        city: college.city,
        accounts: college._count.users,
      },
      submission: s
        ? {
            id: s.id,
            editionVersion: s.editionVersion,
            receivedAt: s.receivedAt,
            receivedBy: s.receivedById ? (people.get(s.receivedById) ?? null) : null,
          }
        : null,
      status,
    };
  });
  const handedIn = rows.filter((r) => r.submission).length;
  return { year, dueAt, rows, handedIn, missing: rows.length - handedIn };
}

export async function setHandInDue(options: { actor: MaybeActor; input: unknown; ip?: string | null; prisma?: Client }) {
  const prisma = options.prisma ?? db();
  authorize(options.actor, "colleges.manage");
  await requireDepartmentInstallation(prisma);
  const { year, dueOn } = parseWith(ZHandInDue, options.input);
  const dueAt = dueAtOf(dueOn);
  return prisma.$transaction(async (tx) => {
    const row = await tx.handInDue.upsert({ where: { year }, create: { year, dueAt }, update: { dueAt } });
    await audit(tx, {
      actor: options.actor,
      action: "HAND_IN_DUE",
      entityType: "HandInDue",
      entityId: String(year),
      ip: options.ip,
      changes: { year, dueOn },
    });
    return row;
  });
}

/** 提醒未报送学校: one grouped notice per missing college's account; returns how many colleges and accounts heard. */
export async function remindMissing(options: { actor: MaybeActor; year: unknown; ip?: string | null; prisma?: Client; now?: Date }) {
  const prisma = options.prisma ?? db();
  const board = await handInBoard({ ...options, prisma });
  const missing = board.rows.filter((r) => !r.submission);
  const users = await prisma.user.findMany({
    where: { active: true, role: "COLLEGE", collegeId: { in: missing.map((r) => r.college.id) } },
    select: { id: true, collegeId: true },
  });
  const due = board.dueAt ? `，截止日期 ${board.dueAt.toISOString().slice(0, 10)}` : "";
  let colleges = 0;
  await prisma.$transaction(async (tx) => {
    for (const row of missing) {
      const userIds = users.filter((u) => u.collegeId === row.college.id).map((u) => u.id);
      if (userIds.length === 0) continue;
      colleges++;
      await handOff(tx, {
        userIds,
        type: "HANDIN",
        groupKey: handInGroup(board.year, row.college.id),
        title: () => `请报送${row.college.name}${board.year}年度质量报告`,
        body: `尚未收到贵校${board.year}年度质量报告报送包${due}。请在本校年报系统导出报送包后上传。`,
        href: () => HAND_IN_PAGE,
        remail: true,
      });
    }
    if (colleges > 0)
      await audit(tx, {
        actor: options.actor,
        action: "HAND_IN_REMIND",
        entityType: "HandInDue",
        entityId: String(board.year),
        ip: options.ip,
        changes: { year: board.year, colleges, accounts: users.length },
      });
  });
  return { colleges, accounts: users.filter((u) => missing.some((r) => r.college.id === u.collegeId)).length };
}

/** A college account's own hand-ins (its hand-in page). */
export async function ownHandIns(options: { actor: MaybeActor; prisma?: Client }) {
  const prisma = options.prisma ?? db();
  authorize(options.actor, "handIn.own");
  await requireDepartmentInstallation(prisma);
  const [college, submissions] = await Promise.all([
    prisma.college.findUnique({ where: { id: options.actor!.collegeId! } }),
    prisma.submission.findMany({
      where: { collegeId: options.actor!.collegeId! },
      orderBy: [{ year: "desc" }, { editionVersion: "desc" }],
      select: { id: true, year: true, editionVersion: true, receivedAt: true, current: true },
    }),
  ]);
  return { college, submissions };
}
