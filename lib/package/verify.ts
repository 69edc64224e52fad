import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import type { z } from "zod";
import { bi } from "../i18n/bilingual";
import { PACKAGE_FILES, ZPackageManifest, ZPackageReport, type PackageManifest, type PackageReport } from "./schema";

/**
 * A received submission package checked before anything of it is kept: the zip opens, manifest.json
 * is a manifest, every file it names is there with its size and SHA-256 and nothing else is,
 * report.json is a package report (lib/package/schema.ts), its photos and partner reports are in
 * the zip, and (when the receiver knows it) the college code is the expected one. Every problem is
 * named, Chinese first, so a college fixes them all in one go; nothing stops at the first.
 *
 * (A minimal version written with province mode's import; the package export's helper may replace it
 * with the same signature.)
 */
export type VerifiedPackage = { ok: true; report: PackageReport; manifest: PackageManifest; files: ReadonlyMap<string, Uint8Array> };
export type RefusedPackage = { ok: false; problems: string[]; report: PackageReport | null };

/** At most this many bytes unpacked (a zip bomb is refused, not unpacked into memory). */
export const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const zodProblems = (file: string, error: z.ZodError) =>
  error.issues.slice(0, 20).map((i) => `${file}${i.path.length ? ` ${i.path.join(".")}` : ""}：${i.message}`);

// Async so a streaming unzip can replace the in-memory one without changing its callers.
// eslint-disable-next-line @typescript-eslint/require-await
export async function verifyPackage(
  bytes: Uint8Array,
  options: { expectedCode?: string | null } = {},
): Promise<VerifiedPackage | RefusedPackage> {
  let files: Record<string, Uint8Array>;
  let unpacked = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new RangeError("too big");
        return !f.name.endsWith("/");
      },
    });
  } catch (err) {
    const tooBig = err instanceof RangeError;
    return {
      ok: false,
      report: null,
      problems: [
        tooBig
          ? bi(
              `报送包解压后超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`,
              `the package unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`,
            )
          : bi("不是有效的 zip 报送包", "not a valid zip package"),
      ],
    };
  }
  const problems: string[] = [];
  const json = (path: string): unknown => {
    const file = files[path];
    if (!file) {
      problems.push(bi(`缺少 ${path}`, `${path} is missing`));
      return undefined;
    }
    try {
      return JSON.parse(strFromU8(file));
    } catch {
      problems.push(bi(`${path} 不是有效的 JSON`, `${path} is not valid JSON`));
      return undefined;
    }
  };

  const manifestInput = json(PACKAGE_FILES.manifest);
  let manifest: PackageManifest | null = null;
  if (manifestInput !== undefined) {
    const parsed = ZPackageManifest.safeParse(manifestInput);
    if (parsed.success) manifest = parsed.data;
    else problems.push(...zodProblems(PACKAGE_FILES.manifest, parsed.error));
  }
  if (manifest) {
    const listed = new Set<string>();
    for (const entry of manifest.files) {
      if (listed.has(entry.path)) problems.push(bi(`清单重复列出 ${entry.path}`, `the manifest lists ${entry.path} twice`));
      listed.add(entry.path);
      const file = files[entry.path];
      if (!file) {
        problems.push(bi(`清单列出的 ${entry.path} 不在报送包中`, `${entry.path} is in the manifest but not in the package`));
        continue;
      }
      if (file.byteLength !== entry.bytes)
        problems.push(
          bi(
            `${entry.path} 的大小与清单不符（${file.byteLength} ≠ ${entry.bytes} 字节）`,
            `${entry.path}'s size differs from the manifest`,
          ),
        );
      if (sha256(file) !== entry.sha256)
        problems.push(
          bi(
            `${entry.path} 的 SHA-256 与清单不符（文件在导出后被改动）`,
            `${entry.path}'s SHA-256 differs from the manifest (changed after export)`,
          ),
        );
    }
    for (const path of Object.keys(files)) {
      if (path !== PACKAGE_FILES.manifest && !listed.has(path))
        problems.push(bi(`报送包中的 ${path} 未列入清单`, `${path} is in the package but not in the manifest`));
    }
    if (!listed.has(PACKAGE_FILES.report))
      problems.push(bi(`清单未列出 ${PACKAGE_FILES.report}`, `the manifest does not list ${PACKAGE_FILES.report}`));
  }

  const reportInput = json(PACKAGE_FILES.report);
  let report: PackageReport | null = null;
  if (reportInput !== undefined) {
    const parsed = ZPackageReport.safeParse(reportInput);
    if (parsed.success) report = parsed.data;
    else problems.push(...zodProblems(PACKAGE_FILES.report, parsed.error));
  }
  if (report) {
    const named = [
      ...report.figures.flatMap((f) => (f.photo ? [f.photo.path] : [])),
      ...report.cases.flatMap((c) => c.photos.map((p) => p.path)),
      ...report.partnerReports.map((p) => p.path),
    ];
    for (const path of new Set(named)) {
      if (!files[path])
        problems.push(bi(`report.json 引用的 ${path} 不在报送包中`, `${path}, named by report.json, is not in the package`));
    }
    if (options.expectedCode && report.college.code !== options.expectedCode)
      problems.push(
        bi(
          `学校标识码不符：报送包为 ${report.college.code}，应为 ${options.expectedCode}`,
          `wrong college code: the package names ${report.college.code}, expected ${options.expectedCode}`,
        ),
      );
  }
  if (problems.length > 0 || !report || !manifest) return { ok: false, problems, report };
  return { ok: true, report, manifest, files: new Map(Object.entries(files)) };
}
