import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { storageKeyError, type FileStorage } from "./contract";

/**
 * Files in a folder. Writes go to a temporary name first and are renamed, so readers never see half
 * a file. Uploads are drafts and evidence nobody else on the host may read: files 0600, folders 0700
 * (whatever the umask says).
 */
export const FILE_MODE = 0o600;
export const FOLDER_MODE = 0o700;

export class LocalStorage implements FileStorage {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    const error = storageKeyError(key);
    if (error) throw new Error(`invalid storage key ${JSON.stringify(key)}: ${error}`);
    return path.join(this.root, ...key.split("/"));
  }

  async putFile(key: string, data: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: FOLDER_MODE });
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      await fs.writeFile(temp, data, { mode: FILE_MODE });
      await fs.rename(temp, target);
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  async getFile(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await fs.stat(this.pathOf(key))).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  async list(): Promise<string[]> {
    let entries: string[];
    try {
      entries = await fs.readdir(this.root, { recursive: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw err;
    }
    const keys: string[] = [];
    for (const entry of entries) {
      const key = entry.split(path.sep).join("/");
      // Half-written temporaries (see putFile) are not files yet.
      if (key.endsWith(".tmp") || storageKeyError(key)) continue;
      if ((await fs.stat(path.join(this.root, entry))).isFile()) keys.push(key);
    }
    return keys.sort();
  }
}
