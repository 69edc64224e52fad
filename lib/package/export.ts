import type { MaybeActor } from "../auth/actor";
import { authorize } from "../auth/policy";
import { audit } from "../audit/log";
import { AppError } from "../errors";
import { imageVariantKey } from "../files/keys";
import type { PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import { partnerPdfKey } from "../pdf/partner-job";
import { publishedPartnerReports } from "../partners/service";
import { type EditionExport, type ExportFormat, requestEditionExport, requestExport } from "../pdf/jobs";
import { WORKBOOK_LABEL, WORD_LABEL, PDF_LABEL, type FileLabel } from "../pdf/responses";
import { getEdition } from "../report/editions/editions";
import { loadReportData } from "../report/engine/load";
import { lastYearContext } from "../report/tokens/year-over-year";
import { db } from "../server/db";
import { storage, type FileStorage } from "../storage";
import type { FigureBlock, ReportDocument } from "../report/model/document";
import { buildPackageReport, figureFileId, partnerPath, walkBlocks, type PackageCollege } from "./build";
import { PACKAGE_FILES, ZCollegeCode } from "./schema";
import { type PackageFile, sha256, zipPackage } from "./zip";

/**
 * Exports a published edition as its submission package, and logs the export. The printed forms
 * are the ones the downloads serve (lib/pdf/jobs.ts: one job per edition and format, stored once),
 * never made a second time here: while any of them (or a partner report's PDF) is still being
 * made, the answer is "pending", naming what is awaited, and the jobs are under way.
 */
export type PackageReady = { status: "ready"; zip: Uint8Array; sha256: string; name: string; asciiName: string };
/** With `check`: every printed form is stored, a request without `check` gets the zip at once. */
export type PackageExportable = { status: "exportable" };
export type PackagePending = {
  status: "pending";
  /** What is still being made (or failed and will be retried), e.g. 「PDF」「合作企业报告（某某公司）」. */
  waiting: { label: FileLabel; state: Exclude<EditionExport, { status: "ready" }> }[];
};

const FORMS: { format: ExportFormat; path: string; label: FileLabel }[] = [
  { format: "pdf", path: PACKAGE_FILES.pdf, label: PDF_LABEL },
  { format: "docx", path: PACKAGE_FILES.docx, label: WORD_LABEL },
  { format: "xlsx", path: PACKAGE_FILES.workbook, label: WORKBOOK_LABEL },
];

/** 学校名-年度-第N版-报送包.zip */
export const packageFileName = (college: string, year: number, version: number) => `${college}-${year}年度-第${version}版-报送包.zip`;

async function collegeOf(prisma: PrismaClient): Promise<PackageCollege> {
  const i = await prisma.institution.findFirst({ orderBy: { createdAt: "asc" } });
  if (!i) throw new AppError("NOT_FOUND", bi("尚未完成初始设置", "the installation is not set up yet"));
  const problems: Record<string, string[]> = {};
  if (!i.code || !ZCollegeCode.safeParse(i.code).success)
    problems.code = [bi("请先在「学校设置」中填写10位学校标识码", "set the ten-digit college code in Settings first")];
  if (!i.collegeType) problems.collegeType = [bi("请先在「学校设置」中选择办学类型", "choose the college type in Settings first")];
  if (problems.code || problems.collegeType) throw new AppError("INVALID", (problems.code ?? problems.collegeType)![0]!, problems);
  return { code: i.code!, name: i.name, type: i.collegeType!, city: i.city, region: i.region };
}

export async function exportPackage(options: {
  actor: MaybeActor;
  year: number;
  version: number;
  prisma?: PrismaClient;
  files?: FileStorage;
  /** How long to wait for the printed forms' jobs before answering "pending" (the workbook and partner PDFs are quick). */
  waitMs?: number;
  startWorker?: boolean;
  now?: Date;
  /** Only ask whether the package can be made now (and start what it waits for); nothing is built or logged. */
  check?: boolean;
}): Promise<PackageReady | PackagePending | PackageExportable> {
  authorize(options.actor, "package.export");
  const prisma = options.prisma ?? db();
  const files = options.files ?? storage();
  const found = await getEdition({ year: options.year, version: options.version, prisma });
  if (!found || found.meta.version !== options.version) throw new AppError("NOT_FOUND", bi("没有这一版本的报告", "no such edition"));
  const { meta, document } = found;
  const college = await collegeOf(prisma);

  // The printed forms and the partner reports' PDFs: stored files, or the jobs that make them.
  const partners = await publishedPartnerReports({ year: options.year, prisma });
  const common = { prisma: options.prisma, files, startWorker: options.startWorker, waitMs: options.waitMs };
  const [forms, partnerStates] = await Promise.all([
    Promise.all(FORMS.map((f) => requestEditionExport({ ...common, edition: meta, format: f.format }))),
    Promise.all(
      partners.map((p) =>
        requestExport({
          ...common,
          key: partnerPdfKey(p),
          format: "pdf",
          data: { document: "partner-report", reportId: p.id, version: p.version },
        }),
      ),
    ),
  ]);
  const waiting: PackagePending["waiting"] = [];
  forms.forEach((s, i) => s.status !== "ready" && waiting.push({ label: FORMS[i]!.label, state: s }));
  partnerStates.forEach(
    (s, i) =>
      s.status !== "ready" &&
      waiting.push({
        label: { zh: `合作企业报告（${partners[i]!.enterprise.name}）`, en: `partner report (${partners[i]!.enterprise.name})` },
        state: s,
      }),
  );
  if (waiting.length) return { status: "pending", waiting };
  if (options.check) return { status: "exportable" };

  const read = async (key: string) => {
    const bytes = await files.getFile(key);
    if (!bytes)
      throw new AppError(
        "INTERNAL",
        bi("报送包所需的文件暂时无法读取，请稍后重试", "a file of the package could not be read, try again later"),
      );
    return new Uint8Array(bytes);
  };
  const printed: PackageFile[] = await Promise.all(
    forms.map(async (s, i) => ({ path: FORMS[i]!.path, bytes: await read((s as { key: string }).key) })),
  );
  const partnerFiles: PackageFile[] = await Promise.all(
    partners.map(async (p) => ({ path: partnerPath(p.enterprise.slug), bytes: await read(partnerPdfKey(p)) })),
  );

  // Numerators and denominators come from the approved records (kept only where they reproduce the printed rate).
  const data = await loadReportData({ prisma, year: options.year, mode: "approved" });
  const { caseIds, fileIds } = collectIds(document);
  const caseRows = caseIds.length
    ? await prisma.record.findMany({ where: { id: { in: caseIds } }, select: { id: true, topic: true } })
    : [];
  const present = new Set<string>();
  await Promise.all(fileIds.map(async (id) => (await files.exists(imageVariantKey(id, "web"))) && present.add(id)));

  const now = options.now ?? new Date();
  const { report, photos } = buildPackageReport({
    document,
    edition: meta,
    college,
    indicatorTables: data?.rulePack.indicatorTables ?? [],
    current: data ? { year: options.year, data } : null,
    previous: data ? lastYearContext(data) : null,
    caseTopics: new Map(caseRows.map((r) => [r.id, r.topic ? [r.topic] : []])),
    partners: partners.map((p) => ({ slug: p.enterprise.slug, enterprise: p.enterprise.name })),
    hasFile: (id) => present.has(id),
    exportedAt: now,
  });
  const photoFiles = await Promise.all(photos.map(async (p) => ({ path: p.path, bytes: await read(imageVariantKey(p.fileId, "web")) })));
  const zip = zipPackage({ report, files: [...printed, ...partnerFiles, ...photoFiles], at: now });
  const hash = sha256(zip);

  await prisma.$transaction(async (tx) => {
    await tx.packageExport.create({
      data: {
        year: meta.year,
        version: meta.version,
        action: "EXPORTED",
        exportedById: options.actor!.id,
        exportedAt: now,
        sha256: hash,
        bytes: zip.byteLength,
      },
    });
    await audit(tx, {
      actor: options.actor,
      action: "PACKAGE_EXPORT",
      entityType: "ReportEdition",
      entityId: meta.id,
      changes: { year: meta.year, version: meta.version, sha256: hash, bytes: zip.byteLength },
    });
  });
  return {
    status: "ready",
    zip,
    sha256: hash,
    name: packageFileName(college.name, meta.year, meta.version),
    asciiName: `package-${college.code}-${meta.year}-v${meta.version}.zip`,
  };
}

/** The case records a document prints, and the uploads its figures and cases show. */
function collectIds(doc: ReportDocument): { caseIds: string[]; fileIds: string[] } {
  const caseIds: string[] = [];
  const fileIds = new Set<string>();
  const add = (f: FigureBlock) => {
    const id = figureFileId(f);
    if (id) fileIds.add(id);
  };
  for (const { block } of walkBlocks(doc)) {
    if (block.type === "figure") add(block);
    if (block.type === "case") {
      caseIds.push(block.source.id);
      block.figures.forEach(add);
    }
  }
  return { caseIds, fileIds: [...fileIds] };
}
