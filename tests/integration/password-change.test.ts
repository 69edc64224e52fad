// 我的账号 → 修改密码 (issue 22, speed): two bcrypt rounds (check the current, hash the new), the
// "same as the current one" refusal decided without a third.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { hashPassword, verifyPassword } from "../../lib/auth/password";
import { changeOwnPassword } from "../../lib/users/service";
import { demoDatabase } from "../support/database";

describe("changing one's own password", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("refuses a wrong current password and a new one equal to the current, then changes it", async () => {
    const { prisma } = database;
    const CURRENT = "Hupan-2025!x";
    const user = await prisma.user.create({
      data: { username: "pw-change", displayName: "改密用户", role: "STAFF", passwordHash: await hashPassword(CURRENT) },
    });
    const actor = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, departmentId: null };
    const change = (current: string, next: string) => changeOwnPassword({ actor, prisma, current, next, confirm: next });
    const refusal = async (work: Promise<unknown>) => {
      const err = await work.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      return (err as AppError).fieldErrors;
    };

    expect(Object.keys((await refusal(change("Wrong-2025!x", "Hupan-2026!y"))) ?? {})).toEqual(["current"]);
    const same = await refusal(change(CURRENT, CURRENT));
    expect(same?.next?.[0]).toContain("新密码不能与当前密码相同");

    await change(CURRENT, "Hupan-2026!y");
    const stored = (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(await verifyPassword("Hupan-2026!y", stored)).toBe(true);
    expect(await verifyPassword(CURRENT, stored)).toBe(false);
  }, 120_000);
});
