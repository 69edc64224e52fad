import { z } from "zod";
import { bi } from "../i18n/bilingual";

/**
 * The submission package (报送包): what a college hands in to its education department for one
 * published edition. A zip holding
 *   report.json   — this schema: the college, the edition and its sign-off, the six indicator
 *                   tables by row code (with numerators and denominators, so a province sums
 *                   them instead of averaging rates), every 表, 图 and 案例, and the narratives;
 *   report.pdf, report.docx, data.xlsx — the edition's printed forms;
 *   partners/*.pdf — the partner-enterprise reports of the year;
 *   photos/*      — the photos of figures and cases, named by report.json;
 *   manifest.json — every other file's path, size and SHA-256 (ZPackageManifest).
 * A province verifies the manifest against the files, then report.json against this schema, then
 * the college's code against its register. docs/package-schema.json is generated from this file
 * (docs/decisions/014-submission-package.md says why it is shaped so).
 */
export const PACKAGE_FORMAT = "nianbao-package";
export const PACKAGE_VERSION = 1;
export const MANIFEST_FORMAT = "nianbao-package-manifest";

/** The files of a package, at these paths in the zip. */
export const PACKAGE_FILES = {
  report: "report.json",
  manifest: "manifest.json",
  pdf: "report.pdf",
  docx: "report.docx",
  workbook: "data.xlsx",
  partnersDir: "partners/",
  photosDir: "photos/",
} as const;

const text = (max: number) => z.string().max(max);
const count = z.number().int().min(0);
/** A figure as numbers travel: null when nobody entered it (never 0 in its place). */
const amount = z.number().finite().nullable();

/** 学校标识码: the ten digits the Ministry of Education gives every school. */
export const ZCollegeCode = z.string().regex(/^\d{10}$/, bi("学校标识码应为10位数字", "the college code (学校标识码) is ten digits"));

export const COLLEGE_TYPES = ["SECONDARY", "HIGHER", "UNDERGRADUATE"] as const;
export const COLLEGE_TYPE_LABELS = {
  SECONDARY: { zh: "中职", en: "Secondary vocational" },
  HIGHER: { zh: "高职", en: "Higher vocational" },
  UNDERGRADUATE: { zh: "本科", en: "Vocational undergraduate" },
} as const satisfies Record<(typeof COLLEGE_TYPES)[number], { zh: string; en: string }>;
export const ZCollegeType = z.enum(COLLEGE_TYPES);

/** What a period column counts: graduates of a 届, a 学年, or a calendar year (funding). */
export const ZBasis = z.enum(["cohort", "schoolYear", "calendarYear"]);

/** One row of an appended indicator table, by its stable code (the rule pack's). */
export const ZPackageIndicatorRow = z.object({
  code: text(40).min(1),
  label: text(200),
  unit: text(20),
  basis: ZBasis,
  /** The period the value counts, as printed: 「2024届」, 「2023-2024学年」, 「2024年」. */
  period: text(40),
  /** The value as printed (with the precision it was entered with); "" when missing. */
  text: text(100),
  value: amount,
  /** For a rate: value = numerator / denominator × 100. Both null for a row that is not a rate. */
  numerator: amount,
  denominator: amount,
  lastYear: z.object({ text: text(100), value: amount, numerator: amount, denominator: amount }).nullable(),
  /** The pack says the row does not apply to this college this year (e.g. no graduates). */
  skipped: z.boolean(),
});

export const ZPackageIndicatorTable = z.object({
  key: text(40).min(1),
  title: text(200),
  rows: z.array(ZPackageIndicatorRow).max(300),
});

export const ZPackageTable = z.object({
  /** 表N as printed. */
  number: count,
  key: text(80),
  caption: text(300),
  columns: z.array(text(200)).max(60),
  rows: z.array(z.array(text(4000)).max(60)).max(5000),
  note: text(2000).optional(),
});

export const ZPackagePhoto = z.object({
  /** Path in the zip, under photos/. */
  path: text(300).regex(/^photos\/[A-Za-z0-9._-]+$/),
  caption: text(300),
});

export const ZPackageFigure = z.object({
  /** 图N as printed. */
  number: count,
  caption: text(300),
  alt: text(1000),
  /** A chart's name (its data are in the tables) or null for a photo. */
  chart: text(80).nullable(),
  photo: ZPackagePhoto.nullable(),
  sectionKey: text(80),
});

export const ZPackageCase = z.object({
  /** 案例N as printed. */
  number: count,
  title: text(300),
  subtitle: text(300).nullable(),
  /** Plain text of the case, paragraphs separated by blank lines. */
  text: text(20_000),
  /** The outline part it is printed in: the chapter and section keys and titles. */
  chapter: z.object({ key: text(80), title: text(300) }),
  section: z.object({ key: text(80), title: text(300) }),
  /** The case record's topics (lib/records/topics.ts keys), for a province's case pool. */
  topics: z.array(text(80)).max(40),
  photos: z.array(ZPackagePhoto).max(40),
});

export const ZPackageNarrative = z.object({
  sectionKey: text(80),
  /** 「一」「1.1」 as printed. */
  number: text(20),
  title: text(300),
  level: z.union([z.literal(1), z.literal(2)]),
  text: text(50_000),
});

export const ZPackageReport = z.object({
  format: z.literal(PACKAGE_FORMAT, { error: bi(`不是报送包（format 应为 ${PACKAGE_FORMAT}）`, "not a submission package") }),
  version: z.literal(PACKAGE_VERSION, { error: bi(`报送包版本应为 ${PACKAGE_VERSION}`, `the package version must be ${PACKAGE_VERSION}`) }),
  college: z.object({
    code: ZCollegeCode,
    name: text(200).min(1),
    type: ZCollegeType,
    city: text(100).nullable(),
    region: text(100).nullable(),
  }),
  year: z.number().int().min(2000).max(2100),
  /** The report's title as printed, 「职业教育质量报告（2024年度）」. */
  title: text(300),
  /** The rule pack the edition was built under. */
  rulePack: text(40),
  edition: z.object({
    version: z.number().int().min(1),
    publishedAt: z.iso.datetime({ offset: true }),
    publishedBy: text(200).nullable(),
    note: text(2000).nullable(),
  }),
  /** The leader's sign-off the edition was published under, or null when the college has no sign-off step. */
  signoff: z.object({ by: text(200).nullable(), at: z.iso.datetime({ offset: true }).nullable(), contentHash: text(128) }).nullable(),
  indicatorTables: z.array(ZPackageIndicatorTable).max(60),
  tables: z.array(ZPackageTable).max(500),
  figures: z.array(ZPackageFigure).max(1000),
  cases: z.array(ZPackageCase).max(500),
  narratives: z.array(ZPackageNarrative).max(500),
  /** The partner-enterprise reports included, by path under partners/. */
  partnerReports: z.array(z.object({ path: text(300).regex(/^partners\/[A-Za-z0-9._-]+\.pdf$/), enterprise: text(200) })).max(500),
  exportedAt: z.iso.datetime({ offset: true }),
});

export const ZPackageManifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(PACKAGE_VERSION),
  files: z
    .array(
      z.object({
        path: text(300).min(1),
        bytes: count,
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .min(1)
    .max(5000),
});

export type PackageReport = z.output<typeof ZPackageReport>;
export type PackageManifest = z.output<typeof ZPackageManifest>;
export type PackageIndicatorRow = z.output<typeof ZPackageIndicatorRow>;
export type CollegeType = (typeof COLLEGE_TYPES)[number];
