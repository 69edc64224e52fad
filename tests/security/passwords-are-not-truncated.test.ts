import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { DEFAULT_PASSWORD_COST, hashPassword, needsRehash, verifyPassword } from "../../lib/auth/password";
import { parseEnv } from "../../lib/env";
import { ZPassword } from "../../lib/users/schema";

/**
 * Finding 13: passwords were hashed at bcrypt cost 10, and up to 200 characters were allowed
 * although bcrypt reads only the first 72 bytes: two long passwords sharing their first 72 bytes
 * were the same password. Now cost 12, and a password longer than 72 bytes is refused when set.
 * The tests themselves run at a lower cost (NIANBAO_PASSWORD_COST, vitest.config.ts): what is
 * checked is that an installation without the setting hashes at 12, and that the setting is used.
 */
describe("passwords", () => {
  it("are hashed at cost 12 unless the installation sets another", async () => {
    expect(DEFAULT_PASSWORD_COST).toBe(12);
    expect(parseEnv({}).NIANBAO_PASSWORD_COST).toBe(12);
    expect(() => parseEnv({ NIANBAO_PASSWORD_COST: "5" })).toThrow(/NIANBAO_PASSWORD_COST/);
    const configured = parseEnv(process.env).NIANBAO_PASSWORD_COST;
    const hash = await hashPassword("correct horse battery");
    expect(bcrypt.getRounds(hash)).toBe(configured);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(await bcrypt.hash("x", configured - 1))).toBe(true);
  });

  it("longer than 72 bytes are refused when set, with a message in both languages", () => {
    const long = "密".repeat(25); // 75 bytes in UTF-8
    const parsed = ZPassword.safeParse(long);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]!.message).toMatch(/72.*72 bytes/);
    expect(ZPassword.safeParse("a".repeat(72)).success).toBe(true);
  });

  it("a stored 72-byte password is not matched by a longer one sharing its first 72 bytes", async () => {
    const stored = await bcrypt.hash("a".repeat(72), 4);
    expect(await verifyPassword("a".repeat(72), stored)).toBe(true);
    expect(await verifyPassword(`${"a".repeat(72)}-anything`, stored)).toBe(false);
  });
});
