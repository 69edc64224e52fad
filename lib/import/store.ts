import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "../env";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";

/**
 * Uploads kept between preview and confirm, so the confirm step works on the file the server
 * parsed, not on anything the browser sends back. Files live under
 * NIANBAO_DATA_DIR/tmp/imports/<token>.<xlsx|csv> (the same data folder as
 * lib/runtime/database.ts; resolved here so the Next bundle does not pull in the embedded
 * database), with <token>.json naming the uploader. A token is 192 random bits, works only for
 * the user who uploaded it, expires after an hour and is deleted after the commit; the result of a
 * commit (<token>.done.json) lists the created ids for the 「全部提交」 step.
 */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

export type UploadMeta = {
  userId: string;
  kind: string;
  year: number;
  fileName: string;
  format: "xlsx" | "csv";
  size: number;
  createdAt: number;
};
export type BatchResult = { userId: string; kind: string; year: number; created: string[]; skipped: number; createdAt: number };

export function importDir(): string {
  return path.join(dataDir(), "tmp", "imports");
}

const gone = () =>
  new AppError("NOT_FOUND", bi("上传的文件已过期或不存在，请重新上传", "the upload has expired or does not exist: please upload again"));

const file = (token: string, suffix: string) => path.join(importDir(), `${token}${suffix}`);

async function readJson<T>(p: string): Promise<T | null> {
  try {
    return JSON.parse(await fs.readFile(p, "utf8")) as T;
  } catch {
    return null;
  }
}

/** Removes uploads and results older than the TTL (best effort, on every new upload). */
export async function sweepExpired(now = Date.now()): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await fs.readdir(importDir());
  } catch {
    return 0;
  }
  for (const name of names) {
    const p = path.join(importDir(), name);
    try {
      const stat = await fs.stat(p);
      if (now - stat.mtimeMs > UPLOAD_TTL_MS) {
        await fs.rm(p, { force: true });
        removed++;
      }
    } catch {
      // raced with another sweep
    }
  }
  return removed;
}

export async function saveUpload(meta: Omit<UploadMeta, "createdAt">, bytes: Uint8Array): Promise<string> {
  await fs.mkdir(importDir(), { recursive: true, mode: 0o700 });
  await sweepExpired();
  const token = randomBytes(24).toString("base64url");
  await fs.writeFile(file(token, `.${meta.format}`), bytes, { mode: 0o600 });
  await fs.writeFile(file(token, ".json"), JSON.stringify({ ...meta, createdAt: Date.now() }), { mode: 0o600 });
  return token;
}

/** The upload behind `token`, only for the user who made it and only within the hour. */
export async function loadUpload(options: { token: string; userId: string; kind: string }): Promise<{ meta: UploadMeta; bytes: Buffer }> {
  if (!TOKEN.test(options.token)) throw gone();
  const meta = await readJson<UploadMeta>(file(options.token, ".json"));
  if (!meta || meta.userId !== options.userId || meta.kind !== options.kind || Date.now() - meta.createdAt > UPLOAD_TTL_MS) throw gone();
  try {
    return { meta, bytes: await fs.readFile(file(options.token, `.${meta.format}`)) };
  } catch {
    throw gone();
  }
}

/**
 * Takes the upload for one commit: renaming its meta file is atomic, so of two confirms racing
 * (a double click, two tabs) only one gets it; the other sees an expired upload.
 */
export async function claimUpload(token: string): Promise<{ release: () => Promise<void> }> {
  if (!TOKEN.test(token)) throw gone();
  try {
    await fs.rename(file(token, ".json"), file(token, ".claimed.json"));
  } catch {
    throw gone();
  }
  return { release: () => fs.rename(file(token, ".claimed.json"), file(token, ".json")).catch(() => undefined) };
}

export async function deleteUpload(token: string): Promise<void> {
  if (!TOKEN.test(token)) return;
  await Promise.all([".xlsx", ".csv", ".json", ".claimed.json"].map((s) => fs.rm(file(token, s), { force: true })));
}

export async function saveBatch(token: string, result: Omit<BatchResult, "createdAt">): Promise<void> {
  if (!TOKEN.test(token)) throw gone();
  await fs.mkdir(importDir(), { recursive: true, mode: 0o700 });
  await fs.writeFile(file(token, ".done.json"), JSON.stringify({ ...result, createdAt: Date.now() }), { mode: 0o600 });
}

export async function loadBatch(options: { token: string; userId: string; kind: string }): Promise<BatchResult | null> {
  if (!TOKEN.test(options.token)) return null;
  const batch = await readJson<BatchResult>(file(options.token, ".done.json"));
  if (!batch || batch.userId !== options.userId || batch.kind !== options.kind || Date.now() - batch.createdAt > UPLOAD_TTL_MS) return null;
  return batch;
}
