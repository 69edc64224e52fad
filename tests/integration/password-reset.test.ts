import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { verifyPassword } from "../../lib/auth/password";
import { passwordProblem } from "../../lib/auth/password-strength";
import { accountContact, updateInstitution } from "../../lib/institution/service";
import { resetPassword } from "../../lib/users/service";
import { demoDatabase } from "../support/database";
import { outcome as code } from "../support/errors";

/** Account recovery: an admin resets a lost password; the login page names whom to ask. */
describe("重置密码", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const actors: Record<string, Actor> = {};
  const ctx = (name: string) => ({ actor: actors[name]!, prisma: database.prisma });

  beforeAll(async () => {
    database = await demoDatabase();
    Object.assign(actors, database.actors);
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("gives a one-time password once, ends the user's sessions, forces a change at the next sign-in, and audits it without the password", async () => {
    const staff = actors["staff-a"]!;
    const versionBefore = (await database.prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).sessionVersion;
    const { password, username } = await resetPassword({ ...ctx("admin"), userId: staff.id, ip: "10.0.0.9" });
    expect(username).toBe("staff-a");
    expect(passwordProblem(password, username)).toBeNull();
    const stored = await database.prisma.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(stored.mustChangePassword).toBe(true);
    // The user's sessions end: every cookie carrying the old session version is refused.
    expect(stored.sessionVersion).toBe(versionBefore + 1);
    expect(await verifyPassword(password, stored.passwordHash)).toBe(true);
    expect(await verifyPassword("demo-2022", stored.passwordHash)).toBe(false);
    const log = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "PASSWORD_RESET", entityId: staff.id } });
    expect(log).toMatchObject({ actorName: "系统管理员", ip: "10.0.0.9" });
    expect(JSON.stringify(log.changes ?? null)).not.toContain(password);
    // Each reset is a new password.
    expect((await resetPassword({ ...ctx("admin"), userId: staff.id })).password).not.toBe(password);
  });

  it("is the admin's alone, not for their own account, and not for a deactivated one", async () => {
    expect(await code(resetPassword({ ...ctx("reviewer"), userId: actors["staff-b"]!.id }))).toBe("FORBIDDEN");
    expect(await code(resetPassword({ actor: null, prisma: database.prisma, userId: actors["staff-b"]!.id }))).toBe("UNAUTHENTICATED");
    expect(await code(resetPassword({ ...ctx("admin"), userId: actors.admin!.id }))).toBe("INVALID");
    expect(await code(resetPassword({ ...ctx("admin"), userId: "no-such-user" }))).toBe("NOT_FOUND");
    await database.prisma.user.update({ where: { id: actors["staff-b"]!.id }, data: { active: false } });
    expect(await code(resetPassword({ ...ctx("admin"), userId: actors["staff-b"]!.id }))).toBe("CONFLICT");
  });

  it("names on the login page whom to ask, as set in 学校设置", async () => {
    expect(await accountContact(database.prisma)).toBeNull();
    await updateInstitution({
      ...ctx("admin"),
      input: { name: "天津城市职业学院", shortName: "城职", city: "天津", accountContact: "质量办 王老师 022-88886666" },
    });
    expect(await accountContact(database.prisma)).toBe("质量办 王老师 022-88886666");
  });
});
