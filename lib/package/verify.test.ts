// verifyPackage as a province meets packages: a sound one is accepted; each kind of damage is
// named with its file (and for report.json the path inside it); several problems are all named.
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { PACKAGE_FILES, PACKAGE_FORMAT, PACKAGE_VERSION, type PackageReport } from "./schema";
import { verifyPackage } from "./verify";
import { zipPackage } from "./zip";

const report = (): PackageReport => ({
  format: PACKAGE_FORMAT,
  version: PACKAGE_VERSION,
  college: { code: "4112014011", name: "天津城市职业学院", type: "HIGHER", city: "天津", region: "京津冀" },
  year: 2024,
  title: "职业教育质量报告（2024年度）",
  rulePack: "2024",
  edition: { version: 2, publishedAt: "2025-01-10T02:00:00.000Z", publishedBy: "质量办审核员", note: null },
  signoff: { by: "分管校领导", at: "2025-01-09T08:00:00.000Z", contentHash: "ab".repeat(32) },
  indicatorTables: [
    {
      key: "scorecard",
      title: "计分卡",
      rows: [
        {
          code: "scorecard-2",
          label: "毕业去向落实率",
          unit: "%",
          basis: "cohort",
          period: "2024届",
          text: "95.00%",
          value: 95,
          numerator: 950,
          denominator: 1000,
          lastYear: null,
          skipped: false,
        },
      ],
    },
  ],
  tables: [],
  figures: [
    {
      number: 1,
      caption: "实训现场",
      alt: "实训现场",
      chart: null,
      photo: { path: "photos/a1.jpg", caption: "实训现场" },
      sectionKey: "s1",
    },
  ],
  cases: [],
  narratives: [],
  partnerReports: [{ path: "partners/acme.pdf", enterprise: "某某科技" }],
  exportedAt: "2025-01-11T00:00:00.000Z",
});

const bytes = (s: string) => strToU8(s);
const sound = (r = report()) =>
  zipPackage({
    report: r,
    at: new Date("2025-01-11T00:00:00Z"),
    files: [
      { path: PACKAGE_FILES.pdf, bytes: bytes("%PDF-1.7 report") },
      { path: PACKAGE_FILES.docx, bytes: bytes("docx") },
      { path: PACKAGE_FILES.workbook, bytes: bytes("xlsx") },
      { path: "partners/acme.pdf", bytes: bytes("%PDF partner") },
      { path: "photos/a1.jpg", bytes: bytes("jpeg") },
    ],
  });
/** The package's files, changed by `edit`, zipped again (the manifest as it was unless edited). */
function altered(edit: (files: Record<string, Uint8Array>) => void, zip = sound()) {
  const files = unzipSync(zip);
  edit(files);
  return zipSync(files);
}
const problemsOf = (zip: Uint8Array, options?: { expectedCode?: string }) => {
  const v = verifyPackage(zip, options);
  return v.ok ? [] : v.problems.map((p) => [p.code, p.path]);
};

describe("verifyPackage", () => {
  it("accepts a sound package and gives back its report", () => {
    const v = verifyPackage(sound(), { expectedCode: "4112014011" });
    expect(v.ok ? [] : v.problems).toEqual([]);
    expect(v.ok && v.report.indicatorTables[0]!.rows[0]!.numerator).toBe(950);
  });

  it("refuses one changed number in report.json with the manifest unchanged, naming report.json's hash", () => {
    const zip = altered((f) => {
      f[PACKAGE_FILES.report] = bytes(new TextDecoder().decode(f[PACKAGE_FILES.report]).replace('"numerator": 950', '"numerator": 951'));
    });
    expect(problemsOf(zip)).toEqual([["HASH_MISMATCH", "report.json"]]);
  });

  it("names a file of the manifest that is missing, and a file the manifest does not list", () => {
    const zip = altered((f) => {
      delete f[PACKAGE_FILES.docx];
      f["extra.txt"] = bytes("smuggled");
    });
    expect(problemsOf(zip)).toEqual([
      ["FILE_MISSING", "report.docx"],
      ["FILE_UNLISTED", "extra.txt"],
    ]);
  });

  it("names a changed size and hash of a photo, and a file report.json names that is not there", () => {
    const zip = altered((f) => {
      f["photos/a1.jpg"] = bytes("another jpeg");
      delete f["partners/acme.pdf"];
    });
    expect(problemsOf(zip)).toEqual([
      ["FILE_MISSING", "partners/acme.pdf"],
      ["SIZE_MISMATCH", "photos/a1.jpg"],
      ["HASH_MISMATCH", "photos/a1.jpg"],
      ["REFERENCE_MISSING", "partners/acme.pdf"],
    ]);
  });

  it("names every schema problem of report.json by its path (a consistent manifest does not make it valid)", () => {
    const bad = report() as unknown as Record<string, unknown> & PackageReport;
    bad.college.code = "12345";
    (bad.indicatorTables[0]!.rows[0] as unknown as Record<string, unknown>).basis = "decade";
    const problems = verifyPackage(sound(bad));
    expect(problems.ok).toBe(false);
    const list = problems.ok ? [] : problems.problems;
    expect(list.map((p) => [p.code, p.path])).toEqual([
      ["REPORT_SCHEMA", "report.json#college.code"],
      ["REPORT_SCHEMA", "report.json#indicatorTables[0].rows[0].basis"],
    ]);
    expect(list[0]!.message).toContain("学校标识码应为10位数字");
  });

  it("refuses a package of another college than the one expected", () => {
    expect(problemsOf(sound(), { expectedCode: "4112099999" })).toEqual([["CODE_MISMATCH", "report.json#college.code"]]);
  });

  it("refuses what is not a zip, and a zip without manifest or report", () => {
    expect(problemsOf(bytes("not a zip"))).toEqual([["NOT_A_ZIP", ""]]);
    expect(problemsOf(zipSync({ "a.txt": bytes("a") }))).toEqual([
      ["MANIFEST_MISSING", "manifest.json"],
      ["REPORT_MISSING", "report.json"],
    ]);
  });

  it("refuses paths that climb out of the package", () => {
    const zip = altered((f) => {
      f["../evil.sh"] = bytes("x");
    });
    expect(problemsOf(zip)).toContainEqual(["UNSAFE_PATH", "../evil.sh"]);
  });
});
