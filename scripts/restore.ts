// `npm run restore -- FILE`: restores a backup into an empty installation (DATABASE_URL or the
// embedded database, and the configured file store). A damaged or partial archive, or a target
// that is not empty, is refused before anything is changed.
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, restoreBackup } from "../lib/backup";
import { resolveDatabase } from "../lib/runtime/database";
import { storage } from "../lib/storage";

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) throw new BackupError("用法：npm run restore -- 备份文件", "usage: npm run restore -- BACKUP_FILE");
  const archive = path.resolve(positionals[0]!); // exactly one, checked above
  const database = await resolveDatabase();
  try {
    const manifest = await restoreBackup({ archive, databaseUrl: database.url, files: storage() });
    console.log(
      `恢复完成（restored）: ${manifest.database.tables.reduce((n, t) => n + t.rows, 0)} rows, ${manifest.files.length} files from ${manifest.createdAt}`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((err) => {
  console.error(`恢复失败（restore refused）: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
