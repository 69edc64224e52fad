// `npm run backup -- [--out FILE]`: one consistent archive of this installation (database,
// stored files, manifest with checksums), from DATABASE_URL or the embedded database in
// NIANBAO_DATA_DIR (stop `npm start` first when embedded: PGlite serves one process).
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "../lib/backup";
import { resolveDatabase } from "../lib/runtime/database";
import { storage } from "../lib/storage";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const out = path.resolve(values.out ?? `nianbao-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
  const database = await resolveDatabase();
  try {
    const manifest = await createBackup({ databaseUrl: database.url, files: storage(), out });
    const rows = manifest.database.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `备份完成（backup written）: ${out}\n  ${manifest.database.tables.length} tables, ${rows} rows, ${manifest.files.length} files, ${manifest.database.engine}`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((err) => {
  console.error(`备份失败（backup failed）: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
