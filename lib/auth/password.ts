import { randomInt } from "node:crypto";
import bcrypt from "bcryptjs";
import { env } from "../env";

/**
 * Passwords: bcrypt at cost 12 (NIANBAO_PASSWORD_COST, lowered only by test machines, 6 at least). bcrypt reads
 * only the first 72 bytes, so longer passwords are refused when set (ZPassword) rather than
 * silently truncated.
 */
export const DEFAULT_PASSWORD_COST = 12;
export const PASSWORD_MAX_BYTES = 72;

export function passwordCost(): number {
  return env().NIANBAO_PASSWORD_COST;
}

export function passwordBytes(plain: string): number {
  return Buffer.byteLength(plain, "utf8");
}

export function hashPassword(plain: string): Promise<string> {
  if (passwordBytes(plain) > PASSWORD_MAX_BYTES) throw new Error(`password longer than ${PASSWORD_MAX_BYTES} bytes`);
  return bcrypt.hash(plain, passwordCost());
}

/**
 * A generated one-time password (about 93 random bits, to be changed at first sign-in) at a lower
 * cost: importing 200 accounts at cost 12 would take minutes. Its first sign-in rehashes it at
 * today's cost (needsRehash), and the user must replace it at once anyway.
 */
export const ONE_TIME_COST_STEPS_DOWN = 2;
export function hashOneTimePassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, passwordCost() - ONE_TIME_COST_STEPS_DOWN);
}

let dummy: { cost: number; hash: string } | undefined;
/**
 * Checks a password against the stored hash, or against a dummy hash of the same cost when there
 * is none (unknown or password-less user): the answer takes as long either way, so its timing does
 * not tell which user names exist.
 */
export async function verifyPassword(plain: string, hash: string | null | undefined): Promise<boolean> {
  const cost = passwordCost();
  if (dummy?.cost !== cost) dummy = { cost, hash: await bcrypt.hash("nianbao-timing-equaliser", cost) };
  const tooLong = passwordBytes(plain) > PASSWORD_MAX_BYTES;
  const ok = await bcrypt.compare(tooLong ? "" : plain, hash ?? dummy.hash);
  return ok && !!hash && !tooLong;
}

/** True when a stored hash was made at a lower cost than today's: rehash it after a good sign-in. */
export function needsRehash(hash: string): boolean {
  return bcrypt.getRounds(hash) < passwordCost();
}

/** A one-time password that passes the strength rule: 14 characters from four classes (invitations, resets). */
export function oneTimePassword(): string {
  const sets = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "-_.!@#%+"];
  const all = sets.join("");
  const chars = sets.map((s) => s[randomInt(s.length)]!);
  while (chars.length < 14) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}
