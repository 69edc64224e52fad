import type { MaybeActor } from "../auth/actor";
import { audit } from "../audit/log";
import { hashOneTimePassword, hashPassword, oneTimePassword, verifyPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-strength";
import { authorize } from "../auth/policy";
import { endSessions } from "../auth/sessions";
import { AppError } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { db } from "../server/db";
import { toAppError } from "../server/db-errors";
import { departmentProblem, ZNewUser, ZRole } from "./schema";

function parse<T>(
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string; path: PropertyKey[] }[] } };
  },
  v: unknown,
): T {
  const r = schema.safeParse(v);
  if (!r.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of r.error.issues) (fieldErrors[i.path.join(".") || "_"] ??= []).push(i.message);
    throw new AppError("INVALID", r.error.issues[0]?.message ?? "invalid", fieldErrors);
  }
  return r.data;
}

/** Creates a user. `bootstrap` is for the CLI that makes the first admin (no actor yet). */
export async function createUser(options: { actor: MaybeActor; input: unknown; bootstrap?: boolean; prisma?: PrismaClient }) {
  if (!options.bootstrap) authorize(options.actor, "users.manage");
  const u = parse(ZNewUser, options.input);
  const prisma = options.prisma ?? db();
  const passwordHash = await hashPassword(u.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId, passwordHash },
      });
      await audit(tx, {
        actor: options.actor,
        actorName: options.actor?.displayName ?? "cli",
        action: "USER_CREATE",
        entityType: "User",
        entityId: user.id,
        changes: { username: { before: null, after: u.username }, role: { before: null, after: u.role } },
      });
      return user;
    });
  } catch (err) {
    const mapped = toAppError(err);
    if (mapped?.code === "CONFLICT") throw new AppError("CONFLICT", bi("用户名已存在", "that username is taken"));
    throw mapped ?? err;
  }
}

export async function setUserRole(options: {
  actor: MaybeActor;
  userId: string;
  role: unknown;
  departmentId?: string | null;
  prisma?: PrismaClient;
}) {
  authorize(options.actor, "users.manage");
  const role = parse(ZRole, options.role);
  const problem = departmentProblem(role, options.departmentId);
  if (problem) throw new AppError("INVALID", problem, { departmentId: [problem] });
  return (options.prisma ?? db()).$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: options.userId } });
    if (!before) throw new AppError("NOT_FOUND", bi("用户不存在", "user not found"));
    if (before.role === "PARTNER")
      throw new AppError("CONFLICT", bi("合作企业账号的角色不能更改", "a partner enterprise's account keeps its role"));
    if (role !== "ADMIN") await keepAnAdministrator(tx, before);
    const user = await tx.user.update({ where: { id: options.userId }, data: { role, departmentId: options.departmentId ?? null } });
    // What the old role allowed ends with the sessions that had it.
    if (before.role !== role) await endSessions({ tx, userId: user.id });
    await audit(tx, {
      actor: options.actor,
      action: "ROLE_CHANGE",
      entityType: "User",
      entityId: user.id,
      changes: { role: { before: before.role, after: role }, departmentId: { before: before.departmentId, after: user.departmentId } },
    });
    return user;
  });
}

/**
 * Refuses a change that would take away the last active administrator (then nobody could manage
 * users, and /setup is closed for good). The lock makes two admins demoting each other at once
 * wait for each other, so they cannot both pass the count.
 */
async function keepAnAdministrator(tx: Prisma.TransactionClient, user: { id: string; role: string; active: boolean }) {
  if (user.role !== "ADMIN" || !user.active) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(20261206)`;
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: user.id } } });
  if (others === 0)
    throw new AppError(
      "CONFLICT",
      bi("这是最后一位在用的管理员，不能更改其角色或停用", "this is the last active administrator: their role stays and they stay active"),
    );
}

/** Deactivated users can no longer sign in; their records stay. */
export async function setUserActive(options: { actor: MaybeActor; userId: string; active: boolean; prisma?: PrismaClient }) {
  authorize(options.actor, "users.manage");
  if (options.actor?.id === options.userId && !options.active) {
    throw new AppError("INVALID", bi("不能停用自己的账号", "you cannot deactivate yourself"));
  }
  return (options.prisma ?? db()).$transaction(async (tx) => {
    if (!options.active) {
      const before = await tx.user.findUnique({ where: { id: options.userId } });
      if (!before) throw new AppError("NOT_FOUND", bi("用户不存在", "user not found"));
      await keepAnAdministrator(tx, before);
    }
    const user = await tx.user.update({ where: { id: options.userId }, data: { active: options.active } });
    if (!options.active) await endSessions({ tx, userId: user.id });
    await audit(tx, {
      actor: options.actor,
      action: options.active ? "USER_ACTIVATE" : "USER_DEACTIVATE",
      entityType: "User",
      entityId: user.id,
    });
    return user;
  });
}

/** Every user changes their own password: the current one proves it is them; the new one must be strong. */
export async function changeOwnPassword(options: {
  actor: MaybeActor;
  current: unknown;
  next: unknown;
  confirm: unknown;
  ip?: string | null;
  prisma?: PrismaClient;
}) {
  const actor = options.actor;
  if (!actor) throw new AppError("UNAUTHENTICATED", bi("请先登录", "please sign in"));
  const prisma = options.prisma ?? db();
  const current = typeof options.current === "string" ? options.current : "";
  const next = typeof options.next === "string" ? options.next : "";
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { passwordHash: true, username: true, mustChangePassword: true },
  });
  if (!user?.passwordHash)
    throw new AppError(
      "INVALID",
      bi("此账号通过统一身份认证登录，没有本地密码", "this account signs in through single sign-on and has no local password"),
    );
  if (!(await verifyPassword(current, user.passwordHash))) {
    throw new AppError("INVALID", bi("当前密码不正确", "the current password is wrong"), {
      current: [bi("当前密码不正确", "the current password is wrong")],
    });
  }
  const problem = passwordProblem(next, user.username);
  if (problem) throw new AppError("INVALID", problem, { next: [problem] });
  if (next !== options.confirm)
    throw new AppError("INVALID", bi("两次输入的新密码不一致", "the new passwords do not match"), {
      confirm: [bi("两次输入的新密码不一致", "the new passwords do not match")],
    });
  // The current password was just verified: comparing the strings says the same as a second bcrypt
  // comparison (1–2 s at cost 12 on a busy server) would.
  if (next === current) {
    const same = bi("新密码不能与当前密码相同", "the new password must differ from the current one");
    throw new AppError("INVALID", same, { next: [same] });
  }
  const passwordHash = await hashPassword(next);
  const sessionVersion = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } });
    await audit(tx, { actor, action: "PASSWORD_CHANGE", entityType: "User", entityId: actor.id, ip: options.ip });
    // Whoever else holds a session of this account (a stolen cookie, another browser) is signed out.
    return endSessions({ tx, userId: actor.id });
  });
  return { wasOneTime: user.mustChangePassword, userId: actor.id, sessionVersion };
}

/**
 * 重置密码: an admin gives a user who lost their password a one-time password, shown to the admin
 * once (never stored in the clear, never logged); the user must replace it at the next sign-in
 * (mustChangePassword, as for imported accounts). Audited without the password. An admin resets
 * others only: their own password they change under 我的账号.
 */
export async function resetPassword(options: { actor: MaybeActor; userId: string; ip?: string | null; prisma?: PrismaClient }) {
  authorize(options.actor, "users.manage");
  if (options.actor!.id === options.userId)
    throw new AppError("INVALID", bi("请在「我的账号」中修改自己的密码", "change your own password under My account"));
  const prisma = options.prisma ?? db();
  const password = oneTimePassword();
  const passwordHash = await hashOneTimePassword(password);
  const user = await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: options.userId }, select: { id: true, username: true, active: true } });
    if (!before) throw new AppError("NOT_FOUND", bi("用户不存在", "user not found"));
    if (!before.active) throw new AppError("CONFLICT", bi("该账号已停用，请先启用", "this account is deactivated; activate it first"));
    await tx.user.update({ where: { id: before.id }, data: { passwordHash, mustChangePassword: true } });
    await audit(tx, { actor: options.actor, action: "PASSWORD_RESET", entityType: "User", entityId: before.id, ip: options.ip });
    // Whoever held the old password is signed out everywhere.
    await endSessions({ tx, userId: before.id });
    return before;
  });
  return { id: user.id, username: user.username, password };
}

/** Every user, for the admins' user management page. */
export async function listUsers(options: { actor: MaybeActor; prisma?: PrismaClient }) {
  authorize(options.actor, "users.manage");
  return (options.prisma ?? db()).user.findMany({
    orderBy: { username: "asc" },
    select: { id: true, username: true, displayName: true, role: true, departmentId: true, active: true },
  });
}
