// The submission package (报送包) of the demo's published edition, on the real database with the
// real job handlers: the printed forms are made by the jobs the downloads use, the zip holds what
// the edition printed, its manifest matches every file, verifyPackage accepts it and refuses a
// copy with one number changed; staff may not export, and every export is logged.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeUpload } from "../../lib/files/store";
import { runNextJob } from "../../lib/jobs/queue";
import { registeredHandler } from "../../lib/jobs/registry";
import { exportPackage, type PackageReady } from "../../lib/package/export";
import { listPackageLog, recordPackageSent } from "../../lib/package/log";
import { PACKAGE_FILES, type PackageReport, ZPackageManifest, ZPackageReport } from "../../lib/package/schema";
import { verifyPackage } from "../../lib/package/verify";
import { sha256 } from "../../lib/package/zip";
import { getEdition } from "../../lib/report/editions/editions";
import type { TableBlock } from "../../lib/report/model/document";
import { storage } from "../../lib/storage";
import { chromiumSkipReason } from "../support/chromium";
import { demoDatabase } from "../support/database";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-package-"));
process.env.NIANBAO_DATA_DIR = dataDir;
const noChromium = chromiumSkipReason();

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const YEAR = 2022;

describe.skipIf(noChromium)("the submission package of a published edition", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let ready: PackageReady;
  let files: Record<string, Uint8Array>;
  let report: PackageReport;
  let photoFileId: string;

  /** Runs the queued jobs (the edition's PDF, Word, workbook, the partner reports' PDFs) as the worker would. */
  async function drainJobs() {
    const handler = registeredHandler({ prisma: database.prisma, files: storage() });
    while (await runNextJob({ prisma: database.prisma, handler })) {
      /* next */
    }
  }

  beforeAll(async () => {
    database = await demoDatabase();
    // A photo on a figure and on a case of the published edition, so photos/ has something to copy.
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#2e86c1" } })
      .png()
      .toBuffer();
    const file = await storeUpload({ bytes: png, originalName: "现场.png", uploadedById: null, tx: database.prisma });
    photoFileId = file.id;
    const edition = await database.prisma.reportEdition.findFirstOrThrow({ where: { year: YEAR }, orderBy: { version: "desc" } });
    // The frozen document names the upload as a built document would (`/files/{id}/web`).
    const doc = JSON.parse(JSON.stringify(edition.document).replace(/"placeholder":true/, `"src":"/files/${file.id}/web"`));
    await database.prisma.reportEdition.update({ where: { id: edition.id }, data: { document: doc } });
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses staff and department heads (only the quality office, admins and leaders export)", async () => {
    for (const who of ["staff-a", "head-a"])
      await expect(
        exportPackage({ actor: database.actors[who]!, year: YEAR, version: 1, prisma: database.prisma, startWorker: false }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
  });

  it("waits for the printed forms the downloads use (made once, by their jobs) and then zips them", async () => {
    const office = database.actors.reviewer!;
    const first = await exportPackage({ actor: office, year: YEAR, version: 1, prisma: database.prisma, startWorker: false });
    expect(first.status).toBe("pending");
    const waiting = first.status === "pending" ? first.waiting.map((w) => w.label.zh) : [];
    expect(waiting).toEqual(expect.arrayContaining(["PDF", "Word文档", "数据表"]));
    expect(waiting.some((w) => w.startsWith("合作企业报告"))).toBe(true);
    expect(await database.prisma.packageExport.count()).toBe(0);

    const started = Date.now();
    await drainJobs();
    console.log(`[package] printed forms and partner PDFs made in ${Date.now() - started} ms`);
    // Asking whether it can be made (the 「正在生成」 page's poll) builds and logs nothing.
    expect(
      await exportPackage({ actor: office, year: YEAR, version: 1, prisma: database.prisma, startWorker: false, check: true }),
    ).toEqual({
      status: "exportable",
    });
    expect(await database.prisma.packageExport.count()).toBe(0);
    const jobsBefore = await database.prisma.job.count();
    const t0 = Date.now();
    const second = await exportPackage({ actor: office, year: YEAR, version: 1, prisma: database.prisma, startWorker: false });
    console.log(`[package] export (forms ready) took ${Date.now() - t0} ms`);
    expect(second.status).toBe("ready");
    ready = second as PackageReady;
    // Nothing printed a second time: no new job.
    expect(await database.prisma.job.count()).toBe(jobsBefore);
    expect(ready.name).toBe("天津城市职业学院-2022年度-第1版-报送包.zip");
    files = unzipSync(ready.zip);
    report = ZPackageReport.parse(JSON.parse(text(files[PACKAGE_FILES.report]!)));
    console.log(`[package] ${ready.zip.byteLength} bytes, ${Object.keys(files).length} files`);
  }, 600_000);

  it("holds the printed forms byte for byte as the downloads serve them", async () => {
    const edition = (await getEdition({ year: YEAR, version: 1, prisma: database.prisma }))!.meta;
    const key = (ext: string) => `reports/${YEAR}/report-${YEAR}-v1-${edition.id}.${ext}`;
    for (const [file, ext] of [
      [PACKAGE_FILES.pdf, "pdf"],
      [PACKAGE_FILES.docx, "docx"],
      [PACKAGE_FILES.workbook, "xlsx"],
    ] as const)
      expect(sha256(files[file]!)).toBe(sha256(new Uint8Array((await storage().getFile(key(ext)))!)));
    expect(text(files[PACKAGE_FILES.pdf]!.slice(0, 5))).toBe("%PDF-");
    const partners = Object.keys(files).filter((f) => f.startsWith("partners/"));
    expect(partners.length).toBe(await database.prisma.partnerReport.count({ where: { year: YEAR, status: "APPROVED" } }));
    expect(report.partnerReports.map((p) => p.path).sort()).toEqual(partners.sort());
  });

  it("names the college by its code and type, the edition and its sign-off", async () => {
    const institution = await database.prisma.institution.findFirstOrThrow();
    expect(report.college).toMatchObject({ code: institution.code, name: "天津城市职业学院", type: "HIGHER" });
    expect(report.college.code).toMatch(/^\d{10}$/);
    expect(report.edition.version).toBe(1);
    expect(report.signoff?.by).toBe("分管校领导");
    expect(report.year).toBe(YEAR);
  });

  it("carries every number of the edition's tables as printed, indicator rows by code", async () => {
    const doc = (await getEdition({ year: YEAR, version: 1, prisma: database.prisma }))!.document;
    const printed: TableBlock[] = [
      ...doc.chapters
        .flatMap((c) => [...c.blocks, ...c.sections.flatMap((s) => s.blocks)])
        .filter((b): b is TableBlock => b.type === "table"),
      ...doc.appendix,
    ].filter((t) => t.number > 0);
    expect(report.tables.map((t) => t.number)).toEqual(printed.map((t) => t.number));
    for (const [i, t] of printed.entries())
      expect(report.tables[i]!.rows.flat()).toEqual(
        t.rows.flatMap((r) => (t.groupColumn !== undefined ? [r.group ?? "", ...r.cells] : r.cells)),
      );
    expect(report.tables.length).toBe(doc.counts.tables);
    expect(report.figures.length).toBe(doc.counts.figures);
    expect(report.cases.length).toBe(doc.counts.cases);

    const scorecard = report.indicatorTables.find((t) => t.key === "scorecard")!;
    const printedScorecard = printed.find((t) => t.key === "indicators:scorecard")!;
    expect(scorecard.rows.map((r) => r.text)).toEqual(printedScorecard.rows.map((r) => r.cells[3]));
    // The rule pack's stable codes (SC01…), as the edition carries them on each row.
    expect(scorecard.rows.map((r) => r.code)).toEqual(printedScorecard.rows.map((r) => r.indicator?.code));
    expect(scorecard.rows.every((r) => /^SC\d{2}$/.test(r.code))).toBe(true);
    // The placement rate travels with its parts, which reproduce it: a province sums them.
    const rate = scorecard.rows.find((r) => r.label === "毕业去向落实率")!;
    expect(rate.value).not.toBeNull();
    expect(rate.numerator).not.toBeNull();
    expect(rate.denominator).not.toBeNull();
    expect(Math.abs((rate.numerator! / rate.denominator!) * 100 - rate.value!)).toBeLessThan(0.01);
    const graduates = scorecard.rows.find((r) => r.label === "毕业生人数")!;
    expect(rate.denominator).toBe(graduates.value);
    expect(rate.basis).toBe("cohort");
    expect(graduates.numerator).toBeNull();
  });

  it("copies the photos report.json names into photos/", () => {
    const path = `photos/${photoFileId}.jpg`;
    expect(files[path]).toBeDefined();
    const named = [
      ...report.figures.flatMap((f) => (f.photo ? [f.photo.path] : [])),
      ...report.cases.flatMap((c) => c.photos.map((p) => p.path)),
    ];
    expect(named).toContain(path);
    expect(
      Object.keys(files)
        .filter((f) => f.startsWith("photos/"))
        .sort(),
    ).toEqual([...new Set(named)].sort());
  });

  it("lists every other file in manifest.json with its size and SHA-256", () => {
    const manifest = ZPackageManifest.parse(JSON.parse(text(files[PACKAGE_FILES.manifest]!)));
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== PACKAGE_FILES.manifest)
        .sort(),
    );
    for (const f of manifest.files) {
      expect(f.bytes).toBe(files[f.path]!.byteLength);
      expect(f.sha256).toBe(sha256(files[f.path]!));
    }
  });

  it("is accepted by verifyPackage, with the college's code", async () => {
    const institution = await database.prisma.institution.findFirstOrThrow();
    const verified = verifyPackage(ready.zip, { expectedCode: institution.code! });
    expect(verified.ok ? [] : verified.problems).toEqual([]);
    expect(verified.ok && verified.report.edition.version).toBe(1);
  });

  it("is refused when one number of report.json is changed and the manifest left as it was, naming report.json's hash", () => {
    const tampered = JSON.parse(text(files[PACKAGE_FILES.report]!)) as PackageReport;
    const row = tampered.indicatorTables[0]!.rows.find((r) => r.value !== null)!;
    row.value = row.value! + 1;
    const zip = zipSync({ ...files, [PACKAGE_FILES.report]: new TextEncoder().encode(JSON.stringify(tampered, null, 2) + "\n") });
    const verified = verifyPackage(zip);
    expect(verified.ok).toBe(false);
    const problems = verified.ok ? [] : verified.problems;
    expect(problems.map((p) => [p.code, p.path])).toContainEqual(["HASH_MISMATCH", "report.json"]);
    expect(problems.find((p) => p.code === "HASH_MISMATCH")!.message).toContain("report.json");
  });

  it("logs each export, and the office's 已报送 with its note; the log reads who did what when", async () => {
    const office = database.actors.reviewer!;
    await expect(
      recordPackageSent({ actor: office, year: YEAR, version: 1, input: { note: " " }, prisma: database.prisma }),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(
      recordPackageSent({ actor: database.actors.leader!, year: YEAR, version: 1, input: { note: "x" }, prisma: database.prisma }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await recordPackageSent({
      actor: office,
      year: YEAR,
      version: 1,
      input: { note: "通过省平台报送省教育厅职成处" },
      prisma: database.prisma,
    });
    const log = await listPackageLog({ actor: database.actors.leader!, year: YEAR, prisma: database.prisma });
    expect(log.map((e) => [e.action, e.by, e.version])).toEqual([
      ["SENT", "质量办审核员", 1],
      ["EXPORTED", "质量办审核员", 1],
    ]);
    expect(log[1]).toMatchObject({ sha256: ready.sha256, bytes: ready.zip.byteLength });
    expect(log[0]!.note).toBe("通过省平台报送省教育厅职成处");
    await expect(listPackageLog({ actor: database.actors["staff-a"]!, year: YEAR, prisma: database.prisma })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses to export while the college has no 学校标识码, saying where to set it", async () => {
    await database.prisma.institution.updateMany({ data: { code: null } });
    await expect(
      exportPackage({ actor: database.actors.admin!, year: YEAR, version: 1, prisma: database.prisma, startWorker: false }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("学校标识码"),
    });
  });
});
