// The storage contract, below both backends and the factory (lib/storage/index.ts), so none of them
// imports another to learn it.

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

/** Why a key is refused, or null when it is fine: relative, no "..", no backslashes, no empty parts. */
export function storageKeyError(key: string): string | null {
  if (!key || key.length > 512) return "empty or too long";
  if (key.startsWith("/") || key.includes("\\") || key.includes("\0")) return "must be a relative slash-separated path";
  if (key.split("/").some((part) => part === "" || part === "." || part === "..")) return "has an empty, '.' or '..' segment";
  return null;
}
