import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { AppError } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";

/**
 * First-run set-up creates the first administrator, so it must belong to whoever installed the
 * server, not to whoever reaches it first. It asks for a one-time set-up token:
 * - made by `npm start` (scripts/start.ts) while the installation is not set up, printed in the
 *   server log and stored only as its SHA-256 (a new one at each start until set-up is done);
 * - or given by the operator in NIANBAO_SETUP_TOKEN, for scripted installs and several instances.
 * Set-up deletes the stored token in its own transaction.
 */
type Client = PrismaClient | Prisma.TransactionClient;

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Compares digests, so the time taken does not depend on how much of the token was right. */
const sameToken = (given: string, expectedDigest: Buffer) => timingSafeEqual(digest(given), expectedDigest);

/** Makes a new token (replacing any earlier one) when the installation is not set up; null when it is, or when the operator gave one. */
export async function issueSetupToken(prisma: Client): Promise<string | null> {
  if ((await prisma.institution.count()) > 0) return null;
  if (env().NIANBAO_SETUP_TOKEN) return null;
  const token = randomBytes(18).toString("base64url");
  const tokenHash = digest(token).toString("hex");
  await prisma.setupToken.upsert({ where: { id: 1 }, create: { id: 1, tokenHash }, update: { tokenHash, createdAt: new Date() } });
  return token;
}

/** The lines for the server log: where the token goes and what it is for. */
export function setupTokenNotice(token: string, baseUrl: string): string {
  return [
    "[nianbao] ================================================================",
    "[nianbao] 尚未完成初始设置（this installation is not set up yet）",
    `[nianbao] 初始设置口令（set-up token）: ${token}`,
    `[nianbao] 打开 ${baseUrl}/setup ，在「设置口令」一栏填入此口令，创建学校和第一位管理员。`,
    `[nianbao] Open ${baseUrl}/setup and enter this token to create the college and its first administrator`,
    "[nianbao] (or send it as `setupToken` to POST /api/v1/setup). Each start makes a new one until set-up is done;",
    "[nianbao] set NIANBAO_SETUP_TOKEN to choose it yourself (scripted installs, several instances).",
    "[nianbao] ================================================================",
  ].join("\n");
}

export const setupTokenRefused = () => {
  const message = bi(
    "初始设置口令不正确。口令见服务器启动日志（npm start 的输出），或为环境变量 NIANBAO_SETUP_TOKEN 的值",
    "the set-up token is wrong: find it in the server's start-up log (the output of npm start), or use the value of NIANBAO_SETUP_TOKEN",
  );
  return new AppError("FORBIDDEN", message, { setupToken: [message] });
};

/** Refuses set-up (403, both languages) unless `token` is the operator's or the printed one. */
export async function checkSetupToken(options: { prisma: Client; token: unknown }): Promise<void> {
  const given = typeof options.token === "string" ? options.token.trim() : "";
  const fromEnv = env().NIANBAO_SETUP_TOKEN;
  const stored = await options.prisma.setupToken.findUnique({ where: { id: 1 } });
  // Always one comparison per source that exists, whatever was sent.
  const envOk = fromEnv ? sameToken(given, digest(fromEnv)) : false;
  const storedOk = stored ? sameToken(given, Buffer.from(stored.tokenHash, "hex")) : false;
  if (!given || !(envOk || storedOk)) throw setupTokenRefused();
}

/** Set-up is done: the printed token is spent. */
export async function spendSetupToken(tx: Client): Promise<void> {
  await tx.setupToken.deleteMany({});
}
