import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { demoDatabase } from "../support/database";
import { signInFrom, useAsAppDatabase } from "./support-auth";

/**
 * Finding 7: bcrypt ran only for existing users (165 ms vs 14 ms), so the answer's timing told
 * which user names exist. Now an unknown name is compared against a dummy hash of the same cost.
 * Compared as medians of a few runs each, with a wide margin for a busy machine, at the cost an
 * installation uses (the tests otherwise run at 6, where there is little time to compare).
 */
const INSTALLED_COST = "12";
async function medianMs(work: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

describe("sign-in timing", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  const testCost = process.env.NIANBAO_PASSWORD_COST;
  beforeAll(async () => {
    database = await demoDatabase();
    useAsAppDatabase(database.prisma);
    process.env.NIANBAO_PASSWORD_COST = INSTALLED_COST;
    const passwordHash = await bcrypt.hash("not-the-password", Number(INSTALLED_COST));
    await database.prisma.user.update({ where: { username: "staff-a" }, data: { passwordHash } });
    process.env.NIANBAO_LOGIN_LIMIT_USER = "1000";
    process.env.NIANBAO_LOGIN_LIMIT_IP = "1000";
  }, 180_000);
  afterAll(async () => {
    if (testCost === undefined) delete process.env.NIANBAO_PASSWORD_COST;
    else process.env.NIANBAO_PASSWORD_COST = testCost;
    delete process.env.NIANBAO_LOGIN_LIMIT_USER;
    delete process.env.NIANBAO_LOGIN_LIMIT_IP;
    await database?.dispose();
  });

  it("a wrong password for an unknown user takes as long as for a real one", async () => {
    const address = { ip: "198.51.100.30", peer: "198.51.100.30" };
    await signInFrom(address, "no-such-user", "warm-up");
    const known = await medianMs(() => signInFrom(address, "staff-a", "wrong-password"));
    const unknown = await medianMs(() => signInFrom(address, `ghost-${Date.now()}`, "wrong-password"));
    expect(unknown).toBeGreaterThan(known * 0.5);
  });

  it("never accepts a password against the dummy hash", async () => {
    expect(await verifyPassword("nianbao-timing-equaliser", null)).toBe(false);
  });
});
