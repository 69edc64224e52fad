import path from "node:path";
import { dataDir } from "../env";
import { LocalStorage } from "./local";
import { S3Storage, s3SettingsFromEnv } from "./s3";

/**
 * Where files live: evidence uploads, generated PDFs. Keys are relative, slash-separated paths
 * ("reports/2022/edition-3.pdf"). The local backend writes under NIANBAO_DATA_DIR/files; with
 * S3_BUCKET set, an S3-compatible object store is used instead (lib/storage/s3.ts).
 */
export interface FileStorage {
  putFile(key: string, data: Uint8Array, options?: { contentType?: string }): Promise<void>;
  /** The file's bytes, or null when there is no such file. */
  getFile(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the file; no error when it does not exist. */
  delete(key: string): Promise<void>;
  /** Every stored key, sorted (backups). */
  list(): Promise<string[]>;
}

// One per process, not per route bundle (Next evaluates a module once per bundle): kept on globalThis.
declare global {
  var __nianbaoStorage: FileStorage | undefined;
}
const holder = globalThis;

/** The configured storage backend (one per process). */
export function storage(): FileStorage {
  holder.__nianbaoStorage ??= createStorage();
  return holder.__nianbaoStorage;
}

function createStorage(): FileStorage {
  const s3 = s3SettingsFromEnv();
  return s3 ? new S3Storage(s3) : new LocalStorage(path.join(dataDir(), "files"));
}

export { LocalStorage, storageKeyError } from "./local";
