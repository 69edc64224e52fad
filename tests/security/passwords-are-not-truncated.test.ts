import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { BCRYPT_COST, hashPassword, verifyPassword } from "../../lib/auth/password";
import { ZPassword } from "../../lib/users/schema";

/**
 * Finding 13: passwords were hashed at bcrypt cost 10, and up to 200 characters were allowed
 * although bcrypt reads only the first 72 bytes: two long passwords sharing their first 72 bytes
 * were the same password. Now cost 12, and a password longer than 72 bytes is refused when set.
 */
describe("passwords", () => {
  it("are hashed at cost 12", async () => {
    expect(BCRYPT_COST).toBe(12);
    expect(bcrypt.getRounds(await hashPassword("correct horse battery"))).toBe(12);
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
