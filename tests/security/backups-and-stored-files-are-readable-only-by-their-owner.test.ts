import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup } from "../../lib/backup";
import { readArchive } from "../../lib/backup/archive";
import { LocalStorage } from "../../lib/storage";
import { migratedDatabase } from "../support/database";

/**
 * Issue #21 finding 8: backup archives (every password hash, every draft, the audit log) were
 * written -rw-r--r-- and uploads 0644, readable by every user of the host. Files are now 0600 and
 * folders 0700, whatever the umask of the process that made them.
 */
const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe("files on disk", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-modes-"));
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  const umask = process.umask(0o022); // the usual default: new files 0644, folders 0755
  beforeAll(async () => {
    database = await migratedDatabase();
  }, 180_000);
  afterAll(async () => {
    process.umask(umask);
    await database?.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("an uploaded file is 0600 in folders that are 0700", async () => {
    const root = path.join(work, "files");
    const files = new LocalStorage(root);
    await files.putFile("2022/ab/evidence.pdf", new Uint8Array([1, 2, 3]));
    expect(mode(path.join(root, "2022", "ab", "evidence.pdf")).toString(8)).toBe("600");
    expect(mode(path.join(root, "2022", "ab")).toString(8)).toBe("700");
    expect(mode(path.join(root, "2022")).toString(8)).toBe("700");
    expect(mode(root).toString(8)).toBe("700");
  });

  it("a backup archive is 0600, and so is what a restore unpacks", async () => {
    const files = new LocalStorage(path.join(work, "files"));
    const out = path.join(work, "backup.tar.gz");
    await createBackup({ databaseUrl: database.url, files, out });
    expect(mode(out).toString(8)).toBe("600");

    const unpacked = path.join(work, "unpacked");
    fs.mkdirSync(unpacked, { mode: 0o700 });
    await readArchive(out, unpacked);
    expect(mode(path.join(unpacked, "files", "2022", "ab", "evidence.pdf")).toString(8)).toBe("600");
    expect(mode(path.join(unpacked, "files", "2022")).toString(8)).toBe("700");
    expect(mode(path.join(unpacked, "db", "User.jsonl")).toString(8)).toBe("600");
  });
});
