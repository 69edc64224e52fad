import { unzipSync } from "fflate";
import { bi } from "../i18n/bilingual";
import { PACKAGE_FILES, type PackageManifest, type PackageReport, ZPackageManifest, ZPackageReport } from "./schema";
import { sha256 } from "./zip";

/**
 * Checks a submission package as a province receives it (lib/province imports this): the zip
 * reads, the manifest lists exactly the files present with their sizes and SHA-256, report.json
 * fits the schema, the files it names are there, and it names the college expected. Every problem
 * is reported, not the first only, each with the file (and for the schema the path in report.json).
 */
export type PackageProblemCode =
  | "NOT_A_ZIP"
  | "TOO_LARGE"
  | "UNSAFE_PATH"
  | "MANIFEST_MISSING"
  | "MANIFEST_INVALID"
  | "FILE_MISSING"
  | "FILE_UNLISTED"
  | "SIZE_MISMATCH"
  | "HASH_MISMATCH"
  | "REPORT_MISSING"
  | "REPORT_INVALID"
  | "REPORT_SCHEMA"
  | "REFERENCE_MISSING"
  | "CODE_MISMATCH";
export type PackageProblem = { code: PackageProblemCode; path: string; message: string };
export type VerifiedPackage =
  | { ok: true; report: PackageReport; manifest: PackageManifest; files: Map<string, Uint8Array> }
  | { ok: false; problems: PackageProblem[] };

/** Unpacked size a package may have at most (a 77-page PDF, Word, workbook and a few hundred photos fit easily). */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** Files a package may hold at most. */
export const MAX_FILES = 5000;
/** The files every package has besides the manifest. */
const REQUIRED = [PACKAGE_FILES.report, PACKAGE_FILES.pdf, PACKAGE_FILES.docx, PACKAGE_FILES.workbook] as const;

const safePath = (p: string) =>
  !p.startsWith("/") && !p.includes("\\") && !p.split("/").some((s) => s === ".." || s === "") && p.length <= 300;

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

const issuePath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, k) => (typeof k === "number" ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), "");

export function verifyPackage(zip: Uint8Array, options: { expectedCode?: string } = {}): VerifiedPackage {
  const problems: PackageProblem[] = [];
  const problem = (code: PackageProblemCode, path: string, zh: string, en: string) => problems.push({ code, path, message: bi(zh, en) });

  let entries: Record<string, Uint8Array>;
  let unpacked = 0;
  let count = 0;
  try {
    entries = unzipSync(zip, {
      // Sizes are read from the zip's directory before anything is inflated: a bomb is refused unopened.
      filter: (f) => {
        unpacked += f.originalSize;
        count++;
        if (unpacked > MAX_UNPACKED_BYTES || count > MAX_FILES) throw new RangeError("too large");
        return !f.name.endsWith("/");
      },
    });
  } catch (err) {
    if (err instanceof RangeError)
      problem(
        "TOO_LARGE",
        "",
        `报送包过大（解压后超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB 或 ${MAX_FILES} 个文件）`,
        "the package is too large",
      );
    else problem("NOT_A_ZIP", "", "文件不是有效的 zip 报送包", "the file is not a valid zip package");
    return { ok: false, problems };
  }
  const files = new Map<string, Uint8Array>();
  for (const [path, bytes] of Object.entries(entries)) {
    if (!safePath(path)) problem("UNSAFE_PATH", path, `报送包中的路径不安全：${path}`, `unsafe path in the package: ${path}`);
    else files.set(path, bytes);
  }

  // 1. The manifest, and every file against it.
  const manifestBytes = files.get(PACKAGE_FILES.manifest);
  let manifest: PackageManifest | null = null;
  if (!manifestBytes) problem("MANIFEST_MISSING", PACKAGE_FILES.manifest, "报送包缺少 manifest.json", "manifest.json is missing");
  else {
    const parsed = ZPackageManifest.safeParse(parseJson(manifestBytes));
    if (!parsed.success)
      problem("MANIFEST_INVALID", PACKAGE_FILES.manifest, "manifest.json 格式不正确", "manifest.json is not a valid manifest");
    else manifest = parsed.data;
  }
  if (manifest) {
    const listed = new Set<string>();
    for (const entry of manifest.files) {
      listed.add(entry.path);
      const bytes = files.get(entry.path);
      if (!bytes) {
        problem(
          "FILE_MISSING",
          entry.path,
          `清单列出的文件不在报送包中：${entry.path}`,
          `listed in the manifest but missing: ${entry.path}`,
        );
        continue;
      }
      if (bytes.byteLength !== entry.bytes)
        problem(
          "SIZE_MISMATCH",
          entry.path,
          `${entry.path} 的大小与清单不符（清单 ${entry.bytes} 字节，实际 ${bytes.byteLength} 字节）`,
          `${entry.path}: size differs from the manifest`,
        );
      if (sha256(bytes) !== entry.sha256)
        problem(
          "HASH_MISMATCH",
          entry.path,
          `${entry.path} 的 SHA-256 与清单不符：文件被改动过`,
          `${entry.path}: SHA-256 differs from the manifest (the file was changed)`,
        );
    }
    for (const path of files.keys())
      if (path !== PACKAGE_FILES.manifest && !listed.has(path))
        problem("FILE_UNLISTED", path, `报送包中有清单未列出的文件：${path}`, `a file not in the manifest: ${path}`);
    for (const path of REQUIRED)
      if (!listed.has(path) && files.has(path) === false) problem("FILE_MISSING", path, `报送包缺少 ${path}`, `${path} is missing`);
  }

  // 2. report.json against the schema.
  let report: PackageReport | null = null;
  const reportBytes = files.get(PACKAGE_FILES.report);
  if (!reportBytes) {
    if (!problems.some((p) => p.path === PACKAGE_FILES.report))
      problem("REPORT_MISSING", PACKAGE_FILES.report, "报送包缺少 report.json", "report.json is missing");
  } else {
    const json = parseJson(reportBytes);
    if (json === undefined) problem("REPORT_INVALID", PACKAGE_FILES.report, "report.json 不是有效的 JSON", "report.json is not valid JSON");
    else {
      const parsed = ZPackageReport.safeParse(json);
      if (!parsed.success)
        for (const issue of parsed.error.issues) {
          const at = issuePath(issue.path);
          problem(
            "REPORT_SCHEMA",
            `${PACKAGE_FILES.report}#${at}`,
            `report.json 的 ${at || "内容"}：${issue.message}`,
            `report.json at ${at || "the top"}: ${issue.message}`,
          );
        }
      else report = parsed.data;
    }
  }

  // 3. What report.json names is in the package, and the college is the one expected.
  if (report) {
    const named = [
      ...report.partnerReports.map((p) => p.path),
      ...report.figures.flatMap((f) => (f.photo ? [f.photo.path] : [])),
      ...report.cases.flatMap((c) => c.photos.map((p) => p.path)),
    ];
    for (const path of new Set(named))
      if (!files.has(path))
        problem("REFERENCE_MISSING", path, `report.json 引用的文件不在报送包中：${path}`, `named by report.json but missing: ${path}`);
    if (options.expectedCode !== undefined && report.college.code !== options.expectedCode)
      problem(
        "CODE_MISMATCH",
        `${PACKAGE_FILES.report}#college.code`,
        `学校标识码不符：报送包为 ${report.college.code}，应为 ${options.expectedCode}`,
        `the package's college code ${report.college.code} is not the expected ${options.expectedCode}`,
      );
  }

  if (problems.length || !report || !manifest) return { ok: false, problems };
  return { ok: true, report, manifest, files };
}
