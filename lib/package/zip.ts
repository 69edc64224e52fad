import { createHash } from "node:crypto";
import { zipSync } from "fflate";
import { MANIFEST_FORMAT, PACKAGE_FILES, PACKAGE_VERSION, type PackageManifest, type PackageReport } from "./schema";

/**
 * The package as a zip: report.json, the printed forms, partner reports and photos, and
 * manifest.json naming every other file's size and SHA-256 (so a province checks each file, and
 * one changed number in report.json is caught even when the zip itself is re-made).
 */
export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export type PackageFile = { path: string; bytes: Uint8Array };

export function manifestOf(files: readonly PackageFile[]): PackageManifest {
  return {
    format: MANIFEST_FORMAT,
    version: PACKAGE_VERSION,
    files: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => ({ path: f.path, bytes: f.bytes.byteLength, sha256: sha256(f.bytes) })),
  };
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/** Zips report.json and the other files with their manifest. `files` are the printed forms, partner reports and photos. */
export function zipPackage(options: { report: PackageReport; files: readonly PackageFile[]; at: Date }): Uint8Array {
  const all: PackageFile[] = [{ path: PACKAGE_FILES.report, bytes: json(options.report) }, ...options.files];
  const manifest = manifestOf(all);
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
  // PDFs, Word, workbooks and JPEGs are compressed already: stored, not deflated again.
  for (const f of all) entries[f.path] = [f.bytes, { mtime: options.at, level: /\.json$/.test(f.path) ? 6 : 0 }];
  entries[PACKAGE_FILES.manifest] = [json(manifest), { mtime: options.at, level: 6 }];
  return zipSync(entries);
}
