import type { PrismaClient } from "../generated/prisma/client";
import type { ClientAddress } from "./client-address";
import { env } from "../env";

/**
 * Login throttling, counted in Postgres (LoginFailure) so every app instance sees the same numbers.
 *
 * Only failures count. Two limits per 15 minutes:
 * - per user name from one address (default 5): guessing one account from one place stops, but a
 *   stranger elsewhere cannot lock the real user out — the user's own address is counted apart;
 * - per address (default 50): one address guessing many accounts stops. Successes never count, so
 *   a campus behind one NAT address can sign in all day.
 * A successful sign-in clears its user name's failures from that address.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const KEEP_MS = 24 * 60 * 60 * 1000;

/** NIANBAO_LOGIN_LIMIT_USER / NIANBAO_LOGIN_LIMIT_IP (lib/env.ts). */
export function throttleLimits() {
  return { perUserAndAddress: env().NIANBAO_LOGIN_LIMIT_USER, perAddress: env().NIANBAO_LOGIN_LIMIT_IP };
}

const key = (username: string) => username.trim().toLowerCase().slice(0, 100);

export async function loginThrottled(prisma: PrismaClient, attempt: { username: string; address: ClientAddress }): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const limits = throttleLimits();
  const { ip } = attempt.address;
  const [pair, address] = await Promise.all([
    prisma.loginFailure.count({ where: { username: key(attempt.username), ip, at: { gte: since } } }),
    prisma.loginFailure.count({ where: { ip, at: { gte: since } } }),
  ]);
  return pair >= limits.perUserAndAddress || address >= limits.perAddress;
}

export async function recordLoginFailure(prisma: PrismaClient, attempt: { username: string; address: ClientAddress }) {
  await prisma.loginFailure.create({ data: { username: key(attempt.username), ip: attempt.address.ip, peer: attempt.address.peer } });
  // Rows older than a day count for nothing; dropping them keeps the table small.
  await prisma.loginFailure.deleteMany({ where: { at: { lt: new Date(Date.now() - KEEP_MS) } } });
}

export async function clearLoginFailures(prisma: PrismaClient, attempt: { username: string; address: ClientAddress }) {
  await prisma.loginFailure.deleteMany({ where: { username: key(attempt.username), ip: attempt.address.ip } });
}
