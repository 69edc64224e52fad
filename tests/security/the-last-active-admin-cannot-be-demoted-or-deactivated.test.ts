import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { createUser, setUserActive, setUserRole } from "../../lib/users/service";
import { demoDatabase } from "../support/database";
import { useAsAppDatabase } from "./support-auth";
import { outcome } from "../support/errors";

/**
 * Issue #21 finding 5: the last active admin could demote or deactivate themselves (or be demoted
 * by a second admin who is then deactivated), leaving the installation with no admin and /setup
 * closed for good. Every change of role or activation, from the screen or the API (both call
 * these verbs), is refused when it would leave no active admin.
 */
describe("the last active administrator", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
    useAsAppDatabase(database.prisma);
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("cannot be demoted, by themselves or anyone", async () => {
    const prisma = database.prisma;
    const admin = database.actors.admin!;
    expect(await prisma.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    const refused = await setUserRole({ actor: admin, prisma, userId: admin.id, role: "REVIEWER" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("CONFLICT");
    expect((refused as AppError).message).toMatch(/最后一位.*last active administrator/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("can hand over: with a second admin one may step down, and then the other may not", async () => {
    const prisma = database.prisma;
    const admin = database.actors.admin!;
    const second = await createUser({
      actor: admin,
      prisma,
      input: { username: "second-admin", displayName: "第二管理员", password: "Hand-over-2026!", role: "ADMIN" },
    });
    const secondActor = {
      id: second.id,
      username: second.username,
      displayName: second.displayName,
      role: second.role,
      departmentId: null,
    };
    expect(await outcome(setUserRole({ actor: secondActor, prisma, userId: admin.id, role: "REVIEWER" }))).toBe("OK");
    expect(await outcome(setUserRole({ actor: secondActor, prisma, userId: second.id, role: "LEADER" }))).toBe("CONFLICT");
    // Back to two, then deactivating one is fine and the last one stays.
    expect(await outcome(setUserRole({ actor: secondActor, prisma, userId: admin.id, role: "ADMIN" }))).toBe("OK");
    expect(await outcome(setUserActive({ actor: admin, prisma, userId: second.id, active: false }))).toBe("OK");
    expect(await prisma.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("cannot be deactivated, even when a deactivated admin account is left", async () => {
    const prisma = database.prisma;
    const admin = database.actors.admin!;
    const second = await prisma.user.findUniqueOrThrow({ where: { username: "second-admin" } });
    // The inactive admin still holds the role: its session is gone, so it may act only in this test's hands.
    const inactiveAdmin = {
      id: second.id,
      username: second.username,
      displayName: second.displayName,
      role: second.role,
      departmentId: null,
    };
    expect(await outcome(setUserActive({ actor: inactiveAdmin, prisma, userId: admin.id, active: false }))).toBe("CONFLICT");
    expect(await prisma.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});
