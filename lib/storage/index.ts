import path from "node:path";
import { dataDir } from "../env";
import { LocalStorage } from "./local";
import { S3Storage, s3SettingsFromEnv } from "./s3";
import type { FileStorage } from "./contract";

export type { FileStorage } from "./contract";

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

export { storageKeyError } from "./contract";
export { LocalStorage } from "./local";
