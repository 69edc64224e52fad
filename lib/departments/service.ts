import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { audit, changedFields } from "../audit/log";
import { AppError } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { db } from "../server/db";
import { isForeignKeyViolation, isUniqueViolation } from "../server/db-errors";
import { parseWith } from "../validation";
import { ZDepartment } from "./schema";

/**
 * 部门管理: admins create, rename, reorder, deactivate and (while nothing refers to it) delete
 * departments. A deactivated department keeps its records, users and history and takes no new
 * records; deleting one that has records or users is refused by the database's own foreign keys.
 */
type Client = PrismaClient | Prisma.TransactionClient;
type Ctx = { actor: MaybeActor; ip?: string | null; prisma?: PrismaClient };

const notFound = () => new AppError("NOT_FOUND", bi("部门不存在", "department not found"));
const inUse = () =>
  new AppError(
    "CONFLICT",
    bi("该部门已有记录或用户，不能删除；可以停用它", "the department has records or users and cannot be deleted; deactivate it instead"),
  );
const nameTaken = () =>
  new AppError("CONFLICT", bi("已有同名或同代码的部门", "a department with that name or code exists"), {
    name: [bi("已有同名或同代码的部门", "a department with that name or code exists")],
  });

function mapUnique(err: unknown): never {
  if (isUniqueViolation(err)) throw nameTaken();
  throw err;
}

export function listDepartments(options: { includeInactive?: boolean; prisma?: Client } = {}) {
  return (options.prisma ?? db()).department.findMany({
    where: options.includeInactive ? {} : { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

/** Refuses new records for a department that does not exist or was deactivated. */
export async function assertDepartmentOpen(departmentId: string, prisma: Client = db()) {
  const department = await prisma.department.findUnique({ where: { id: departmentId }, select: { active: true, name: true } });
  if (!department) throw notFound();
  if (!department.active) {
    throw new AppError(
      "CONFLICT",
      bi(`部门「${department.name}」已停用，不能再新建记录`, `the department "${department.name}" is deactivated and takes no new records`),
    );
  }
}

export async function createDepartment(ctx: Ctx & { input: unknown }) {
  authorize(ctx.actor, "departments.manage");
  const input = parseWith(ZDepartment, ctx.input);
  const prisma = ctx.prisma ?? db();
  return prisma
    .$transaction(async (tx) => {
      const last = await tx.department.aggregate({ _max: { sortOrder: true } });
      const code = input.code ?? `D${Date.now().toString(36).toUpperCase()}`;
      const department = await tx.department.create({
        data: { name: input.name, shortName: input.shortName ?? null, code, sortOrder: (last._max.sortOrder ?? 0) + 1 },
      });
      await audit(tx, {
        actor: ctx.actor,
        action: "DEPARTMENT_CREATE",
        entityType: "Department",
        entityId: department.id,
        ip: ctx.ip,
        changes: changedFields(null, { name: department.name, shortName: department.shortName, code }),
      });
      return department;
    })
    .catch(mapUnique);
}

export async function updateDepartment(ctx: Ctx & { id: string; input: unknown }) {
  authorize(ctx.actor, "departments.manage");
  const input = parseWith(ZDepartment, ctx.input);
  const prisma = ctx.prisma ?? db();
  return prisma
    .$transaction(async (tx) => {
      const before = await tx.department.findUnique({ where: { id: ctx.id } });
      if (!before) throw notFound();
      const department = await tx.department.update({
        where: { id: ctx.id },
        data: { name: input.name, shortName: input.shortName ?? null, ...(input.code ? { code: input.code } : {}) },
      });
      await audit(tx, {
        actor: ctx.actor,
        action: "DEPARTMENT_UPDATE",
        entityType: "Department",
        entityId: ctx.id,
        ip: ctx.ip,
        changes: changedFields(
          { name: before.name, shortName: before.shortName, code: before.code },
          { name: department.name, shortName: department.shortName, code: department.code },
        ),
      });
      return department;
    })
    .catch(mapUnique);
}

export async function setDepartmentActive(ctx: Ctx & { id: string; active: boolean }) {
  authorize(ctx.actor, "departments.manage");
  const prisma = ctx.prisma ?? db();
  return prisma.$transaction(async (tx) => {
    const before = await tx.department.findUnique({ where: { id: ctx.id } });
    if (!before) throw notFound();
    const department = await tx.department.update({ where: { id: ctx.id }, data: { active: ctx.active } });
    await audit(tx, {
      actor: ctx.actor,
      action: "DEPARTMENT_UPDATE",
      entityType: "Department",
      entityId: ctx.id,
      ip: ctx.ip,
      changes: changedFields({ active: before.active }, { active: ctx.active }),
    });
    return department;
  });
}

/** Moves a department one place up or down in the list (and so in every list that follows it). */
export async function moveDepartment(ctx: Ctx & { id: string; direction: "up" | "down" }) {
  authorize(ctx.actor, "departments.manage");
  const prisma = ctx.prisma ?? db();
  return prisma.$transaction(async (tx) => {
    const all = await tx.department.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
    const from = all.findIndex((d) => d.id === ctx.id);
    if (from < 0) throw notFound();
    const to = ctx.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= all.length) return;
    const [moved] = all.splice(from, 1);
    all.splice(to, 0, moved!);
    // Renumber all: the demo's sort orders have gaps and ties, so swapping two numbers is not enough.
    for (const [i, d] of all.entries()) await tx.department.update({ where: { id: d.id }, data: { sortOrder: i + 1 } });
    await audit(tx, {
      actor: ctx.actor,
      action: "DEPARTMENT_UPDATE",
      entityType: "Department",
      entityId: ctx.id,
      ip: ctx.ip,
      changes: { position: { before: from + 1, after: to + 1 } },
    });
  });
}

/** Deletes a department nothing refers to; one with records or users can only be deactivated. */
export async function deleteDepartment(ctx: Ctx & { id: string }) {
  authorize(ctx.actor, "departments.manage");
  const prisma = ctx.prisma ?? db();
  try {
    await prisma.$transaction(async (tx) => {
      const before = await tx.department.findUnique({ where: { id: ctx.id }, include: { _count: { select: { users: true } } } });
      if (!before) throw notFound();
      // Users point at their department with ON DELETE SET NULL: refuse here rather than orphan them.
      if (before._count.users > 0) throw inUse();
      await tx.department.delete({ where: { id: ctx.id } });
      await audit(tx, {
        actor: ctx.actor,
        action: "DEPARTMENT_DELETE",
        entityType: "Department",
        entityId: ctx.id,
        ip: ctx.ip,
        changes: changedFields({ name: before.name, code: before.code }, null),
      });
    });
  } catch (err) {
    // Records point at their department with ON DELETE RESTRICT: the database refuses.
    if (isForeignKeyViolation(err)) throw inUse();
    throw err;
  }
}

/** Every department with how many users it has (for 部门管理). */
export async function departmentsWithUse(prisma: Client = db()) {
  const rows = await prisma.department.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    include: { _count: { select: { users: true } } },
  });
  return rows.map(({ _count, ...d }) => ({ ...d, users: _count.users }));
}
