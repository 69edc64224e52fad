import path from "node:path";
import { dataDir } from "../env";
import { LocalStorage } from "./local";
import { S3Storage, s3SettingsFromEnv } from "./s3";
import type { FileStorage } from "./contract";

export type { FileStorage } from "./contract";

const holder = globalThis as unknown as { __nianbaoStorage?: FileStorage };

/** The configured storage backend (one per process). */
export function storage(): FileStorage {
  holder.__nianbaoStorage ??= createStorage();
  return holder.__nianbaoStorage;
}

function createStorage(): FileStorage {
  const s3 = s3SettingsFromEnv();
  return s3 ? new S3Storage(s3) : new LocalStorage(path.join(dataDir(), "files"));
}

export { storageKeyError } from "./contract";
export { LocalStorage } from "./local";
