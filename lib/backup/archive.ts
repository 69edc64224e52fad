import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import tar from "tar-stream";
import { bi } from "../i18n/bilingual";
import { FILE_MODE, FOLDER_MODE } from "../storage/local";

/**
 * The backup archive: a gzip-compressed tar of `db/<table>.jsonl` (one row as JSON per line),
 * `files/<storage key>` and, written last, `manifest.json` with the size and SHA-256 of every
 * other entry. Written last, so an archive cut short has no manifest; checked whole before a
 * restore touches anything.
 */
export const FORMAT = "nianbao-backup/1";
export const MANIFEST = "manifest.json";

export type Entry = { path: string; size: number; sha256: string };
export type Manifest = {
  format: typeof FORMAT;
  createdAt: string;
  database: { engine: string; migrations: string[]; tables: { name: string; rows: number; entry: string }[] };
  files: { key: string; entry: string }[];
  entries: Entry[];
};

export class BackupError extends Error {
  constructor(zh: string, en: string) {
    super(bi(zh, en));
    this.name = "BackupError";
  }
}

export const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Packs a staged folder (its entries as listed, then the manifest) into `out`, atomically. */
export async function writeArchive(options: {
  stageDir: string;
  manifest: Omit<Manifest, "entries">;
  entries: string[];
  out: string;
}): Promise<Manifest> {
  const entries: Entry[] = [];
  for (const rel of options.entries) {
    const data = await fs.readFile(path.join(options.stageDir, rel));
    entries.push({ path: rel, size: data.length, sha256: sha256(data) });
  }
  const manifest: Manifest = { ...options.manifest, entries };
  const pack = tar.pack();
  const temp = `${options.out}.partial`;
  // The archive holds every password hash, draft and the audit log: only its owner may read it.
  await fs.rm(temp, { force: true });
  const done = pipeline(pack, zlib.createGzip({ level: 6 }), createWriteStream(temp, { mode: FILE_MODE }));
  for (const e of entries) {
    await new Promise<void>((resolve, reject) => {
      const stream = pack.entry({ name: e.path, size: e.size }, (err) => (err ? reject(err) : resolve()));
      createReadStream(path.join(options.stageDir, e.path)).pipe(stream);
    });
  }
  pack.entry({ name: MANIFEST }, JSON.stringify(manifest, null, 1));
  pack.finalize();
  await done;
  await fs.chmod(temp, FILE_MODE); // in case the umask took bits away from nothing, or a stale file kept its own
  await fs.rename(temp, options.out);
  return manifest;
}

/**
 * Unpacks `archive` into `dir` and checks it completely: readable gzip and tar to the end, a
 * manifest of our format, every listed entry present with its size and checksum, nothing else.
 * Throws BackupError (a message for people) otherwise.
 */
export async function readArchive(archive: string, dir: string): Promise<Manifest> {
  const seen = new Map<string, { size: number; sha256: string }>();
  let manifestText: string | null = null;
  const extract = tar.extract();
  extract.on("entry", (header, stream, next) => {
    const name = header.name;
    if (name.includes("..") || name.startsWith("/")) {
      stream.resume();
      next(new BackupError("备份中含有不安全的路径", `unsafe path in archive: ${name}`));
      return;
    }
    const chunks: Buffer[] = [];
    stream.on("data", (c: unknown) => chunks.push(c as Buffer));
    stream.on("error", next);
    stream.on("end", () => {
      const data = Buffer.concat(chunks);
      if (name === MANIFEST) {
        manifestText = data.toString("utf8");
        next();
        return;
      }
      seen.set(name, { size: data.length, sha256: sha256(data) });
      const target = path.join(dir, name);
      fs.mkdir(path.dirname(target), { recursive: true, mode: FOLDER_MODE })
        .then(() => fs.writeFile(target, data, { mode: FILE_MODE }))
        .then(() => next(), next);
    });
  });
  try {
    await pipeline(createReadStream(archive), zlib.createGunzip(), extract);
  } catch (err) {
    if (err instanceof BackupError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BackupError(`找不到备份文件 ${archive}`, `backup file not found: ${archive}`);
    throw new BackupError(
      "备份文件已损坏或不完整（无法完整读取），未做任何更改",
      `the backup is damaged or incomplete (${(err as Error).message}); nothing was changed`,
    );
  }
  if (manifestText === null) {
    throw new BackupError(
      "备份文件不完整：缺少清单（manifest），未做任何更改",
      "the backup is incomplete: it has no manifest; nothing was changed",
    );
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch {
    throw new BackupError("备份清单已损坏，未做任何更改", "the backup manifest is damaged; nothing was changed");
  }
  if (manifest.format !== FORMAT)
    throw new BackupError("不是年报的备份文件或版本不受支持", `not a Nianbao backup of a supported format (${String(manifest.format)})`);
  const problems: string[] = [];
  for (const e of manifest.entries) {
    const got = seen.get(e.path);
    if (!got) problems.push(`missing ${e.path}`);
    else if (got.size !== e.size || got.sha256 !== e.sha256) problems.push(`checksum mismatch ${e.path}`);
  }
  const listed = new Set(manifest.entries.map((e) => e.path));
  for (const name of seen.keys()) if (!listed.has(name)) problems.push(`unlisted ${name}`);
  if (problems.length) {
    throw new BackupError(
      "备份文件已损坏或不完整（校验和不符），未做任何更改",
      `the backup is damaged or incomplete: ${problems.slice(0, 5).join(", ")}${problems.length > 5 ? ", …" : ""}; nothing was changed`,
    );
  }
  return manifest;
}
