import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import {
  MANIFEST_FORMAT,
  PACKAGE_FILES,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  ZPackageManifest,
  ZPackageReport,
  type CollegeType,
  type PackageReport,
} from "./schema";

/**
 * Valid submission packages made in memory, through the package schema (lib/package/schema.ts),
 * for the province's tests (tests/support/packages.ts) and the import bench — never for a real hand-in: report.json, a manifest with every file's SHA-256,
 * a stand-in PDF, and one small photo per case. `tamper` changes bytes after the manifest is made.
 */
export const INDICATOR_TABLE_KEYS = [
  "scorecard",
  "studentFeedback",
  "teachingResources",
  "internationalImpact",
  "serviceContribution",
  "policyImplementation",
] as const;

export type IndicatorFigure = {
  code: string;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  skipped?: boolean;
};

export type PackageOptions = {
  code: string;
  name?: string;
  type?: CollegeType;
  city?: string | null;
  year?: number;
  version?: number;
  /** The six tables' rows by table key; tables not given get `rowsPerTable` synthetic rows. */
  figures?: Partial<Record<(typeof INDICATOR_TABLE_KEYS)[number], IndicatorFigure[]>>;
  rowsPerTable?: number;
  cases?: number;
  /** Change report.json after the manifest was made (a number changed in transit). */
  tamper?: (report: PackageReport) => void;
};

/** A 1×1 PNG: the smallest real image. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
);

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function syntheticRows(tableKey: string, n: number, seed: number): IndicatorFigure[] {
  return Array.from({ length: n }, (_, i) => {
    const rate = i % 3 === 0;
    const denominator = rate ? 100 + ((seed * 7 + i * 13) % 900) : null;
    const numerator = rate ? Math.round(denominator! * (0.5 + ((seed + i) % 50) / 100)) : null;
    return {
      code: `${tableKey}.r${String(i + 1).padStart(2, "0")}`,
      value: rate ? Math.round((numerator! / denominator!) * 10000) / 100 : (seed * 31 + i * 17) % 5000,
      numerator,
      denominator,
    };
  });
}

export function packageReport(options: PackageOptions): PackageReport {
  const year = options.year ?? 2024;
  const version = options.version ?? 1;
  const seed = Number(options.code.slice(-4)) + version;
  const casesN = options.cases ?? 2;
  const at = new Date(Date.UTC(year + 1, 0, 10, 8, 0, 0)).toISOString();
  return ZPackageReport.parse({
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    college: {
      code: options.code,
      name: options.name ?? `测试学院${options.code.slice(-4)}`,
      type: options.type ?? "HIGHER",
      city: options.city ?? "济南",
      region: null,
    },
    year,
    title: `职业教育质量报告（${year}年度）`,
    rulePack: `${year}`,
    edition: { version, publishedAt: at, publishedBy: "质量办", note: null },
    signoff: { by: "校长", at, contentHash: "0".repeat(64) },
    indicatorTables: INDICATOR_TABLE_KEYS.map((key) => ({
      key,
      title: key,
      rows: (options.figures?.[key] ?? syntheticRows(key, options.rowsPerTable ?? 6, seed)).map((f) => ({
        code: f.code,
        label: f.code,
        unit: f.denominator != null ? "%" : "人",
        basis: "cohort",
        period: `${year}届`,
        text: f.value == null ? "" : String(f.value),
        value: f.value,
        numerator: f.numerator ?? null,
        denominator: f.denominator ?? null,
        lastYear: null,
        skipped: f.skipped ?? false,
      })),
    })),
    tables: [{ number: 1, key: "students", caption: "在校生规模", columns: ["项目", "数值"], rows: [["在校生", "12000"]] }],
    figures: [],
    cases: Array.from({ length: casesN }, (_, i) => ({
      number: i + 1,
      title: `案例${i + 1}：产教融合实践`,
      subtitle: null,
      text: "学校与企业共建实训基地。\n\n".repeat(20),
      chapter: { key: "ch2", title: "二、学生发展" },
      section: { key: "ch2.s1", title: "2.1 立德树人" },
      topics: ["industryIntegration"],
      photos: [{ path: `photos/case-${i + 1}.png`, caption: `案例${i + 1}图片` }],
    })),
    narratives: [{ sectionKey: "ch1", number: "一", title: "学校概况", level: 1, text: "学校概况……" }],
    partnerReports: [],
    exportedAt: at,
  });
}

/** The zip bytes of a valid package (unless `tamper` is given). */
export function buildPackage(options: PackageOptions): Uint8Array {
  const report = packageReport(options);
  const files: Record<string, Uint8Array> = {
    [PACKAGE_FILES.report]: strToU8(JSON.stringify(report)),
    // Stand-ins for the printed forms: a package always carries them, the province does not open them.
    [PACKAGE_FILES.pdf]: strToU8("%PDF-1.4\n% stand-in\n%%EOF\n"),
    [PACKAGE_FILES.docx]: strToU8("stand-in for report.docx"),
    [PACKAGE_FILES.workbook]: strToU8("stand-in for data.xlsx"),
  };
  for (const c of report.cases) for (const p of c.photos) files[p.path] = TINY_PNG;
  const manifest = ZPackageManifest.parse({
    format: MANIFEST_FORMAT,
    version: PACKAGE_VERSION,
    files: Object.entries(files).map(([path, bytes]) => ({ path, bytes: bytes.byteLength, sha256: sha256(bytes) })),
  });
  if (options.tamper) {
    const changed = structuredClone(report);
    options.tamper(changed);
    files[PACKAGE_FILES.report] = strToU8(JSON.stringify(changed));
  }
  files[PACKAGE_FILES.manifest] = strToU8(JSON.stringify(manifest));
  return zipSync(files, { level: 1 });
}
