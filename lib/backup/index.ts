import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { migrateDeploy } from "../runtime/migrate";
import type { FileStorage } from "../storage";
import { FILE_MODE, FOLDER_MODE } from "../storage/local";
import { BackupError, readArchive, writeArchive, FORMAT, type Manifest } from "./archive";
import { checkEmptyTarget, dumpDatabase, loadDatabase } from "./database";

export { BackupError } from "./archive";

/**
 * `npm run backup` / `npm run restore`: one archive with the database, every stored file and a
 * manifest of checksums. Files are copied after the database snapshot: stored files are written
 * once under new keys and never changed, so the archive holds every file the snapshot refers to.
 */
export async function createBackup(options: { databaseUrl: string; files: FileStorage; out: string }): Promise<Manifest> {
  const stage = await fs.mkdtemp(path.join(os.tmpdir(), "nianbao-backup-"));
  try {
    const database = await dumpDatabase(options.databaseUrl, stage);
    const files: Manifest["files"] = [];
    for (const key of await options.files.list()) {
      const bytes = await options.files.getFile(key);
      if (!bytes) continue; // removed since it was listed
      const entry = `files/${key}`;
      await fs.mkdir(path.dirname(path.join(stage, entry)), { recursive: true, mode: FOLDER_MODE });
      await fs.writeFile(path.join(stage, entry), bytes, { mode: FILE_MODE });
      files.push({ key, entry });
    }
    return await writeArchive({
      stageDir: stage,
      out: options.out,
      manifest: { format: FORMAT, createdAt: new Date().toISOString(), database, files },
      entries: [...database.tables.map((t) => t.entry), ...files.map((f) => f.entry)],
    });
  } finally {
    await fs.rm(stage, { recursive: true, force: true });
  }
}

/**
 * Restores into an empty installation. Order: check the archive whole (nothing touched if it
 * is damaged or partial), apply migrations to the target, check it is empty, store the files,
 * load the database in one transaction; if that fails, the stored files are removed again.
 */
export async function restoreBackup(options: { archive: string; databaseUrl: string; files: FileStorage }): Promise<Manifest> {
  const stage = await fs.mkdtemp(path.join(os.tmpdir(), "nianbao-restore-"));
  try {
    const manifest = await readArchive(options.archive, stage);
    const existing = await options.files.list();
    if (existing.length)
      throw new BackupError(
        `目标文件存储不是空的（已有 ${existing.length} 个文件），未做任何更改`,
        `the target file store is not empty (${existing.length} files); nothing was changed`,
      );
    await migrateDeploy(options.databaseUrl, { quiet: true });
    await checkEmptyTarget(options.databaseUrl, manifest.database.migrations);
    const written: string[] = [];
    try {
      for (const f of manifest.files) {
        await options.files.putFile(f.key, await fs.readFile(path.join(stage, f.entry)));
        written.push(f.key);
      }
      await loadDatabase(options.databaseUrl, stage, manifest.database.tables);
    } catch (err) {
      for (const key of written) await options.files.delete(key).catch(() => undefined);
      throw err;
    }
    return manifest;
  } finally {
    await fs.rm(stage, { recursive: true, force: true });
  }
}
